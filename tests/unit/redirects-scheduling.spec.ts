import { describe, expect, it } from 'vitest'

import { isLookupSlug, redirectSlug, rowPublicLocales, slugChanges, slugClaim, slugMap } from '@/redirects/rules'
import { planScheduledRun, runLocale, schedulingUser } from '@/scheduling/plan'
import { hasValidSignature, readRevalidationBody, revalidationBody, signBody } from '@/site/revalidation/remote'

describe('redirect rules', () => {
  it('keeps only real slugs of known locales', () => {
    expect(slugMap({ it: 'a', fr: '', en: null, de: 'x' })).toEqual({ it: 'a' })
    expect(slugMap('a')).toEqual({})
  })

  it('leaves an old URL for each public language whose slug changed, and only those', () => {
    expect(slugChanges({ it: 'a', fr: 'b', en: 'c' }, { it: 'a2', fr: 'b', en: 'c2' }, ['it', 'fr'])).toEqual([
      { locale: 'it', from: 'a', to: 'a2' },
    ])
    // A language going offline (no slug after) leaves no redirect; a first slug neither.
    expect(slugChanges({ it: 'a' }, { fr: 'b' }, ['it', 'fr'])).toEqual([])
  })

  it('looks up well-formed slugs only', () => {
    expect(isLookupSlug('nome-di-dominio')).toBe(true)
    for (const slug of ['', 'A', 'a b', '../a', '%2e', 'a--b', '-a', 'a'.repeat(97), 'è']) expect(isLookupSlug(slug)).toBe(false)
  })

  it('never redirects a URL to itself', () => {
    expect(redirectSlug('a', 'b')).toBe('b')
    expect(redirectSlug('a', 'a')).toBeNull()
    expect(redirectSlug('a', undefined)).toBeNull()
  })

  it('asks the editor before another document takes an old slug', () => {
    expect(slugClaim({ redirectTarget: null, docId: 1, confirmed: false })).toBe('free')
    expect(slugClaim({ redirectTarget: 1, docId: '1', confirmed: false })).toBe('own')
    expect(slugClaim({ redirectTarget: 1, docId: 2, confirmed: false })).toBe('refuse')
    expect(slugClaim({ redirectTarget: 1, docId: undefined, confirmed: false })).toBe('refuse')
    expect(slugClaim({ redirectTarget: 1, docId: undefined, confirmed: true })).toBe('takeOver')
  })

  it('reads a row’s public languages only while it is published', () => {
    expect(rowPublicLocales({ _status: 'published', publicLocales: ['it', 'fr', 'xx'] })).toEqual(['it', 'fr'])
    expect(rowPublicLocales({ _status: 'draft', publicLocales: ['it'] })).toEqual([])
  })
})

describe('scheduled runs', () => {
  const doc = { relationTo: 'articles', value: '7' }

  it('publishes the source for "all" languages or the source, a translation for a target language', () => {
    expect(planScheduledRun({ type: 'publish', doc })).toEqual({ kind: 'publishSource', articleId: '7' })
    expect(planScheduledRun({ doc: { relationTo: 'articles', value: 7 }, locale: 'it' })).toEqual({
      kind: 'publishSource',
      articleId: '7',
    })
    expect(planScheduledRun({ type: 'publish', doc, locale: 'fr' })).toEqual({
      kind: 'approveTranslation',
      articleId: '7',
      locale: 'fr',
    })
    // An unknown language is not a translation: the source.
    expect(planScheduledRun({ type: 'publish', doc, locale: 'de' })).toMatchObject({ kind: 'publishSource' })
    expect(planScheduledRun({ type: 'unpublish', doc, locale: 'fr' })).toEqual({ kind: 'unpublishSource', articleId: '7' })
  })

  it('leaves globals and other collections to Payload', () => {
    expect(planScheduledRun({ type: 'publish', global: 'legal' })).toEqual({ kind: 'notOurs' })
    expect(planScheduledRun({ doc: { relationTo: 'topics', value: '1' } })).toEqual({ kind: 'notOurs' })
    expect(planScheduledRun(null)).toEqual({ kind: 'notOurs' })
  })

  it('names who scheduled it and the language it touches', () => {
    expect(schedulingUser({ user: { relationTo: 'users', value: 3 } })).toEqual({ collection: 'users', id: '3' })
    expect(schedulingUser({ user: 3 })).toBeNull()
    expect(runLocale({ kind: 'unpublishSource', articleId: '1' })).toBe('it')
    expect(runLocale({ kind: 'approveTranslation', articleId: '1', locale: 'en' })).toBe('en')
  })
})

describe('signed revalidation requests', () => {
  const secret = 'a-secret'
  const revalidation = {
    paths: ['/it/articles/a'],
    routes: [{ route: '/(site)/[locale]', type: 'layout' as const }],
    tags: ['site'],
  }

  it('accepts a body signed with the secret within its minute', () => {
    const now = Date.now()
    const body = revalidationBody(revalidation, now)
    expect(hasValidSignature(secret, body, signBody(secret, body))).toBe(true)
    expect(readRevalidationBody(body, now)).toEqual(revalidation)
  })

  it('refuses another secret, a tampered or expired body, and malformed entries', () => {
    const now = Date.now()
    const body = revalidationBody(revalidation, now)
    expect(hasValidSignature('other', body, signBody(secret, body))).toBe(false)
    expect(hasValidSignature(secret, body.replace('/it/', '/fr/'), signBody(secret, body))).toBe(false)
    expect(hasValidSignature(secret, body, null)).toBe(false)
    expect(hasValidSignature(secret, body, 'zz')).toBe(false)
    expect(readRevalidationBody(body, now + 61_000)).toBeNull()
    expect(readRevalidationBody('{', now)).toBeNull()
    const bad = JSON.stringify({ expires: now + 1000, revalidation: { paths: ['no-slash'], routes: [], tags: [] } })
    expect(readRevalidationBody(bad, now)).toBeNull()
    const badRoute = JSON.stringify({
      expires: now + 1000,
      revalidation: { paths: [], routes: [{ route: '/', type: 'x' }], tags: [] },
    })
    expect(readRevalidationBody(badRoute, now)).toBeNull()
  })
})
