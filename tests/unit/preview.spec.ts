import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import nextConfig from '../../next.config'
import proxy, { config as proxyConfig } from '../../proxy'
import { composePreview, liveFields, type ArticleRead } from '@/preview/compose'
import { previewHref } from '@/preview/links'
import { mayPreview, type PreviewUser } from '@/preview/permission'
import { DRAFT_MODE_COOKIE, exitHref, PREVIEW_EXIT_ROUTE, safeReturnPath } from '@/preview/routes'
import { createPreviewToken, PREVIEW_TOKEN_TTL_S, verifyPreviewToken } from '@/preview/token'
import type { Source, Topic } from '@/payload-types'

const secret = 'unit-secret-0123456789abcdef0123456789'
const now = Date.parse('2026-12-02T03:00:00Z')

describe('preview tokens', () => {
  const token = createPreviewToken({ userId: 7, articleId: 42, locale: 'fr', now }, secret)

  it('carry the user, the article, the language and an expiry, signed', () => {
    const check = verifyPreviewToken(token, secret, now + 1000)
    expect(check).toEqual({
      ok: true,
      claims: { userId: '7', articleId: '42', locale: 'fr', expiresAt: now / 1000 + PREVIEW_TOKEN_TTL_S },
    })
  })

  it('expire: authentic claims, no right', () => {
    const check = verifyPreviewToken(token, secret, now + PREVIEW_TOKEN_TTL_S * 1000)
    expect(check.ok).toBe(false)
    expect(check).toMatchObject({ reason: 'expired', claims: { articleId: '42', locale: 'fr' } })
  })

  it('another secret, a changed claim or a changed signature is a forgery', () => {
    expect(verifyPreviewToken(token, 'another-secret-0123456789abcdef0123', now)).toEqual({ ok: false, reason: 'forged' })
    const [body, signature] = token.split('.') as [string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>
    for (const change of [{ l: 'en' }, { u: '8' }, { a: '43' }, { e: Number(claims.e) + 3600 }]) {
      const forged = Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')
      expect(verifyPreviewToken(`${forged}.${signature}`, secret, now), JSON.stringify(change)).toEqual({
        ok: false,
        reason: 'forged',
      })
    }
    const flipped = `${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    expect(verifyPreviewToken(flipped, secret, now)).toEqual({ ok: false, reason: 'forged' })
  })

  it('anything malformed is a forgery, never a throw', () => {
    for (const value of [null, undefined, '', 'abc', `${'a'.repeat(2000)}.${'b'.repeat(43)}`, 'a.b.c', 42, {}]) {
      expect(verifyPreviewToken(value, secret, now)).toEqual({ ok: false, reason: 'forged' })
    }
    // Signed by us, but not claims we make: refused too.
    const body = Buffer.from(JSON.stringify({ u: '1', a: '2', l: 'de', e: 9e9 })).toString('base64url')
    const signed = createPreviewToken({ userId: 1, articleId: 2, locale: 'fr' }, secret).split('.')[1]
    expect(verifyPreviewToken(`${body}.${signed}`, secret, now)).toEqual({ ok: false, reason: 'forged' })
  })

  it('links hold the token, never the secret', () => {
    const href = previewHref({ userId: 1, articleId: 2, locale: 'en', now }, secret)
    expect(href).toMatch(/^\/preview\?token=[\w-]+\.[\w-]{43}$/)
    expect(href).not.toContain(secret)
    expect(verifyPreviewToken(new URL(href, 'http://x').searchParams.get('token'), secret, now).ok).toBe(true)
  })
})

describe('who may preview', () => {
  const editor: PreviewUser = { id: 1, role: 'editor' }
  const admin: PreviewUser = { id: 2, role: 'admin' }
  const fr: PreviewUser = { id: 3, role: 'translator', translatorLocales: ['fr'] }
  const tasks = [
    { locale: 'fr', assignee: 3 },
    { locale: 'en', assignee: { id: 4 } },
  ]

  it('editors and admins: every language', () => {
    for (const user of [editor, admin]) {
      expect(mayPreview(user, 'it', [])).toBe(true)
      expect(mayPreview(user, 'en', [])).toBe(true)
    }
  })

  it('a translator: only a language of theirs on an article where they hold its task', () => {
    expect(mayPreview(fr, 'fr', tasks)).toBe(true)
    expect(mayPreview(fr, 'it', tasks)).toBe(false)
    expect(mayPreview(fr, 'en', tasks)).toBe(false)
    expect(mayPreview(fr, 'fr', [{ locale: 'fr', assignee: 9 }])).toBe(false)
    expect(mayPreview(fr, 'fr', [{ locale: 'fr', assignee: null }])).toBe(false)
    // Holding the task is not enough once the language is no longer theirs.
    expect(mayPreview({ ...fr, translatorLocales: ['en'] }, 'fr', tasks)).toBe(false)
  })

  it('nobody else', () => {
    expect(mayPreview(null, 'it', tasks)).toBe(false)
    expect(mayPreview(undefined, 'fr', tasks)).toBe(false)
  })
})

describe('what a preview shows', () => {
  const topic = (name: string) => ({ id: name.length, name, slug: name.toLowerCase() }) as Topic
  const source = (id: number) => ({ id, title: `S${id}` }) as Source
  const draft: ArticleRead = {
    id: 5,
    title: 'Brouillon',
    slug: 'brouillon',
    summary: 'Résumé neuf',
    body: null,
    seoTitle: null,
    seoDescription: null,
    topic: topic('Draft topic'),
    sources: [source(1), source(2)],
    publishedAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    _status: 'draft',
  }
  const published: ArticleRead = {
    ...draft,
    title: 'Publié',
    slug: 'publie',
    topic: topic('Live'),
    sources: [source(1)],
    publishedAt: '2026-01-01T00:00:00.000Z',
    _status: 'published',
  }
  const at = '2026-12-02T03:00:00.000Z'

  it('a translation: its draft text, the topic, sources and dates the approval leaves as they are', () => {
    const page = composePreview({ locale: 'fr', draft, published, publicSlugs: { it: 'bozza', en: 'draft' }, now: at })
    expect(page).toMatchObject({ title: 'Brouillon', slug: 'brouillon', summary: 'Résumé neuf', updatedAt: at })
    expect(page?.topic?.name).toBe('Live')
    expect(page?.sources.map((s) => s.id)).toEqual([1])
    expect(page?.publishedAt).toBe('2026-01-01T00:00:00.000Z')
    expect(page?.slugs).toEqual({ it: 'bozza', en: 'draft', fr: 'brouillon' })
  })

  it('the source: the draft’s topic, sources and dates too (publishing Italian publishes them)', () => {
    const page = composePreview({ locale: 'it', draft, published, publicSlugs: {}, now: at })
    expect(page?.topic?.name).toBe('Draft topic')
    expect(page?.sources.map((s) => s.id)).toEqual([1, 2])
    expect(
      composePreview({ locale: 'it', draft: { ...draft, publishedAt: null }, published, publicSlugs: {}, now: at })?.publishedAt,
    ).toBe(published.publishedAt)
    expect(
      composePreview({ locale: 'it', draft: { ...draft, publishedAt: null }, published: null, publicSlugs: {}, now: at })
        ?.publishedAt,
    ).toBe(at)
  })

  it('links only the public languages, plus the previewed one', () => {
    const page = composePreview({ locale: 'en', draft, published, publicSlugs: { it: 'bozza' }, now: at })
    expect(Object.keys(page?.slugs ?? {}).sort()).toEqual(['en', 'it'])
  })

  it('nothing without a title or slug in that language', () => {
    expect(composePreview({ locale: 'fr', draft: { ...draft, title: '' }, published, publicSlugs: {}, now: at })).toBeNull()
    expect(composePreview({ locale: 'fr', draft: { ...draft, slug: null }, published, publicSlugs: {}, now: at })).toBeNull()
  })

  it('Live Preview takes the typed text fields only, of the right shape', () => {
    const body = { root: { type: 'root', children: [] } }
    expect(liveFields({ title: 'Nouveau', summary: null, body, slug: 'x', topic: 9, sources: [1] })).toEqual({
      title: 'Nouveau',
      summary: null,
      body,
    })
    expect(liveFields({ title: '   ', body: '<script>', seoTitle: 3 })).toEqual({})
    expect(liveFields(null)).toEqual({})
    expect(liveFields('title')).toEqual({})
  })
})

describe('preview routes and the proxy', () => {
  it('the exit goes back to a path of this site only', () => {
    expect(exitHref('/fr/articles/x')).toBe(`${PREVIEW_EXIT_ROUTE}?to=%2Ffr%2Farticles%2Fx`)
    expect(safeReturnPath('/fr/articles/x')).toBe('/fr/articles/x')
    for (const value of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeReturnPath(value), String(value)).toBe('/')
    }
  })

  it('a page requested in draft mode reaches the proxy and is marked private and noindex; other pages do not', () => {
    const reaches = (url: string, cookies?: Record<string, string>) =>
      unstable_doesMiddlewareMatch({ config: proxyConfig, url, nextConfig, cookies })
    expect(reaches('/fr/articles/x', { [DRAFT_MODE_COOKIE]: 'id' })).toBe(true)
    expect(reaches('/fr/articles/x')).toBe(false)
    const response = proxy(
      new NextRequest('http://localhost:3000/fr/articles/x', { headers: { cookie: `${DRAFT_MODE_COOKIE}=id` } }),
    )
    expect(response.headers.get('x-middleware-next')).toBe('1')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')
    const plain = proxy(new NextRequest('http://localhost:3000/fr/articles/x'))
    expect(plain.headers.get('x-robots-tag')).toBeNull()
  })

  it('the preview routes are not sent into a locale', () => {
    const reaches = (url: string, cookies?: Record<string, string>) =>
      unstable_doesMiddlewareMatch({ config: proxyConfig, url, nextConfig, cookies })
    expect(reaches('/preview?token=x')).toBe(false)
    expect(reaches('/preview/exit?to=/')).toBe(false)
    const response = proxy(
      new NextRequest('http://localhost:3000/preview?token=x', { headers: { cookie: `${DRAFT_MODE_COOKIE}=id` } }),
    )
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })
})
