/**
 * A minimal structural view of Lexical JSON (what Payload stores for rich text).
 *
 * Why not import Lexical's own types: this folder is pure domain code that
 * must run in tests and scripts without the editor packages, and we only read
 * a handful of keys anyway.
 */

export type LexicalNode = {
  type: string
  text?: string
  children?: LexicalNode[]
  /** Headings (`h2`) and lists (`ul` / `ol`). */
  tag?: string
  /** `bullet` | `number` | `check` */
  listType?: string
  /** Code nodes. */
  language?: string
  /** Payload links keep their URL in `fields.url`; Payload blocks keep their data in `fields`. */
  fields?: { url?: string; [key: string]: unknown }
  /** Plain Lexical links keep it here. */
  url?: string
  [key: string]: unknown
}

export type LexicalState = { root: LexicalNode }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isLexicalNode(value: unknown): value is LexicalNode {
  if (!isRecord(value) || typeof value.type !== 'string') return false
  return value.children === undefined || Array.isArray(value.children)
}

/** True for `{ root: { type, children? } }`, which is how every Lexical field value looks. */
export function isLexicalState(value: unknown): value is LexicalState {
  return isRecord(value) && isLexicalNode(value.root)
}

/** Child nodes that look like Lexical nodes; anything malformed is skipped rather than crashing. */
export function childNodes(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isLexicalNode) : []
}

/** Node types rendered inline (inside a paragraph, heading, list item…). */
export const inlineNodeTypes: ReadonlySet<string> = new Set([
  'text',
  'code-highlight',
  'linebreak',
  'tab',
  'link',
  'autolink',
  'inlineBlock',
  'mark',
])

export function isInlineNode(node: LexicalNode): boolean {
  return inlineNodeTypes.has(node.type) || typeof node.text === 'string'
}

/** The URL of a link node, wherever the editor put it. */
export function linkUrl(node: LexicalNode): string | undefined {
  if (typeof node.fields?.url === 'string') return node.fields.url
  return typeof node.url === 'string' ? node.url : undefined
}

/**
 * Payload's code block (`{ type: 'block', fields: { blockType: 'Code', code, language } }`)
 * and Lexical's own `code` node are both "code"; this reads the former.
 */
export function codeBlockFields(node: LexicalNode): { code: string; language?: string } | null {
  if (node.type !== 'block' || !isRecord(node.fields) || typeof node.fields.code !== 'string') return null
  const language = node.fields.language
  return typeof language === 'string' ? { code: node.fields.code, language } : { code: node.fields.code }
}
