/**
 * Inserting words at a text field's cursor (a glossary term, say): the selection is replaced,
 * and a space is added where the words would otherwise stick to the text around them (after a
 * letter or a sentence's punctuation, before a letter), never after an apostrophe or inside
 * brackets.
 */
export type TextSelection = { start: number; end: number }

export type Inserted = { text: string; cursor: number }

const wordChar = /[\p{L}\p{N}]/u
const spaceBefore = /[\p{L}\p{N}.,;:!?)\]}»”]/u
const spaceAfter = /[\p{L}\p{N}([{«“]/u

/** The words with the spaces they need between `before` and `after`. */
export function spacedWords(before: string, after: string, words: string): string {
  const leading = spaceBefore.test(before.at(-1) ?? '') && wordChar.test(words.at(0) ?? '') ? ' ' : ''
  const trailing = spaceAfter.test(after.at(0) ?? '') && wordChar.test(words.at(-1) ?? '') ? ' ' : ''
  return `${leading}${words}${trailing}`
}

export function insertAtCursor(text: string, selection: TextSelection, words: string): Inserted {
  const start = Math.max(0, Math.min(selection.start, text.length))
  const end = Math.max(start, Math.min(selection.end, text.length))
  const before = text.slice(0, start)
  const inserted = spacedWords(before, text.slice(end), words)
  return { text: before + inserted + text.slice(end), cursor: before.length + inserted.length }
}
