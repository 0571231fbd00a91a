/**
 * Rich text → plain text, block by block.
 *
 * Why blocks: translators review changes paragraph by paragraph, and the diff
 * and word count work on these strings rather than on editor JSON.
 */
import { childNodes, codeBlockFields, isInlineNode, isLexicalState, type LexicalNode } from './lexical'

/** Text of an inline node as rendered: line breaks and tabs included, formatting ignored. */
function inlineText(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  return childNodes(node).map(inlineText).join('')
}

/** Code keeps its exact whitespace: indentation is meaning there. */
function codeText(node: LexicalNode): string {
  const block = codeBlockFields(node)
  if (block) return block.code
  return childNodes(node).map(inlineText).join('')
}

function isCode(node: LexicalNode): boolean {
  return node.type === 'code' || codeBlockFields(node) !== null
}

/**
 * Lines of an element: runs of inline children form one line, each nested
 * block (list item, nested list, table cell…) starts its own.
 */
function elementLines(node: LexicalNode): string[] {
  if (isCode(node)) return [codeText(node)]
  const lines: string[] = []
  let current = ''
  let inRun = false
  for (const child of childNodes(node)) {
    if (isInlineNode(child)) {
      current += inlineText(child)
      inRun = true
      continue
    }
    if (inRun) lines.push(current)
    current = ''
    inRun = false
    lines.push(...elementLines(child))
  }
  if (inRun) lines.push(current)
  return lines
}

function blockText(node: LexicalNode): string {
  if (isCode(node)) return codeText(node)
  if (isInlineNode(node)) return inlineText(node).trim()
  return elementLines(node)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}

/**
 * Top-level blocks as plain text; empty blocks (blank paragraphs used as
 * spacing, images) are dropped. Plain strings are split on blank lines so a
 * textarea diffs the same way. Anything else yields no blocks.
 */
export function richTextToBlocks(value: unknown): string[] {
  if (typeof value === 'string') {
    return value
      .split(/\n[ \t]*\n/)
      .map((block) => block.trim())
      .filter((block) => block !== '')
  }
  if (!isLexicalState(value)) return []
  return childNodes(value.root)
    .map(blockText)
    .filter((text) => text.trim() !== '')
}

/** Whole value as plain text, blocks separated by a blank line. */
export function richTextToPlainText(value: unknown): string {
  return richTextToBlocks(value).join('\n\n')
}
