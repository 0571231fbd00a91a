import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/site/RichText'
import { richText } from '@/richtext/build'

function html(value: unknown): string {
  return renderToStaticMarkup(createElement(RichText, { value, locale: 'it' }))
}

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const root = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })

describe('rich text rendering', () => {
  it('renders paragraphs, headings, lists, quotes, inline code and code blocks semantically', () => {
    const out = html(
      richText([
        { type: 'h2', text: 'Titolo' },
        { type: 'p', text: 'Usa `dig` e [la RFC](https://www.rfc-editor.org/rfc/rfc1035).' },
        { type: 'ol', items: ['uno', 'due'] },
        { type: 'quote', text: 'Citazione' },
        { type: 'code', language: 'sh', code: 'dig example.com <A>' },
      ]),
    )
    expect(out).toContain('<h2>Titolo</h2>')
    expect(out).toContain('<code>dig</code>')
    expect(out).toContain('<a href="https://www.rfc-editor.org/rfc/rfc1035">la RFC</a>')
    expect(out).toContain('<ol><li>uno</li><li>due</li></ol>')
    expect(out).toContain('<blockquote><p>Citazione</p></blockquote>')
    expect(out).toContain(
      '<pre class="code-block" tabindex="0" data-language="shell"><code class="language-shell">dig example.com &lt;A&gt;</code></pre>',
    )
  })

  it('keeps the page <h1> unique by starting editor headings at <h2>', () => {
    expect(html(root({ type: 'heading', tag: 'h1', children: [text('X')] }))).toBe('<div class="prose"><h2>X</h2></div>')
  })

  it('drops unsafe link targets but keeps their text', () => {
    const link = { type: 'link', fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [text('click')] }
    expect(html(root({ type: 'paragraph', children: [link] }))).toBe('<div class="prose"><p>click</p></div>')
  })

  it('formats text and links internal documents in the page language', () => {
    const internal = {
      type: 'link',
      fields: { linkType: 'internal', doc: { relationTo: 'articles', value: { id: 1, slug: 'cos-e-il-dns' } } },
      children: [text('DNS', 1)],
    }
    expect(html(root({ type: 'paragraph', children: [internal, text(' e '), text('nuovo', 2)] }))).toBe(
      '<div class="prose"><p><a href="/it/articoli/cos-e-il-dns"><strong>DNS</strong></a> e <em>nuovo</em></p></div>',
    )
  })

  it('renders nothing for non-rich-text values and skips empty paragraphs', () => {
    expect(html(null)).toBe('')
    expect(html(root({ type: 'paragraph', children: [] }))).toBe('<div class="prose"></div>')
  })
})
