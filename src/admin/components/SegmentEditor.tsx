'use client'
/**
 * The segment view of an article's language: one row per sentence of the published Italian
 * source, the translation beside it, its status, the memory's best matches (with what differs
 * from this sentence) to insert in one click, and the tags as chips to place. Ctrl+Enter
 * confirms a segment and moves on; a segment whose tags are missing or extra cannot be
 * confirmed. Saving sends every segment to PUT /api/translations/:id/segments, which checks
 * everything again and writes the same draft the field view writes. The glossary terms of the
 * source are highlighted, to insert in one click (TermHighlights), and each segment's quality
 * checks run as the translator types (SegmentChecks).
 */
import { useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import {
  confirmProblems,
  placedTags,
  progressOf,
  tagMarkup,
  type ConfirmProblem,
  type EditorRow,
  type EditorTag,
} from '@/segments/editorRows'
import type { GlossaryConcept } from '@/glossary/terms'
import { sourceLocale, type Locale } from '@/i18n/locales'
import { insertAtCursor } from '@/lib/insertText'
import type { CheckMessages } from '@/admin/lib/checkText'
import { Parts } from './DiffView'
import { MachinePrefill, type MachinePrefillLabels } from './MachinePrefill'
import { SegmentChecks } from './SegmentChecks'
import { TermHighlights } from './TermHighlights'
import type { TermLabels } from './TermMark'
import '@/admin/styles/segments.css'

type EditorKey =
  | 'heading'
  | 'loading'
  | 'loadFailed'
  | 'source'
  | 'readOnly'
  | 'unaligned'
  | 'progressLabel'
  | 'confirm'
  | 'confirmHint'
  | 'confirmed'
  | 'unconfirm'
  | 'save'
  | 'saving'
  | 'saved'
  | 'unsaved'
  | 'saveFailed'
  | 'matches'
  | 'noMatches'
  | 'insert'
  | 'diffLegend'
  | 'tags'
  | 'tagPlaced'
  | 'tagMissing'
  | 'noTags'

export type SegmentEditorLabels = {
  view: { label: string; fields: string; segments: string; saveFirst: string }
  editor: Record<EditorKey, string>
  target: string
  templates: Record<'segment' | 'targetLabel' | 'progress' | 'insertLabel' | 'tagInsert', string>
  status: Record<string, string>
  problems: Record<string, string>
  fields: Record<string, string>
  machine: MachinePrefillLabels
  /** Glossary highlights and live checks (TermMark, SegmentChecks), in the admin language. */
  glossary: TermLabels & { legend: string }
  checks: CheckMessages
  language: Locale
}

type Props = { apiRoute: string; taskId: number | string; locale: string; labels: SegmentEditorLabels }

type View = { editable: boolean; rows: EditorRow[]; machineProvider?: string | null; glossary?: GlossaryConcept[] }
type Notice = { kind: 'error' | 'done' | 'info'; text: string } | null

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

function unescape(text: string): string {
  return text.replace(/&lt;|&amp;/g, (entity) => (entity === '&lt;' ? '<' : '&'))
}

/** Tagged text with its tags as small chips, for reading. */
function Tagged({ text }: { text: string }) {
  const parts = text.split(/(<\/?\d{1,4}\/?>)/g)
  return (
    <>
      {parts.map((part, i) => {
        const tag = /^<(\/?)(\d{1,4})(\/?)>$/.exec(part)
        if (!tag) return <React.Fragment key={i}>{unescape(part)}</React.Fragment>
        const mark = tag[1] ? `/${tag[2]}` : tag[3] ? `${tag[2]}/` : tag[2]
        return (
          <span key={i} className="dg-seg-tag" aria-hidden="true">
            {mark}
          </span>
        )
      })}
    </>
  )
}

function problemText(labels: SegmentEditorLabels, problem: ConfirmProblem): string {
  const template = labels.problems[problem.kind] ?? problem.kind
  return 'tag' in problem ? fill(template, { tag: problem.tag }) : template
}

function statusText(labels: SegmentEditorLabels, row: Pick<EditorRow, 'status' | 'score'>): string {
  return fill(labels.status[row.status] ?? row.status, { score: row.score ?? '' })
}

export function SegmentEditor({ apiRoute, taskId, locale, labels }: Props) {
  const formModified = useFormModified()
  const [mode, setMode] = useState<'fields' | 'segments'>('fields')
  const [view, setView] = useState<View | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [dirty, setDirty] = useState(false)
  const [savedOnce, setSavedOnce] = useState(false)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)
  const [problems, setProblems] = useState<Record<string, string[]>>({})
  // Sent with GET only: a save's answer leaves it as it was.
  const [glossary, setGlossary] = useState<GlossaryConcept[]>([])
  const inputs = useRef(new Map<string, HTMLTextAreaElement>())
  const url = `${apiRoute}/translations/${encodeURIComponent(String(taskId))}/segments`

  useEffect(() => {
    document.body.classList.toggle('dg-segment-mode', mode === 'segments')
    return () => document.body.classList.remove('dg-segment-mode')
  }, [mode])

  const load = useCallback(async () => {
    setLoadError(null)
    try {
      const response = await fetch(url, { credentials: 'include' })
      const json: unknown = await response.json().catch(() => null)
      if (!response.ok || typeof json !== 'object' || json === null || !('rows' in json)) {
        setLoadError(labels.editor.loadFailed)
        return
      }
      setView(json as View)
      setGlossary((json as View).glossary ?? [])
      setDirty(false)
    } catch {
      setLoadError(labels.editor.loadFailed)
    }
  }, [url, labels.editor.loadFailed])

  function switchTo(next: 'fields' | 'segments') {
    if (next === mode) return
    if ((next === 'segments' && formModified) || (next === 'fields' && dirty)) {
      setNotice({ kind: 'info', text: labels.view.saveFirst })
      return
    }
    setNotice(null)
    // The form below was loaded before the segment view saved: read the draft again.
    if (next === 'fields' && savedOnce) {
      window.location.reload()
      return
    }
    setMode(next)
    // Read afresh on every visit: the field view may have saved meanwhile.
    if (next === 'segments') {
      setView(null)
      void load()
    }
  }

  function updateRow(id: string, change: (row: EditorRow) => EditorRow) {
    setView((current) => current && { ...current, rows: current.rows.map((row) => (row.id === id ? change(row) : row)) })
    setDirty(true)
    setNotice(null)
  }

  function setText(row: EditorRow, text: string, status?: Pick<EditorRow, 'status' | 'score'>) {
    updateRow(row.id, (current) => ({
      ...current,
      target: text,
      ...(status ?? { status: 'edited', score: undefined }),
    }))
    setProblems(({ [row.id]: _, ...rest }) => rest)
  }

  function focusRow(index: number) {
    const next = view?.rows[index]
    if (next) inputs.current.get(next.id)?.focus()
  }

  function confirm(row: EditorRow, index: number) {
    const found = confirmProblems(
      row.target,
      row.tags.map((tag) => tag.def),
    )
    if (found.length > 0) {
      setProblems((current) => ({ ...current, [row.id]: found.map((problem) => problemText(labels, problem)) }))
      return
    }
    updateRow(row.id, (current) => ({ ...current, status: 'confirmed' }))
    focusRow(index + 1)
  }

  function insertTag(row: EditorRow, tag: EditorTag) {
    const input = inputs.current.get(row.id)
    const start = input?.selectionStart ?? row.target.length
    const end = input?.selectionEnd ?? start
    const text = row.target.slice(0, start) + tagMarkup(tag, row.target.slice(start, end)) + row.target.slice(end)
    setText(row, text)
    input?.focus()
  }

  /** A glossary term's translation, at the cursor (or over the selection) of the row's translation. */
  function insertWords(row: EditorRow, words: string) {
    const input = inputs.current.get(row.id)
    const end = input?.selectionEnd ?? row.target.length
    const inserted = insertAtCursor(row.target, { start: input?.selectionStart ?? end, end }, words)
    setText(row, inserted.text)
    input?.focus()
    requestAnimationFrame(() => input?.setSelectionRange(inserted.cursor, inserted.cursor))
  }

  async function save() {
    if (!view) return
    setBusy(true)
    setNotice(null)
    try {
      const segments = view.rows.map((row) => ({ id: row.id, text: row.target, confirmed: row.status === 'confirmed' }))
      const response = await fetch(url, {
        method: 'PUT',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ segments }),
      })
      const json: unknown = await response.json().catch(() => null)
      if (response.ok && typeof json === 'object' && json !== null && 'rows' in json) {
        setView(json as View)
        setDirty(false)
        setSavedOnce(true)
        setProblems({})
        setNotice({ kind: 'done', text: labels.editor.saved })
        return
      }
      const error = (json as { errors?: Array<{ message?: string; data?: { segments?: unknown } }> } | null)?.errors?.[0]
      const listed = Array.isArray(error?.data?.segments)
        ? (error.data.segments as Array<{ id?: string; messages?: string[] }>)
        : []
      setProblems(Object.fromEntries(listed.flatMap((item) => (item.id ? [[item.id, item.messages ?? []]] : []))))
      setNotice({ kind: 'error', text: error?.message ?? labels.editor.saveFailed })
    } catch {
      setNotice({ kind: 'error', text: labels.editor.saveFailed })
    } finally {
      setBusy(false)
    }
  }

  const progress = useMemo(() => progressOf(view?.rows ?? []), [view])
  const editable = view?.editable ?? false

  return (
    <div className="dg-admin dg-segview" data-segment-switch>
      <div className="dg-segview__switch" role="group" aria-label={labels.view.label}>
        {(['fields', 'segments'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            className={`dg-button${mode === choice ? '' : ' dg-button--secondary'}`}
            aria-pressed={mode === choice}
            data-view={choice}
            onClick={() => switchTo(choice)}
          >
            {labels.view[choice]}
          </button>
        ))}
      </div>
      {notice && notice.kind === 'info' && (
        <p className="dg-segview__notice" role="status">
          {notice.text}
        </p>
      )}
      {mode === 'segments' && (
        <section className="dg-segview__body" aria-labelledby="dg-segview-heading" data-segment-editor>
          <h2 id="dg-segview-heading">{labels.editor.heading}</h2>
          {loadError && <p className="dg-error">{loadError}</p>}
          {!view && !loadError && <p className="dg-muted">{labels.editor.loading}</p>}
          {view && (
            <>
              <div className="dg-segview__progress">
                <progress
                  id="dg-segview-progress"
                  max={Math.max(progress.totalWords, 1)}
                  value={progress.confirmedWords}
                  aria-label={labels.editor.progressLabel}
                />
                <span data-progress>
                  {fill(labels.templates.progress, { confirmed: progress.confirmedWords, total: progress.totalWords })}
                </span>
              </div>
              {editable ? (
                <>
                  <p className="dg-hint">
                    {labels.editor.confirmHint} {glossary.length > 0 && labels.glossary.legend}
                  </p>
                  <MachinePrefill
                    url={url.replace(/\/segments$/, '/machine-prefill')}
                    provider={view.machineProvider ?? null}
                    dirty={dirty}
                    labels={labels.machine}
                    onView={(next) => {
                      setView(next)
                      setDirty(false)
                      setSavedOnce(true)
                      setProblems({})
                    }}
                  />
                </>
              ) : (
                <p className="dg-muted">{labels.editor.readOnly}</p>
              )}
              <ol className="dg-segview__rows">
                {view.rows.map((row, index) => {
                  const placed = placedTags(row.target)
                  const inputId = `dg-seg-${index}`
                  const rowProblems = problems[row.id] ?? []
                  return (
                    <li key={row.id} className="dg-seg" data-segment-id={row.id} data-status={row.status}>
                      <div className="dg-seg__source" lang="it">
                        <span className="dg-seg__where">
                          {labels.fields[row.field] ?? row.field} · {fill(labels.templates.segment, { n: index + 1 })}
                        </span>
                        <p>
                          <TermHighlights
                            text={row.source}
                            concepts={glossary}
                            sourceLocale={sourceLocale}
                            targetLocale={locale}
                            labels={labels.glossary}
                            disabled={!editable}
                            onInsert={(words) => insertWords(row, words)}
                            plain={(text) => <Tagged text={text} />}
                          />
                        </p>
                        {row.tags.length > 0 && (
                          <div className="dg-chips" aria-label={labels.editor.tags} role="group">
                            {row.tags.map((tag) => (
                              <button
                                key={tag.n}
                                type="button"
                                className={`dg-chip dg-seg__chip${placed.has(tag.n) ? ' dg-seg__chip--placed' : ''}`}
                                data-tag={tag.n}
                                disabled={!editable}
                                title={fill(labels.templates.tagInsert, { n: tag.n, label: tag.label })}
                                onClick={() => insertTag(row, tag)}
                              >
                                {tag.pair ? `${tag.n}…/${tag.n}` : `${tag.n}/`} {tag.label}
                                <span className="dg-visually-hidden">
                                  , {placed.has(tag.n) ? labels.editor.tagPlaced : labels.editor.tagMissing}
                                </span>
                              </button>
                            ))}
                          </div>
                        )}
                      </div>
                      <div className="dg-seg__target">
                        <label htmlFor={inputId} className="dg-visually-hidden">
                          {fill(labels.templates.targetLabel, { n: index + 1, field: labels.fields[row.field] ?? row.field })}
                        </label>
                        <textarea
                          id={inputId}
                          lang={locale}
                          value={row.target}
                          readOnly={!editable}
                          rows={Math.max(2, Math.ceil(row.source.length / 60))}
                          ref={(element) => {
                            if (element) inputs.current.set(row.id, element)
                            else inputs.current.delete(row.id)
                          }}
                          onChange={(event) => setText(row, event.target.value)}
                          onKeyDown={(event) => {
                            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && editable) {
                              event.preventDefault()
                              confirm(row, index)
                            }
                          }}
                          aria-describedby={`${inputId}-checks${rowProblems.length > 0 ? ` ${inputId}-problems` : ''}`}
                        />
                        <SegmentChecks
                          id={`${inputId}-checks`}
                          source={row.source}
                          target={row.target}
                          tags={row.tags}
                          concepts={glossary}
                          sourceLocale={sourceLocale}
                          targetLocale={locale}
                          messages={labels.checks}
                          language={labels.language}
                        />
                        {row.unaligned && <p className="dg-hint">{labels.editor.unaligned}</p>}
                        <div className="dg-seg__actions">
                          <span className={`dg-seg__status dg-seg__status--${row.status}`} data-segment-status={row.status}>
                            {statusText(labels, row)}
                          </span>
                          {editable &&
                            (row.status === 'confirmed' ? (
                              <button
                                type="button"
                                className="dg-button dg-button--secondary"
                                onClick={() => updateRow(row.id, (current) => ({ ...current, status: 'edited' }))}
                              >
                                {labels.editor.unconfirm}
                              </button>
                            ) : (
                              <button
                                type="button"
                                className="dg-button dg-button--secondary"
                                data-confirm
                                onClick={() => confirm(row, index)}
                              >
                                {labels.editor.confirm}
                              </button>
                            ))}
                        </div>
                        {rowProblems.length > 0 && (
                          <ul className="dg-error" id={`${inputId}-problems`} role="alert">
                            {rowProblems.map((problem) => (
                              <li key={problem}>{problem}</li>
                            ))}
                          </ul>
                        )}
                      </div>
                      <div className="dg-seg__matches">
                        <h3>{labels.editor.matches}</h3>
                        {row.matches.length === 0 ? (
                          <p className="dg-muted">{labels.editor.noMatches}</p>
                        ) : (
                          <ul>
                            {row.matches.map((match, i) => (
                              <li key={i} data-match-score={match.score}>
                                <span className="dg-chip">{match.score} %</span>
                                <p className="dg-seg__diff" lang="it" title={labels.editor.diffLegend}>
                                  <Parts parts={match.diff} />
                                </p>
                                <p lang={locale}>
                                  <Tagged text={match.target} />
                                </p>
                                {editable && (
                                  <button
                                    type="button"
                                    className="dg-button dg-button--secondary"
                                    data-insert-match
                                    aria-label={fill(labels.templates.insertLabel, { score: match.score })}
                                    onClick={() =>
                                      setText(row, match.target, {
                                        status: match.score >= 100 ? 'memory' : 'fuzzy',
                                        score: match.score,
                                      })
                                    }
                                  >
                                    {labels.editor.insert}
                                  </button>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    </li>
                  )
                })}
              </ol>
              {editable && (
                <div className="dg-segview__save">
                  <button type="button" className="dg-button" data-save-segments disabled={busy} onClick={() => void save()}>
                    {busy ? labels.editor.saving : labels.editor.save}
                  </button>
                  {dirty && <span className="dg-muted">{labels.editor.unsaved}</span>}
                  <span role="status" className={notice?.kind === 'error' ? 'dg-error' : undefined} data-save-notice>
                    {notice && notice.kind !== 'info' ? notice.text : ''}
                  </span>
                </div>
              )}
            </>
          )}
        </section>
      )}
    </div>
  )
}
