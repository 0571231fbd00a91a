/**
 * Up to two letters for a person's avatar: the first letters of the first and
 * last words of their name ("Anna Maria Rossi" → "AR"), else of their e-mail's
 * local part. Letters only, so "Jean-Luc" gives "J", and "?" when nothing is left.
 */
export function initials(name: string | null | undefined, email?: string | null): string {
  const words = (value: string) => value.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const fromName = words(name ?? '')
  const parts = fromName.length > 0 ? fromName : words((email ?? '').split('@')[0] ?? '')
  if (parts.length === 0) return '?'
  const first = parts[0] ?? ''
  const last = parts.length > 1 ? (parts[parts.length - 1] ?? '') : ''
  return ([...first][0] ?? '').concat([...last][0] ?? '').toLocaleUpperCase()
}
