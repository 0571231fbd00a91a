/** Where a memory pair came from: an editor's approval in this CMS, or an imported TMX file. */
export const memoryOrigins = ['approval', 'import'] as const
export type MemoryOrigin = (typeof memoryOrigins)[number]
