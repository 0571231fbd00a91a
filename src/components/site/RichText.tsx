import { Fragment, type ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import { markerBearing, splitMarkers } from '@/richtext/citationMarkers'
import { localizedPath } from '@/site/paths'
import { safeHref } from '@/site/safeHref'
import { childNodes, codeBlockFields, isLexicalState, linkUrl, type LexicalNode } from '@/richtext/lexical'

/**
 * Lexical JSON → semantic HTML, on the server (no client JavaScript).
 *
 * Why our own renderer rather than Payload's JSX converters: we need a handful
 * of node types, every href must pass `safeHref`, headings must start below the
 * page's <h1>, and unknown nodes must degrade to their text instead of markup
 * such as "unknown node".
 */

/**
 * Citation markers (`[2]`) become superscript links to the article's source list when
 * `citations` is given and the number has a source; any other marker stays plain text.
 */
export type Citations = {
  count: number
  /** Accessible name of a marker link ("Source 2"). */
  label: (n: number) => string
}

type Props = { value: unknown; locale: Locale; className?: string; citations?: Citations }
type Ctx = { locale: Locale; citations?: Citations; seen: Map<number, number> }

/** Id of the first marker citing source n (the source list links back to it). */
export function markerId(n: number, occurrence = 1): string {
  return occurrence === 1 ? `cite-${n}` : `cite-${n}-${occurrence}`
}

export function sourceId(n: number): string {
  return `source-${n}`
}

// Lexical text format bit flags.
const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8
const CODE = 16
const SUBSCRIPT = 32
const SUPERSCRIPT = 64
const HIGHLIGHT = 128

function withMarkers(node: LexicalNode, ctx: Ctx): ReactNode {
  const text = node.text ?? ''
  const { citations } = ctx
  if (!citations || !markerBearing(node)) return text
  const pieces = splitMarkers(text)
  if (!pieces.some((piece) => piece.kind === 'marker')) return text
  return pieces.map((piece, i) => {
    if (piece.kind === 'text' || piece.n > citations.count) return <Fragment key={i}>{piece.text}</Fragment>
    const occurrence = (ctx.seen.get(piece.n) ?? 0) + 1
    ctx.seen.set(piece.n, occurrence)
    return (
      <sup key={i} className="cite">
        <a id={markerId(piece.n, occurrence)} href={`#${sourceId(piece.n)}`} aria-label={citations.label(piece.n)}>
          {piece.text}
        </a>
      </sup>
    )
  })
}

function formatText(node: LexicalNode, key: number, ctx: Ctx): ReactNode {
  const format = typeof node.format === 'number' ? node.format : 0
  let out: ReactNode = withMarkers(node, ctx)
  if (format & CODE) out = <code>{out}</code>
  if (format & BOLD) out = <strong>{out}</strong>
  if (format & ITALIC) out = <em>{out}</em>
  if (format & UNDERLINE) out = <u>{out}</u>
  if (format & STRIKETHROUGH) out = <s>{out}</s>
  if (format & SUBSCRIPT) out = <sub>{out}</sub>
  if (format & SUPERSCRIPT) out = <sup>{out}</sup>
  if (format & HIGHLIGHT) out = <mark>{out}</mark>
  return <Fragment key={key}>{out}</Fragment>
}

type LinkedDoc = { relationTo?: unknown; value?: unknown }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Internal links point at a document; they become that document's URL in this locale, if it has one. */
function internalHref(node: LexicalNode, ctx: Ctx): string | null {
  const doc: unknown = node.fields?.doc
  if (!isRecord(doc)) return null
  const { relationTo, value }: LinkedDoc = doc
  if (!isRecord(value) || typeof value.slug !== 'string' || value.slug === '') return null
  if (relationTo === 'articles') return localizedPath(ctx.locale, '/articles/[slug]', { slug: value.slug })
  if (relationTo === 'topics') return localizedPath(ctx.locale, '/topics/[slug]', { slug: value.slug })
  return null
}

function renderLink(node: LexicalNode, key: number, ctx: Ctx): ReactNode {
  // A link cannot hold another link: markers inside link text stay text.
  const children = renderNodes(childNodes(node), { ...ctx, citations: undefined })
  const href = node.fields?.linkType === 'internal' ? internalHref(node, ctx) : safeHref(linkUrl(node))
  if (!href) return <Fragment key={key}>{children}</Fragment>
  const newTab = node.fields?.newTab === true
  return (
    <a key={key} href={href} {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  )
}

function headingTag(tag: unknown): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  // The page title is the only <h1>: editor headings start at <h2>.
  switch (tag) {
    case 'h3':
      return 'h3'
    case 'h4':
      return 'h4'
    case 'h5':
      return 'h5'
    case 'h6':
      return 'h6'
    default:
      return 'h2'
  }
}

function renderList(node: LexicalNode, key: number, ctx: Ctx): ReactNode {
  const items = renderNodes(childNodes(node), ctx)
  if (node.listType === 'number' || node.tag === 'ol') {
    const start = typeof node.start === 'number' && node.start > 1 ? node.start : undefined
    return (
      <ol key={key} start={start}>
        {items}
      </ol>
    )
  }
  return (
    <ul key={key} className={node.listType === 'check' ? 'checklist' : undefined}>
      {items}
    </ul>
  )
}

function renderListItem(node: LexicalNode, key: number, ctx: Ctx): ReactNode {
  const checked = typeof node.checked === 'boolean' ? node.checked : undefined
  return (
    <li key={key} className={checked === undefined ? undefined : checked ? 'checked' : 'unchecked'}>
      {renderNodes(childNodes(node), ctx)}
    </li>
  )
}

function renderCode(code: string, language: string | undefined, key: number): ReactNode {
  const lang = language && /^[\w+-]+$/.test(language) && language !== 'plaintext' ? language : undefined
  return (
    // tabIndex: long lines scroll horizontally, and keyboard users must be able to scroll too.
    <pre key={key} className="code-block" tabIndex={0} data-language={lang}>
      <code className={lang ? `language-${lang}` : undefined}>{code}</code>
    </pre>
  )
}

function renderUpload(node: LexicalNode, key: number): ReactNode {
  const value: unknown = node.value
  if (!isRecord(value) || typeof value.url !== 'string' || typeof value.mimeType !== 'string') return null
  if (!value.mimeType.startsWith('image/')) return null
  const src = safeHref(value.url)
  if (!src) return null
  const alt = typeof value.alt === 'string' ? value.alt : ''
  const width = typeof value.width === 'number' ? value.width : undefined
  const height = typeof value.height === 'number' ? value.height : undefined
  // eslint-disable-next-line @next/next/no-img-element -- upload nodes may lack width/height, which next/image requires
  return <img key={key} src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
}

function renderNode(node: LexicalNode, key: number, ctx: Ctx): ReactNode {
  const code = codeBlockFields(node)
  if (code) return renderCode(code.code, code.language, key)
  switch (node.type) {
    case 'text':
    case 'code-highlight':
      return formatText(node, key, ctx)
    case 'linebreak':
      return <br key={key} />
    case 'tab':
      return <Fragment key={key}>{'\t'}</Fragment>
    case 'paragraph': {
      const children = renderNodes(childNodes(node), ctx)
      return children.length > 0 ? <p key={key}>{children}</p> : null
    }
    case 'heading': {
      const Tag = headingTag(node.tag)
      return <Tag key={key}>{renderNodes(childNodes(node), ctx)}</Tag>
    }
    case 'list':
      return renderList(node, key, ctx)
    case 'listitem':
      return renderListItem(node, key, ctx)
    case 'quote':
      return (
        <blockquote key={key}>
          <p>{renderNodes(childNodes(node), ctx)}</p>
        </blockquote>
      )
    case 'link':
    case 'autolink':
      return renderLink(node, key, ctx)
    case 'horizontalrule':
      return <hr key={key} />
    case 'code':
      // Lexical's own code node (not the Code block): its children are text and line breaks.
      return renderCode(
        childNodes(node)
          .map((child) => (child.type === 'linebreak' ? '\n' : (child.text ?? '')))
          .join(''),
        node.language,
        key,
      )
    case 'upload':
      return renderUpload(node, key)
    default:
      // Unknown element: keep its content, drop the wrapper.
      return typeof node.text === 'string' ? (
        formatText(node, key, ctx)
      ) : (
        <Fragment key={key}>{renderNodes(childNodes(node), ctx)}</Fragment>
      )
  }
}

function renderNodes(nodes: LexicalNode[], ctx: Ctx): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, index, ctx)).filter((node) => node !== null)
}

export function RichText({ value, locale, className = 'prose', citations }: Props) {
  if (!isLexicalState(value)) return null
  return <div className={className}>{renderNodes(childNodes(value.root), { locale, citations, seen: new Map() })}</div>
}
