import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { changedFields, fingerprintFields, fingerprintValue, translatableFields } from '@/workflow/fingerprint'
import type { LexicalNode, LexicalState } from '@/richtext/lexical'

const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')
const EMPTY = sha('')

// Lexical JSON as Payload stores it, editor noise included.
const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const el = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const doc = (...children: LexicalNode[]): LexicalState => ({ root: el('root', children) })

const article = (): LexicalState =>
  doc(
    el('heading', [text('Che cos’è un token')], { tag: 'h2' }),
    el(
      'paragraph',
      [
        text('Un '),
        text('token', 1),
        text(' è un frammento di testo. Vedi '),
        el('link', [text('la guida')], {
          fields: { url: 'https://example.org/guida', newTab: false, linkType: 'custom' },
          id: 'abc',
        }),
        text('.'),
      ],
      { textFormat: 0, textStyle: '' },
    ),
    el('list', [el('listitem', [text('primo')], { value: 1 }), el('listitem', [text('secondo')], { value: 2 })], {
      listType: 'bullet',
      tag: 'ul',
      start: 1,
    }),
    {
      type: 'block',
      version: 2,
      format: '',
      fields: { id: '65f0', blockName: '', blockType: 'Code', language: 'ts', code: 'const a = 1\n  return a' },
    },
  )

/** Same content, keys reversed at every level. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    )
  }
  return value
}

/** Same content with different editor bookkeeping at every level. */
function renoise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renoise)
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id') copy[k] = 'zzz'
      else if (k === 'version') copy[k] = 9
      else if (k === 'indent') copy[k] = 3
      else if (k === 'direction') copy[k] = null
      else if (k === 'format') copy[k] = typeof v === 'number' ? 3 : 'center'
      else copy[k] = renoise(v)
    }
    copy.$ = { color: 'red' }
    copy.$state = 'x'
    return copy
  }
  return value
}

describe('fingerprintValue: plain strings', () => {
  it('is the sha256 of a prefixed, whitespace-normalized string', () => {
    expect(fingerprintValue('  Ciao   mondo \n')).toBe(sha('s:Ciao mondo'))
    expect(fingerprintValue('Ciao mondo')).toBe(fingerprintValue('Ciao\tmondo'))
  })

  it('treats null, undefined, blank and empty rich text as the same empty value', () => {
    expect(fingerprintValue(null)).toBe(EMPTY)
    expect(fingerprintValue(undefined)).toBe(EMPTY)
    expect(fingerprintValue('')).toBe(EMPTY)
    expect(fingerprintValue('   ')).toBe(EMPTY)
    expect(fingerprintValue(doc(el('paragraph', [])))).toBe(EMPTY)
    expect(fingerprintValue(doc())).toBe(EMPTY)
  })

  it('changes when a word changes, including case and punctuation', () => {
    const base = fingerprintValue('Il modello impara.')
    expect(fingerprintValue('Il modello apprende.')).not.toBe(base)
    expect(fingerprintValue('il modello impara.')).not.toBe(base)
    expect(fingerprintValue('Il modello impara!')).not.toBe(base)
  })

  it('is a 64-char hex string', () => {
    expect(fingerprintValue('x')).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('fingerprintValue: rich text', () => {
  it('has one exact canonical form', () => {
    const value = doc(el('paragraph', [text('Ciao '), text('mondo', 1)]))
    expect(fingerprintValue(value)).toBe(
      sha('r:{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","text":"Ciao mondo"}]}]}'),
    )
  })

  it('ignores key order', () => {
    expect(fingerprintValue(reverseKeys(article()))).toBe(fingerprintValue(article()))
  })

  it('ignores ids, versions, format, indent, direction and $ keys', () => {
    expect(fingerprintValue(renoise(article()))).toBe(fingerprintValue(article()))
  })

  it('ignores how text is split into formatted runs', () => {
    const split = doc(el('paragraph', [text('Un '), text('token', 1), text(' è qui.', 2)]))
    const whole = doc(el('paragraph', [text('Un token è qui.')]))
    expect(fingerprintValue(split)).toBe(fingerprintValue(whole))
  })

  it('ignores blank spacer paragraphs and spacing at block edges', () => {
    const a = doc(el('paragraph', [text('Uno')]), el('paragraph', []), el('paragraph', [text('  Due  ')]))
    const b = doc(el('paragraph', [text('Uno')]), el('paragraph', [text('Due')]))
    expect(fingerprintValue(a)).toBe(fingerprintValue(b))
  })

  it('changes when text, structure, link target or code changes', () => {
    const base = fingerprintValue(article())
    const edited = article()
    const heading = edited.root.children?.[0]?.children?.[0]
    if (heading) heading.text = 'Che cos’è un tokenizer'
    expect(fingerprintValue(edited)).not.toBe(base)

    const asH3 = article()
    const h = asH3.root.children?.[0]
    if (h) h.tag = 'h3'
    expect(fingerprintValue(asH3)).not.toBe(base)

    const relinked = article()
    const link = relinked.root.children?.[1]?.children?.[3]
    if (link) link.fields = { url: 'https://example.org/altro' }
    expect(fingerprintValue(relinked)).not.toBe(base)

    const numbered = article()
    const list = numbered.root.children?.[2]
    if (list) list.listType = 'number'
    expect(fingerprintValue(numbered)).not.toBe(base)

    const recoded = article()
    const block = recoded.root.children?.[3]
    if (block) block.fields = { blockType: 'Code', language: 'ts', code: 'const a = 2\n  return a' }
    expect(fingerprintValue(recoded)).not.toBe(base)
  })

  it('keeps whitespace inside code (indentation is meaning)', () => {
    const code = (source: string): LexicalState => doc(el('code', [text(source)], { language: 'py' }))
    expect(fingerprintValue(code('if x:\n    y()'))).not.toBe(fingerprintValue(code('if x:\n  y()')))
  })

  it('treats a Lexical code node and a Payload code block with the same code alike', () => {
    const node = doc(el('code', [text('a = 1'), { type: 'linebreak', version: 1 }, text('b = 2')], { language: 'py' }))
    const block = doc({ type: 'block', fields: { blockType: 'Code', language: 'py', code: 'a = 1\nb = 2' } })
    expect(fingerprintValue(node)).toBe(fingerprintValue(block))
  })

  it('differs from the same words as a plain string', () => {
    expect(fingerprintValue(doc(el('paragraph', [text('Ciao')])))).not.toBe(fingerprintValue('Ciao'))
  })
})

describe('fingerprintFields / changedFields', () => {
  const source = {
    title: 'Tokenizzazione',
    body: article(),
    summary: 'Breve riassunto.',
    seoTitle: 'Tokenizzazione | DinoGeek',
    seoDescription: null,
  }

  it('fingerprints every translatable field, missing ones as empty', () => {
    const prints = fingerprintFields(source)
    expect(Object.keys(prints)).toEqual([...translatableFields])
    expect(prints.title).toBe(sha('s:Tokenizzazione'))
    expect(prints.seoDescription).toBe(EMPTY)
    expect(fingerprintFields({}).body).toBe(EMPTY)
  })

  it('flags nothing when only editor noise changed', () => {
    const stored = fingerprintFields(source)
    const current = fingerprintFields({ ...source, body: renoise(reverseKeys(article())), title: ' Tokenizzazione ' })
    expect(changedFields(stored, current)).toEqual([])
  })

  it('flags exactly the changed fields, in field order', () => {
    const stored = fingerprintFields(source)
    const current = fingerprintFields({ ...source, seoDescription: 'Nuova descrizione', title: 'Tokenizzazione!' })
    expect(changedFields(stored, current)).toEqual(['title', 'seoDescription'])
  })

  it('counts a field missing from the stored fingerprints as changed', () => {
    const { summary: _omitted, ...stored } = fingerprintFields(source)
    expect(changedFields(stored, fingerprintFields(source))).toEqual(['summary'])
    expect(changedFields({}, fingerprintFields(source))).toEqual([...translatableFields])
  })
})
