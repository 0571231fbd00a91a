import { describe, expect, it } from 'vitest'

import { diffBlocks, diffField, diffWords, maxDiffTokens, tokenize, type DiffPart } from '@/workflow/diff'
import type { LexicalNode, LexicalState } from '@/richtext/lexical'

const text = (value: string): LexicalNode => ({ type: 'text', text: value, format: 0, version: 1 })
const el = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  ...extra,
})
const doc = (...children: LexicalNode[]): LexicalState => ({ root: el('root', children) })
const p = (value: string): LexicalNode => el('paragraph', [text(value)])

const rebuild = (parts: DiffPart[], side: 'old' | 'new'): string =>
  parts
    .filter((part) => part.kind === 'equal' || part.kind === (side === 'old' ? 'delete' : 'insert'))
    .map((part) => part.text)
    .join('')

describe('tokenize', () => {
  it('keeps whitespace runs as tokens', () => {
    expect(tokenize('  Ciao,\tmondo  bello ')).toEqual(['  ', 'Ciao,', '\t', 'mondo', '  ', 'bello', ' '])
    expect(tokenize('')).toEqual([])
  })
})

describe('diffWords', () => {
  it('marks a replaced word', () => {
    expect(diffWords('The quick brown fox', 'The slow brown fox')).toEqual([
      { kind: 'equal', text: 'The ' },
      { kind: 'delete', text: 'quick' },
      { kind: 'insert', text: 'slow' },
      { kind: 'equal', text: ' brown fox' },
    ])
  })

  it('marks an inserted word with its space', () => {
    expect(diffWords('Il gatto dorme.', 'Il gatto nero dorme.')).toEqual([
      { kind: 'equal', text: 'Il gatto ' },
      { kind: 'insert', text: 'nero ' },
      { kind: 'equal', text: 'dorme.' },
    ])
  })

  it('marks a deleted word', () => {
    expect(diffWords('Le chat noir dort.', 'Le chat dort.')).toEqual([
      { kind: 'equal', text: 'Le chat ' },
      { kind: 'delete', text: 'noir ' },
      { kind: 'equal', text: 'dort.' },
    ])
  })

  it('folds lone spaces between changes into one replacement', () => {
    expect(diffWords('a b c', 'x y z')).toEqual([
      { kind: 'delete', text: 'a b c' },
      { kind: 'insert', text: 'x y z' },
    ])
  })

  it('handles empty sides and identical texts', () => {
    expect(diffWords('', 'Nuovo testo')).toEqual([{ kind: 'insert', text: 'Nuovo testo' }])
    expect(diffWords('Vecchio testo', '')).toEqual([{ kind: 'delete', text: 'Vecchio testo' }])
    expect(diffWords('', '')).toEqual([])
    expect(diffWords('Uguale.', 'Uguale.')).toEqual([{ kind: 'equal', text: 'Uguale.' }])
  })

  it('always rebuilds both texts', () => {
    const pairs: [string, string][] = [
      ['Un modello linguistico prevede la parola successiva.', 'Un grande modello prevede, con probabilità, la prossima parola.'],
      ['  spazi  iniziali', 'spazi iniziali  '],
      ['l’IA è utile', "l'IA non è sempre utile"],
      ['uno\ndue\ntre', 'uno\ntre\nquattro'],
    ]
    for (const [before, after] of pairs) {
      const parts = diffWords(before, after)
      expect(rebuild(parts, 'old')).toBe(before)
      expect(rebuild(parts, 'new')).toBe(after)
      // Adjacent parts never share a kind.
      parts.forEach((part, i) => expect(part.kind).not.toBe(parts[i + 1]?.kind))
    }
  })

  it('stays fast on long texts with a small edit (prefix/suffix trim)', () => {
    const words = Array.from({ length: 12_000 }, (_, i) => `w${i}`)
    const before = words.join(' ')
    const after = [...words.slice(0, 6_000), 'NUOVA', ...words.slice(6_000)].join(' ')
    const started = performance.now()
    const parts = diffWords(before, after)
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(parts.filter((part) => part.kind !== 'equal')).toEqual([{ kind: 'insert', text: 'NUOVA ' }])
  })

  it('falls back to one replacement when the differing middle is too long', () => {
    const before = Array.from({ length: maxDiffTokens }, (_, i) => `a${i}`).join(' ')
    const after = Array.from({ length: maxDiffTokens }, (_, i) => `b${i}`).join(' ')
    const parts = diffWords(`Inizio ${before} fine`, `Inizio ${after} fine`)
    expect(parts).toEqual([
      { kind: 'equal', text: 'Inizio ' },
      { kind: 'delete', text: before },
      { kind: 'insert', text: after },
      { kind: 'equal', text: ' fine' },
    ])
  })
})

describe('diffBlocks', () => {
  it('pairs an edited paragraph as a change with a word diff', () => {
    expect(diffBlocks(['A uno.', 'B due.', 'C tre.'], ['A uno.', 'B due e mezzo.', 'C tre.', 'D quattro.'])).toEqual([
      { kind: 'equal', old: 'A uno.', new: 'A uno.' },
      {
        kind: 'change',
        old: 'B due.',
        new: 'B due e mezzo.',
        words: [
          { kind: 'equal', text: 'B ' },
          { kind: 'delete', text: 'due.' },
          { kind: 'insert', text: 'due e mezzo.' },
        ],
      },
      { kind: 'equal', old: 'C tre.', new: 'C tre.' },
      { kind: 'insert', new: 'D quattro.' },
    ])
  })

  it('reports removed and added blocks', () => {
    expect(diffBlocks(['A', 'B', 'C'], ['A', 'C'])).toEqual([
      { kind: 'equal', old: 'A', new: 'A' },
      { kind: 'delete', old: 'B' },
      { kind: 'equal', old: 'C', new: 'C' },
    ])
    expect(diffBlocks([], ['Nuovo'])).toEqual([{ kind: 'insert', new: 'Nuovo' }])
    expect(diffBlocks(['Vecchio'], [])).toEqual([{ kind: 'delete', old: 'Vecchio' }])
  })

  it('pairs blocks positionally within a run and leaves the rest unpaired', () => {
    expect(diffBlocks(['X', 'old 1', 'old 2', 'Y'], ['X', 'new 1', 'Y'])).toEqual([
      { kind: 'equal', old: 'X', new: 'X' },
      {
        kind: 'change',
        old: 'old 1',
        new: 'new 1',
        words: [
          { kind: 'delete', text: 'old' },
          { kind: 'insert', text: 'new' },
          { kind: 'equal', text: ' 1' },
        ],
      },
      { kind: 'delete', old: 'old 2' },
      { kind: 'equal', old: 'Y', new: 'Y' },
    ])
  })
})

describe('diffField', () => {
  it('uses word mode for plain strings (null as empty)', () => {
    expect(diffField('title', 'Titolo vecchio', 'Titolo nuovo')).toEqual({
      field: 'title',
      mode: 'text',
      parts: [
        { kind: 'equal', text: 'Titolo ' },
        { kind: 'delete', text: 'vecchio' },
        { kind: 'insert', text: 'nuovo' },
      ],
    })
    expect(diffField('seoDescription', null, 'Descrizione')).toEqual({
      field: 'seoDescription',
      mode: 'text',
      parts: [{ kind: 'insert', text: 'Descrizione' }],
    })
  })

  it('uses block mode for rich text, ignoring formatting-only differences', () => {
    const before = doc(
      el('heading', [text('Titolo')], { tag: 'h2' }),
      el('paragraph', [text('Primo '), { ...text('paragrafo'), format: 1 }, text('.')]),
      p('Secondo paragrafo.'),
    )
    const after = doc(el('heading', [text('Titolo')], { tag: 'h2' }), p('Primo paragrafo.'), p('Secondo paragrafo rivisto.'))
    expect(diffField('body', before, after)).toEqual({
      field: 'body',
      mode: 'blocks',
      blocks: [
        { kind: 'equal', old: 'Titolo', new: 'Titolo' },
        { kind: 'equal', old: 'Primo paragrafo.', new: 'Primo paragrafo.' },
        {
          kind: 'change',
          old: 'Secondo paragrafo.',
          new: 'Secondo paragrafo rivisto.',
          words: [
            { kind: 'equal', text: 'Secondo ' },
            { kind: 'delete', text: 'paragrafo.' },
            { kind: 'insert', text: 'paragrafo rivisto.' },
          ],
        },
      ],
    })
  })

  it('uses block mode when the field was empty before', () => {
    expect(diffField('body', null, doc(p('Nuovo.')))).toEqual({
      field: 'body',
      mode: 'blocks',
      blocks: [{ kind: 'insert', new: 'Nuovo.' }],
    })
  })
})
