import { describe, expect, it } from 'vitest'

import type { LexicalNode, LexicalState } from '@/richtext/lexical'
import { changedWordCount, countFieldWords, countWords, sourceWordCount } from '@/workflow/wordCount'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format, version: 1 })
const el = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  ...extra,
})
const doc = (...children: LexicalNode[]): LexicalState => ({ root: el('root', children) })
const p = (value: string): LexicalNode => el('paragraph', [text(value)])

describe('countWords', () => {
  it('counts whitespace-separated tokens with a letter or digit', () => {
    expect(countWords('Il modello impara dai dati.')).toBe(5)
    expect(countWords('  uno\tdue\n\ntre  ')).toBe(3)
    expect(countWords('')).toBe(0)
    expect(countWords('   ')).toBe(0)
  })

  it('counts elisions and hyphenated words as one word', () => {
    expect(countWords("l'intelligenza artificiale")).toBe(2)
    expect(countWords('l’intelligenza dell’uomo')).toBe(2)
    expect(countWords("Qu'est-ce que c'est ?")).toBe(3)
    expect(countWords('state-of-the-art')).toBe(1)
  })

  it('ignores lone punctuation and counts numbers and accented words', () => {
    expect(countWords('Perché — dunque … 2026 è vero !')).toBe(5)
    expect(countWords('Ελληνικά и русский 中文')).toBe(4)
  })
})

describe('countFieldWords', () => {
  it('counts strings and rich text, and nothing else', () => {
    expect(countFieldWords('Tre parole qui')).toBe(3)
    expect(
      countFieldWords(
        doc(
          el('heading', [text('Un titolo')], { tag: 'h2' }),
          el('paragraph', [text('Testo '), text('in grassetto', 1), text('.')]),
          el('list', [el('listitem', [text('uno')]), el('listitem', [text('due')])], { listType: 'bullet' }),
        ),
      ),
    ).toBe(7) // 2 + 3 + 2
    expect(countFieldWords(null)).toBe(0)
    expect(countFieldWords(12)).toBe(0)
    expect(countFieldWords({ foo: 'bar baz' })).toBe(0)
  })

  it('does not glue words across blocks', () => {
    expect(countFieldWords(doc(p('fine'), p('inizio')))).toBe(2)
  })
})

describe('sourceWordCount', () => {
  it('sums every translatable field', () => {
    expect(
      sourceWordCount({
        title: 'Che cos’è un token',
        body: doc(p('Un token è un pezzo di testo.'), p('Due frasi.')),
        summary: 'Breve.',
        seoTitle: null,
      }),
    ).toBe(4 + 9 + 1)
    expect(sourceWordCount({})).toBe(0)
  })
})

describe('changedWordCount', () => {
  it('counts inserted words in plain strings', () => {
    expect(changedWordCount('Il gatto dorme.', 'Il gatto nero dorme.')).toBe(1)
    expect(changedWordCount('The quick brown fox', 'The slow brown fox')).toBe(1)
    expect(changedWordCount('Da togliere tutto', '')).toBe(0)
    expect(changedWordCount(null, 'Tre parole nuove')).toBe(3)
    expect(changedWordCount('Uguale', 'Uguale')).toBe(0)
  })

  it('counts inserted blocks and inserted words of changed blocks in rich text', () => {
    const before = doc(p('Primo paragrafo.'), p('Secondo paragrafo.'))
    const after = doc(p('Primo paragrafo.'), p('Secondo paragrafo rivisto.'), p('Un terzo paragrafo nuovo.'))
    // change: "paragrafo." → "paragrafo rivisto." (2 inserted words), insert: 4 words
    expect(changedWordCount(before, after)).toBe(6)
  })

  it('counts nothing for formatting-only edits', () => {
    const before = doc(el('paragraph', [text('Solo '), text('grassetto', 1)]))
    const after = doc(el('paragraph', [text('Solo grassetto')]))
    expect(changedWordCount(before, after)).toBe(0)
  })
})
