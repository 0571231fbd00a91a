import { describe, expect, it } from 'vitest'

import {
  composePublication,
  publicationProblems,
  samePublication,
  textOrigin,
  type PublicationFields,
  type RawDoc,
} from '@/workflow/publication'

const fields: PublicationFields = { localized: ['title', 'summary'], editorOwned: ['topic', 'sources', 'publishedAt'] }
const now = '2026-12-01T12:00:00.000Z'

/** The live row: Italian published, French approved, English never approved (so absent). */
const published: RawDoc = {
  _status: 'published',
  title: { it: 'Titolo pubblicato', fr: 'Titre approuvé' },
  summary: { it: 'Sintesi pubblicata', fr: 'Résumé approuvé' },
  topic: 1,
  sources: [1, 2],
  publishedAt: '2026-10-01T08:00:00.000Z',
}

/** The working draft: every language has pending changes, and the editor moved the topic. */
const working: RawDoc = {
  _status: 'draft',
  title: { it: 'Titolo in bozza', fr: 'Titre en cours', en: 'Unfinished title' },
  summary: { it: 'Sintesi in bozza', fr: 'Résumé en cours', en: 'Unfinished summary' },
  topic: 2,
  sources: [2],
  publishedAt: '2026-10-01T08:00:00.000Z',
}

const frenchPublic = new Set(['fr'] as const)

describe('composePublication', () => {
  it('approving French takes French from the draft and leaves Italian, English and the editor fields as published', () => {
    const { data, sourcePublished } = composePublication({
      published,
      working,
      fields,
      change: { kind: 'publish', locale: 'fr' },
      publicTargets: frenchPublic,
      now,
    })
    expect(data).toEqual({
      title: { it: 'Titolo pubblicato', fr: 'Titre en cours' },
      summary: { it: 'Sintesi pubblicata', fr: 'Résumé en cours' },
      topic: 1,
      sources: [1, 2],
      publishedAt: '2026-10-01T08:00:00.000Z',
      _status: 'published',
    })
    expect(sourcePublished).toBe(true)
  })

  it('publishing the source takes Italian and the editor fields from the draft, and keeps the approved French', () => {
    const { data } = composePublication({
      published,
      working,
      fields,
      change: { kind: 'publish', locale: 'it' },
      publicTargets: frenchPublic,
      now,
    })
    expect(data).toEqual({
      title: { it: 'Titolo in bozza', fr: 'Titre approuvé' },
      summary: { it: 'Sintesi in bozza', fr: 'Résumé approuvé' },
      topic: 2,
      sources: [2],
      publishedAt: '2026-10-01T08:00:00.000Z',
      _status: 'published',
    })
  })

  it('never carries the text of a target language that is not public, even one being published', () => {
    for (const change of [{ kind: 'publish', locale: 'en' }, { kind: 'sync' }, { kind: 'publish', locale: 'it' }] as const) {
      const { data } = composePublication({ published, working, fields, change, publicTargets: frenchPublic, now })
      expect(JSON.stringify(data)).not.toContain('Unfinished')
    }
    const { data } = composePublication({ published, working, fields, change: { kind: 'sync' }, publicTargets: new Set(), now })
    expect(data.title).toEqual({ it: 'Titolo pubblicato' })
  })

  it('stamps the first publication date, and keeps one set by hand', () => {
    const fresh: RawDoc = { _status: 'draft', title: { it: 'Nuovo' } }
    const draft: RawDoc = { _status: 'draft', title: { it: 'Nuovo' }, publishedAt: null }
    const first = composePublication({
      published: fresh,
      working: draft,
      fields,
      change: { kind: 'publish', locale: 'it' },
      publicTargets: new Set(),
      now,
    })
    expect(first.data.publishedAt).toBe(now)
    const byHand = composePublication({
      published: fresh,
      working: { ...draft, publishedAt: '2025-01-01T00:00:00.000Z' },
      fields,
      change: { kind: 'publish', locale: 'it' },
      publicTargets: new Set(),
      now,
    })
    expect(byHand.data.publishedAt).toBe('2025-01-01T00:00:00.000Z')
  })

  it('unpublishing the source hides the article but keeps its text for a later publication', () => {
    const { data, sourcePublished } = composePublication({
      published,
      working,
      fields,
      change: { kind: 'unpublishSource' },
      publicTargets: frenchPublic,
      now,
    })
    expect(sourcePublished).toBe(false)
    expect(data._status).toBe('draft')
    expect(data.title).toEqual(published.title)
  })

  it('a sync keeps an unpublished article unpublished', () => {
    const hidden = { ...published, _status: 'draft' }
    expect(
      composePublication({ published: hidden, working, fields, change: { kind: 'sync' }, publicTargets: frenchPublic, now })
        .sourcePublished,
    ).toBe(false)
  })
})

describe('textOrigin', () => {
  it('reads each language from the draft only when it is the one published', () => {
    const input = { change: { kind: 'publish', locale: 'fr' } as const, publicTargets: frenchPublic }
    expect(textOrigin('fr', input)).toBe('working')
    expect(textOrigin('it', input)).toBe('published')
    expect(textOrigin('en', input)).toBeNull()
  })
})

describe('publicationProblems', () => {
  const rules = [
    { name: 'title', localized: true, required: true },
    { name: 'seoTitle', localized: true, required: false, maxLength: 10 },
    { name: 'topic', localized: false, required: true },
  ]

  it('checks the published language and, for the source, the editor fields', () => {
    const data: RawDoc = { title: { it: 'Titolo', fr: '  ' }, seoTitle: { fr: 'Beaucoup trop long' }, topic: null }
    expect(publicationProblems(data, 'it', rules)).toEqual([{ path: 'topic', problem: 'required' }])
    expect(publicationProblems(data, 'fr', rules)).toEqual([
      { path: 'title', problem: 'required' },
      { path: 'seoTitle', problem: 'tooLong', maxLength: 10, length: 18 },
    ])
    expect(publicationProblems({ title: { en: 'Fine' } }, 'en', rules)).toEqual([])
  })
})

describe('samePublication', () => {
  it('ignores empty locale entries and key order, and sees any real difference', () => {
    const stored: RawDoc = {
      title: { fr: 'Titre', it: 'Titolo', en: null },
      summary: {},
      topic: 1,
      sources: [1, 2],
      publishedAt: null,
    }
    const next: RawDoc = { title: { it: 'Titolo', fr: 'Titre' }, summary: {}, topic: 1, sources: [1, 2], publishedAt: null }
    expect(samePublication(stored, next, fields)).toBe(true)
    expect(samePublication(stored, { ...next, sources: [2, 1] }, fields)).toBe(false)
    expect(samePublication(stored, { ...next, title: { it: 'Titolo' } }, fields)).toBe(false)
    expect(samePublication({ ...stored, _status: 'draft' }, { ...next, _status: 'published' }, fields)).toBe(true)
    expect(samePublication({ ...stored, _status: 'draft' }, { ...next, _status: 'published' }, fields, ['_status'])).toBe(false)
  })
})
