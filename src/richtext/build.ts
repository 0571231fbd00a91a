import type { Article } from '@/payload-types'

/**
 * A compact, hand-writable description of rich text. `richText` turns it
 * into Lexical JSON, so demo data (seed, tests, bench) stays readable.
 * Inline text may contain `[label](https://url)` links, `` `code` `` spans and citation
 * markers `[n]` (the n-th of the article's sources, see citationMarkers.ts).
 */
export type RichTextBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'ol'; items: string[] }
  | { type: 'code'; language: string; code: string }
  | { type: 'quote'; text: string }

/**
 * Turns the compact notation into the Lexical JSON the editor stores.
 * Inline `[label](https://url)` becomes a link and `` `x` `` inline code.
 */

type Node = { type: string; version: number; [key: string]: unknown }

const CODE_FORMAT = 16

/** Languages the admin's code block offers (Monaco ids); others fall back to plain text. */
const codeLanguages: Record<string, string> = {
  js: 'javascript',
  javascript: 'javascript',
  ts: 'typescript',
  typescript: 'typescript',
  sh: 'shell',
  bash: 'shell',
  shell: 'shell',
  css: 'css',
  html: 'html',
  json: 'json',
  yaml: 'yaml',
  python: 'python',
  dockerfile: 'dockerfile',
  sql: 'sql',
  dns: 'plaintext',
  text: 'plaintext',
}

function textNode(text: string, format = 0): Node {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

function element(type: string, children: Node[], extra: Record<string, unknown> = {}): Node {
  return { direction: 'ltr', format: '', indent: 0, version: 1, ...extra, type, children }
}

let linkCounter = 0

export function inlineNodes(text: string): Node[] {
  const nodes: Node[] = []
  const pattern = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|`([^`]+)`/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(textNode(text.slice(last, index)))
    if (match[1] && match[2]) {
      linkCounter += 1
      nodes.push(
        element('link', [textNode(match[1])], {
          fields: { linkType: 'custom', newTab: false, url: match[2] },
          id: `seed-link-${linkCounter}`,
          version: 3,
        }),
      )
    } else if (match[3]) {
      nodes.push(textNode(match[3], CODE_FORMAT))
    }
    last = index + match[0].length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)))
  return nodes
}

function blockNode(block: RichTextBlock, index: number): Node {
  switch (block.type) {
    case 'p':
      return element('paragraph', inlineNodes(block.text), { textFormat: 0, textStyle: '' })
    case 'h2':
    case 'h3':
      return element('heading', inlineNodes(block.text), { tag: block.type })
    case 'quote':
      return element('quote', inlineNodes(block.text))
    case 'ul':
    case 'ol':
      return element(
        'list',
        block.items.map((item, i) => element('listitem', inlineNodes(item), { value: i + 1 })),
        { listType: block.type === 'ul' ? 'bullet' : 'number', start: 1, tag: block.type },
      )
    case 'code':
      return {
        type: 'block',
        format: '',
        version: 2,
        fields: {
          id: `seed-code-${index}`,
          blockName: '',
          blockType: 'Code',
          language: codeLanguages[block.language.toLowerCase()] ?? 'plaintext',
          code: block.code,
        },
      }
  }
}

export type RichTextValue = NonNullable<Article['body']>

export function richText(blocks: RichTextBlock[]): RichTextValue {
  return {
    root: {
      type: 'root',
      children: blocks.map(blockNode),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}
