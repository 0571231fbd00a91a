import { describe, expect, it } from 'vitest'

import { isLexicalState, type LexicalNode, type LexicalState } from '@/richtext/lexical'
import { richTextToBlocks, richTextToPlainText } from '@/richtext/plainText'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format, version: 1 })
const el = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  ...extra,
})
const doc = (...children: LexicalNode[]): LexicalState => ({ root: el('root', children) })

const body = doc(
  el('heading', [text('Perché i token?')], { tag: 'h2' }),
  el('paragraph', [
    text('Vedi '),
    el('link', [text('la '), text('guida', 1)], { fields: { url: 'https://example.org' } }),
    text(' per i dettagli.'),
  ]),
  el('paragraph', []),
  el(
    'list',
    [
      el('listitem', [text('primo')]),
      el('listitem', [text('secondo'), el('list', [el('listitem', [text('annidato')])], { listType: 'bullet' })]),
      el('listitem', [text('   ')]),
    ],
    { listType: 'bullet', tag: 'ul' },
  ),
  el('code', [text('def f(x):'), { type: 'linebreak' }, text('    return x')], { language: 'python' }),
  { type: 'block', fields: { blockType: 'Code', language: 'ts', code: 'const a = 1\n\nconst b = 2' } },
  el('quote', [text('Una riga'), { type: 'linebreak' }, text('e un’altra.')]),
  { type: 'upload', value: 12, relationTo: 'media' },
  { type: 'horizontalrule' },
)

describe('isLexicalState', () => {
  it('recognises Lexical JSON and nothing else', () => {
    expect(isLexicalState(body)).toBe(true)
    expect(isLexicalState({ root: { type: 'root', children: [] } })).toBe(true)
    expect(isLexicalState({ root: { children: [] } })).toBe(false)
    expect(isLexicalState({ root: { type: 'root', children: 'x' } })).toBe(false)
    expect(isLexicalState('testo')).toBe(false)
    expect(isLexicalState(null)).toBe(false)
    expect(isLexicalState([])).toBe(false)
  })
})

describe('richTextToBlocks', () => {
  it('turns each top-level block into plain text', () => {
    expect(richTextToBlocks(body)).toEqual([
      'Perché i token?',
      'Vedi la guida per i dettagli.',
      'primo\nsecondo\nannidato',
      'def f(x):\n    return x',
      'const a = 1\n\nconst b = 2',
      'Una riga\ne un’altra.',
    ])
  })

  it('splits plain strings on blank lines', () => {
    expect(richTextToBlocks('Uno\nancora uno\n\n  Due  \n \n\n')).toEqual(['Uno\nancora uno', 'Due'])
  })

  it('returns no blocks for empty or unknown values', () => {
    expect(richTextToBlocks(null)).toEqual([])
    expect(richTextToBlocks(undefined)).toEqual([])
    expect(richTextToBlocks(42)).toEqual([])
    expect(richTextToBlocks(doc(el('paragraph', [])))).toEqual([])
  })
})

describe('richTextToPlainText', () => {
  it('joins blocks with a blank line', () => {
    expect(richTextToPlainText(doc(el('paragraph', [text('A')]), el('paragraph', [text('B')])))).toBe('A\n\nB')
    expect(richTextToPlainText(null)).toBe('')
  })
})
