/**
 * Inserting words at a text field's cursor (a glossary term, say): the selection is replaced,
 * and a space is added where the words would otherwise stick to the letters around them.
 */
export type TextSelection = { start: number; end: number }

export type Inserted = { text: string; cursor: number }

const wordChar = /[\p{L}\p{N}]/u

export function insertAtCursor(text: string, selection: TextSelection, words: string): Inserted {
  const start = Math.max(0, Math.min(selection.start, text.length))
  const end = Math.max(start, Math.min(selection.end, text.length))
  const before = text.slice(0, start)
  const after = text.slice(end)
  const leading = wordChar.test(before.at(-1) ?? '') && wordChar.test(words.at(0) ?? '') ? ' ' : ''
  const trailing = wordChar.test(after.at(0) ?? '') && wordChar.test(words.at(-1) ?? '') ? ' ' : ''
  const inserted = `${leading}${words}${trailing}`
  return { text: before + inserted + after, cursor: before.length + inserted.length }
}
