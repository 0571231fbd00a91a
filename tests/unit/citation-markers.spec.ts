import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/site/RichText'
import { SourceList } from '@/components/site/SourceList'
import type { Source } from '@/payload-types'
import { citationMarkers, splitMarkers, unknownMarkers } from '@/richtext/citationMarkers'
import { richText } from '@/richtext/build'
import { diffField } from '@/workflow/diff'
import { fingerprintFields } from '@/workflow/fingerprint'
import { richTextToPlainText } from '@/richtext/plainText'
import { countFieldWords, countWords } from '@/workflow/wordCount'

const citations = { count: 2, label: (n: number) => `Fonte ${n}` }

function html(value: unknown, withCitations = true): string {
  return renderToStaticMarkup(createElement(RichText, { value, locale: 'it', ...(withCitations ? { citations } : {}) }))
}

describe('citation markers: parsing', () => {
  it('finds [n] markers in reading order and leaves other brackets alone', () => {
    expect(splitMarkers('DNS [1] e TTL [2][1].')).toEqual([
      { kind: 'text', text: 'DNS ' },
      { kind: 'marker', n: 1, text: '[1]' },
      { kind: 'text', text: ' e TTL ' },
      { kind: 'marker', n: 2, text: '[2]' },
      { kind: 'marker', n: 1, text: '[1]' },
      { kind: 'text', text: '.' },
    ])
    // Glued to a word (an index), zero, four digits, not a number: plain text.
    for (const text of ['arr[1]', 'vedi [0]', 'nota [1000]', '[a]', '[ 1 ]', '[1.5]']) {
      expect(
        splitMarkers(text).filter((piece) => piece.kind === 'marker'),
        text,
      ).toEqual([])
    }
  })

  it('ignores markers in inline code and code blocks', () => {
    const value = richText([
      { type: 'p', text: 'Usa `list[2]` come dice la fonte [2].' },
      { type: 'code', language: 'python', code: 'x = [3]' },
      { type: 'ul', items: ['primo [1]', 'secondo [3]'] },
    ])
    expect(citationMarkers(value)).toEqual([2, 1, 3])
    expect(unknownMarkers(value, 2)).toEqual([3])
    expect(unknownMarkers(value, 3)).toEqual([])
    expect(unknownMarkers(value, 0)).toEqual([1, 2, 3])
    expect(citationMarkers('not rich text')).toEqual([])
  })
})

describe('citation markers: rendering', () => {
  it('renders a known marker as a superscript link to its source entry, with an id to come back to', () => {
    const out = html(richText([{ type: 'p', text: 'Vedi [1] e ancora [1], poi [2].' }]))
    expect(out).toBe(
      '<div class="prose"><p>Vedi <sup class="cite"><a id="cite-1" href="#source-1" aria-label="Fonte 1">[1]</a></sup>' +
        ' e ancora <sup class="cite"><a id="cite-1-2" href="#source-1" aria-label="Fonte 1">[1]</a></sup>' +
        ', poi <sup class="cite"><a id="cite-2" href="#source-2" aria-label="Fonte 2">[2]</a></sup>.</p></div>',
    )
  })

  it('renders a marker without a source, in code or inside a link as plain text', () => {
    expect(html(richText([{ type: 'p', text: 'Fonte [3] inesistente.' }]))).toBe(
      '<div class="prose"><p>Fonte [3] inesistente.</p></div>',
    )
    expect(html(richText([{ type: 'p', text: 'Codice `a [1]`.' }]))).toBe(
      '<div class="prose"><p>Codice <code>a [1]</code>.</p></div>',
    )
    const link = {
      type: 'link',
      fields: { url: 'https://www.rfc-editor.org/rfc/rfc1035', linkType: 'custom' },
      children: [{ type: 'text', text: 'la RFC [1]' }],
    }
    expect(html({ root: { type: 'root', children: [{ type: 'paragraph', children: [link] }] } })).toBe(
      '<div class="prose"><p><a href="https://www.rfc-editor.org/rfc/rfc1035">la RFC [1]</a></p></div>',
    )
    // Pages without sources (the legal page) render markers as the text they are.
    expect(html(richText([{ type: 'p', text: 'Vedi [1].' }]), false)).toBe('<div class="prose"><p>Vedi [1].</p></div>')
  })

  it('numbers the source entries and links back only from the cited ones', () => {
    const source = (id: number, title: string): Source => ({
      id,
      type: 'webpage',
      title,
      authors: [],
      year: 2024,
      updatedAt: '',
      createdAt: '',
    })
    const out = renderToStaticMarkup(
      createElement(SourceList, {
        locale: 'en',
        sources: [source(7, 'First'), source(3, 'Second')],
        cited: new Set([2]),
        backLabel: (n: number) => `Back to source ${n}`,
      }),
    )
    expect(out).toContain('<li id="source-1">')
    expect(out).toContain('<li id="source-2">')
    expect(out).toContain('<a class="cite-back" href="#cite-2" aria-label="Back to source 2">↩</a>')
    expect(out).not.toContain('href="#cite-1"')
  })
})

describe('citation markers through the translation workflow', () => {
  const it1 = richText([{ type: 'p', text: 'Il TTL dice per quanto tempo una risposta resta valida [1].' }])
  const it2 = richText([{ type: 'p', text: 'Il TTL dice per quanto tempo una risposta resta valida [2].' }])

  it('keeps markers in the plain text translators review', () => {
    expect(richTextToPlainText(it1)).toBe('Il TTL dice per quanto tempo una risposta resta valida [1].')
  })

  it('does not count markers as words to translate', () => {
    expect(countWords('valida [1][2].')).toBe(1)
    expect(countWords('arr[1]')).toBe(1)
    expect(countFieldWords(it1)).toBe(
      countFieldWords(richText([{ type: 'p', text: 'Il TTL dice per quanto tempo una risposta resta valida.' }])),
    )
  })

  it('shows a renumbered marker in the diff and outdates the fingerprint', () => {
    const diff = diffField('body', it1, it2)
    expect(diff.mode).toBe('blocks')
    if (diff.mode !== 'blocks') return
    const words = diff.blocks.flatMap((block) => block.words ?? [])
    expect(words.filter((part) => part.kind !== 'equal').map((part) => part.text.trim())).toEqual(['[1].', '[2].'])
    expect(fingerprintFields({ body: it1 }).body).not.toBe(fingerprintFields({ body: it2 }).body)
  })
})
