'use client'
/**
 * One glossary term of the Italian source, highlighted: pointing at it or reaching it with Tab
 * shows its approved translation in the task's language (Escape, or leaving it, hides it); a click, or
 * Enter, inserts that translation at the cursor of the translation being written. The segment
 * view says where (`onInsert`); in the field view it goes into the input of the same field.
 * Pressing the mouse keeps the focus (and so the cursor) where it was.
 */
import React, { useEffect, useId, useRef, useState } from 'react'

import type { TermTip } from '@/glossary/highlight'
import { insertIntoField } from '@/admin/lib/fieldInsert'
import '@/admin/styles/glossary.css'

export type TermLabels = Record<'tip' | 'alternatives' | 'doNotTranslate' | 'note' | 'insert', string>

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}

type Props = {
  tip: TermTip
  text: string
  labels: TermLabels
  /** Where the translation goes (segment view); without it, the field this mark sits in. */
  onInsert?: (words: string) => void
  disabled?: boolean
}

type Place = { left: number; top: number }

export function TermMark({ tip, text, labels, onInsert, disabled = false }: Props) {
  const id = useId()
  const word = useRef<HTMLButtonElement>(null)
  // Placed against the viewport: the source box scrolls, and would clip a tip placed inside it.
  const [place, setPlace] = useState<Place | null>(null)
  const [first = tip.found, ...others] = tip.translations

  const show = () => {
    const box = word.current?.getBoundingClientRect()
    if (box) setPlace({ left: box.left, top: box.bottom })
  }
  const hide = () => setPlace(null)

  useEffect(() => {
    if (!place) return
    window.addEventListener('scroll', hide, { capture: true, passive: true })
    return () => window.removeEventListener('scroll', hide, { capture: true })
  }, [place])

  return (
    <span className="dg-term" data-term={tip.found} data-open={place ? '' : undefined} onMouseEnter={show} onMouseLeave={hide}>
      <button
        ref={word}
        type="button"
        className="dg-term__word"
        aria-describedby={id}
        aria-disabled={disabled || undefined}
        data-term-insert={first}
        onMouseDown={(event) => event.preventDefault()}
        onFocus={show}
        onBlur={hide}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && place) {
            event.stopPropagation()
            hide()
          }
        }}
        onClick={(event) => {
          if (disabled) return
          if (onInsert) onInsert(first)
          else insertIntoField(event.currentTarget, first)
        }}
      >
        {text}
      </button>
      <span
        role="tooltip"
        id={id}
        className="dg-term__tip"
        data-term-tip
        style={place ? { left: place.left, top: place.top } : undefined}
      >
        <span>{tip.doNotTranslate ? fill(labels.doNotTranslate, { term: first }) : fill(labels.tip, { term: first })}</span>
        {others.length > 0 && <span> · {fill(labels.alternatives, { terms: others.join(', ') })}</span>}
        {tip.note && <span className="dg-term__note">{fill(labels.note, { note: tip.note })}</span>}
        {!disabled && <span className="dg-term__hint">{labels.insert}</span>}
      </span>
    </span>
  )
}
