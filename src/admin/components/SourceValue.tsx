/**
 * A source field value shown read-only: rich text rendered as the reader will
 * see it (headings, lists, links, code), plain text with its line breaks.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import React from 'react'

import { isLexicalState } from '@/richtext/lexical'
import { richTextToBlocks } from '@/richtext/plainText'

type CodeFields = { blockType: 'Code'; code?: string; language?: string }

/** The editor's only custom block is Payload's code block; the default converters do not know it. */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  blocks: {
    Code: ({ node }: { node: { fields: CodeFields } }) => (
      <pre>
        <code>{node.fields.code ?? ''}</code>
      </pre>
    ),
  },
})

export function SourceValue({ value, emptyLabel }: { value: unknown; emptyLabel: string }) {
  if (isLexicalState(value) && richTextToBlocks(value).length > 0) {
    // Lexical's own type for the same JSON the guard just checked.
    return <RichText data={value as unknown as SerializedEditorState} converters={converters} />
  }
  const text = typeof value === 'string' ? value : ''
  if (text.trim() === '') return <span className="dg-muted">{emptyLabel}</span>
  return <>{text}</>
}
