/**
 * Browser-only: words inserted at the cursor of a field view's input, from a control inside the
 * same Payload field (the glossary terms above it). Plain inputs get the new value through the
 * native setter and an input event, which React's change handler (and so Payload's form)
 * reads; rich text gets the browser's own insertText, which Lexical handles at its selection.
 */
import { insertAtCursor, spacedWords } from '@/lib/insertText'

const targets = 'input:not([type="hidden"]):not([type="checkbox"]), textarea, [contenteditable="true"]'

export function insertIntoField(from: HTMLElement, words: string): boolean {
  const target = from.closest('.field-type')?.querySelector<HTMLElement>(targets)
  if (!target) return false
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    if (target.readOnly || target.disabled) return false
    const end = target.selectionEnd ?? target.value.length
    const { text, cursor } = insertAtCursor(target.value, { start: target.selectionStart ?? end, end }, words)
    target.focus()
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), 'value')?.set?.call(target, text)
    target.dispatchEvent(new Event('input', { bubbles: true }))
    target.setSelectionRange(cursor, cursor)
    return true
  }
  target.focus()
  // Deprecated but still the one way to type into a contenteditable as the user would (undo included).
  return document.execCommand('insertText', false, spacedWords(...textAround(target), words))
}

/** The text before and after the selection, within its text nodes (enough to decide on spaces). */
function textAround(editable: HTMLElement): [string, string] {
  const selection = window.getSelection()
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null
  if (!range || !editable.contains(range.startContainer)) return ['', '']
  const text = (node: Node) => (node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '')
  return [text(range.startContainer).slice(0, range.startOffset), text(range.endContainer).slice(range.endOffset)]
}
