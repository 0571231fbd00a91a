/**
 * Word counts for translation effort (what a task is "worth").
 *
 * Why Unicode classes: the site is Italian/French/English; accented letters
 * and elisions ("l'intelligenza", "qu'il") must count like any other word,
 * and stray punctuation ("—", "…") must not count at all.
 */
import { withoutMarkers } from '@/richtext/citationMarkers'

import { diffField } from './diff'
import { translatableFields, type TranslatableField } from './fingerprint'
import { isLexicalState } from '@/richtext/lexical'
import { richTextToPlainText } from '@/richtext/plainText'

const hasLetterOrDigit = /[\p{L}\p{N}]/u

/**
 * Whitespace-separated tokens that contain at least one letter or digit. Citation markers
 * (`[2]`) are copied, not translated, so they count nothing.
 */
export function countWords(text: string): number {
  let count = 0
  for (const token of withoutMarkers(text).split(/\s+/u)) {
    if (hasLetterOrDigit.test(token)) count++
  }
  return count
}

/** Words in a field value: plain strings and Lexical rich text; anything else counts 0. */
export function countFieldWords(value: unknown): number {
  if (typeof value === 'string') return countWords(value)
  if (isLexicalState(value)) return countWords(richTextToPlainText(value))
  return 0
}

/** Total words across all translatable fields of a source. */
export function sourceWordCount(source: Partial<Record<TranslatableField, unknown>>): number {
  return translatableFields.reduce((total, field) => total + countFieldWords(source[field]), 0)
}

/**
 * Words the translator has to (re)translate after a source edit: the words
 * in the inserted parts of the diff. Deleted words cost nothing to remove.
 */
export function changedWordCount(oldValue: unknown, newValue: unknown): number {
  const diff = diffField('value', oldValue, newValue)
  if (diff.mode === 'text') {
    return diff.parts.reduce((total, part) => total + (part.kind === 'insert' ? countWords(part.text) : 0), 0)
  }
  let total = 0
  for (const block of diff.blocks) {
    if (block.kind === 'insert') total += countWords(block.new ?? '')
    if (block.kind === 'change') {
      for (const part of block.words ?? []) {
        if (part.kind === 'insert') total += countWords(part.text)
      }
    }
  }
  return total
}
