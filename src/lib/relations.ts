/** A relationship value is an id or, once populated, the document: its id either way. */
export function relationId(value: number | string | { id: number | string } | null | undefined): number | string | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? value.id : value
}

/** Ids compared across databases: SQLite's are numbers, MongoDB's strings, and a form sends strings. */
export function sameId(a: number | string | undefined, b: number | string | undefined): boolean {
  return a !== undefined && b !== undefined && String(a) === String(b)
}
