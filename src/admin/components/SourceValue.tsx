/**
 * A source field value shown read-only: rich text rendered as the reader will
 * see it (headings, lists, links, code), plain text with its line breaks. With
 * a glossary, its terms are highlighted (TermMark: the translation on hover or
 * focus, one click to insert it into the field below); inline code is left as it is.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import React from 'react'

import { highlightRuns, termTips } from '@/glossary/highlight'
import type { GlossaryConcept } from '@/glossary/terms'
import { sourceLocale } from '@/i18n/locales'
import { isLexicalState } from '@/richtext/lexical'
import { richTextToBlocks } from '@/richtext/plainText'
import { TermMark, type TermLabels } from './TermMark'

type CodeFields = { blockType: 'Code'; code?: string; language?: string }

export type SourceTerms = { concepts: readonly GlossaryConcept[]; targetLocale: string; labels: TermLabels }

function Highlighted({ text, terms }: { text: string; terms: SourceTerms }) {
  const runs = highlightRuns(text, termTips(text, sourceLocale, terms.targetLocale, terms.concepts))
  return (
    <>
      {runs.map((run, i) =>
        run.tip ? (
          <TermMark key={i} tip={run.tip} text={run.text} labels={terms.labels} />
        ) : (
          <React.Fragment key={i}>{run.text}</React.Fragment>
        ),
      )}
    </>
  )
}

/** Lexical's text format bits, innermost first, as Payload's own text converter applies them. */
const formats: ReadonlyArray<[number, (children: React.ReactNode) => React.ReactNode]> = [
  [1, (children) => <strong>{children}</strong>],
  [2, (children) => <em>{children}</em>],
  [4, (children) => <span style={{ textDecoration: 'line-through' }}>{children}</span>],
  [8, (children) => <span style={{ textDecoration: 'underline' }}>{children}</span>],
  [32, (children) => <sub>{children}</sub>],
  [64, (children) => <sup>{children}</sup>],
]
const codeFormat = 16

function converters(terms: SourceTerms | undefined): JSXConvertersFunction {
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    ...(terms && {
      text: ({ node }) => {
        // Inline code is copied, not translated: no term in it.
        const inner = node.format & codeFormat ? <code>{node.text}</code> : <Highlighted text={node.text} terms={terms} />
        return formats.reduce<React.ReactNode>((children, [bit, wrap]) => (node.format & bit ? wrap(children) : children), inner)
      },
    }),
    blocks: {
      Code: ({ node }: { node: { fields: CodeFields } }) => (
        <pre>
          <code>{node.fields.code ?? ''}</code>
        </pre>
      ),
    },
  })
}

export function SourceValue({ value, emptyLabel, terms }: { value: unknown; emptyLabel: string; terms?: SourceTerms }) {
  if (isLexicalState(value) && richTextToBlocks(value).length > 0) {
    // Lexical's own type for the same JSON the guard just checked.
    return <RichText data={value as unknown as SerializedEditorState} converters={converters(terms)} />
  }
  const text = typeof value === 'string' ? value : ''
  if (text.trim() === '') return <span className="dg-muted">{emptyLabel}</span>
  return terms ? <Highlighted text={text} terms={terms} /> : <>{text}</>
}
