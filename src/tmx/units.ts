/** A translation unit as the memory sees it: one segment pair and what is known about it. */
export type TmxUnit = {
  /** The memory entry's id on export, the file's `tuid` on import. */
  tuid?: string
  /** Tagged texts (src/segments/tags.ts), tags numbered as in the source. */
  source: string
  target: string
  article?: string
  field?: string
  /** ISO date. */
  approvedAt?: string
  /** Hashes of the neighbouring source segments (101 % matches), null at a field's edge. */
  before?: string | null
  after?: string | null
}

/** TMX's own property names for what the memory keeps beside the texts. */
export const props = {
  article: 'x-article',
  field: 'x-field',
  approvedAt: 'x-approved-at',
  before: 'x-context-before',
  after: 'x-context-after',
} as const

/** Written for a field edge in the context properties. */
export const noContext = 'none'
