'use client'
/**
 * Toolbar helper for citation markers: a picker listing the article's sources by number;
 * choosing one types `[n]` at the cursor (see src/richtext/citationMarkers.ts for why a marker
 * is plain text). The count comes from the form's "Sources used" field, so a source added a
 * moment ago can be cited before saving.
 */
import { $getSelection, $isRangeSelection, type LexicalEditor } from '@payloadcms/richtext-lexical/lexical'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

/** Feature strings, registered under `lexical:citationMarker:*` by the server feature. */
type Keys = 'lexical:citationMarker:cite' | 'lexical:citationMarker:citeSource' | 'lexical:citationMarker:noSources'

function insertMarker(editor: LexicalEditor, n: number): void {
  editor.update(() => {
    const selection = $getSelection()
    if ($isRangeSelection(selection)) selection.insertText(`[${n}]`)
  })
  editor.focus()
}

function CitationPicker({ editor }: { editor: LexicalEditor }) {
  const { t } = useTranslation<object, Keys>()
  const sources = useFormFields(([fields]) => fields.sources?.value)
  const count = Array.isArray(sources) ? sources.length : 0
  const label = t('lexical:citationMarker:cite')
  return (
    <select
      className="dg-cite-picker"
      aria-label={label}
      title={count === 0 ? t('lexical:citationMarker:noSources') : label}
      disabled={count === 0}
      value=""
      onChange={(event) => {
        const n = Number(event.target.value)
        if (Number.isInteger(n) && n >= 1 && n <= count) insertMarker(editor, n)
      }}
    >
      <option value="">[n]</option>
      {Array.from({ length: count }, (_, i) => i + 1).map((n) => (
        // The name starts with what the option shows ("[2]"), as screen-reader users hear and voice-control users say it.
        <option key={n} value={n} aria-label={`[${n}] ${t('lexical:citationMarker:citeSource', { n })}`}>
          [{n}]
        </option>
      ))}
    </select>
  )
}

export const CitationMarkerFeatureClient = createClientFeature({
  toolbarFixed: {
    groups: [
      { type: 'buttons', key: 'citationMarker', order: 70, items: [{ key: 'citationMarkerPicker', Component: CitationPicker }] },
    ],
  },
})
