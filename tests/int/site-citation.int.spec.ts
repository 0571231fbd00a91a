import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { outbox } from '../../src/email/consoleTransport'
import type { Article } from '../../src/payload-types'
import { issueFormToken } from '../../src/site/citation/formToken'
import { createRateLimiter, type RateLimiter } from '../../src/site/citation/rateLimit'
import { submitCitationRequest, type SubmitDeps } from '../../src/site/citation/submit'
import { createLocalizedTopic, createPublicArticle } from '../helpers/siteFixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/** The citation form's server side against a real Payload: what is stored, mailed and answered. */

const secret = 'citation-test-secret-0123456789abcdef'
const now = 1_800_000_000_000
let ctx: TestPayload
let article: Article
let limiter: RateLimiter

function form(fields: Record<string, string>, openedMsAgo = 10_000): FormData {
  const data = new FormData()
  data.set('article', String(article.id))
  data.set('locale', 'fr')
  data.set('startedAt', issueFormToken(secret, now - openedMsAgo))
  data.set('name', 'Ada Lovelace')
  data.set('email', 'ada@example.com')
  data.set('proposedUrl', 'https://example.com/notes')
  data.set('message', 'See section 3.')
  data.set('website', '')
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

function deps(overrides: Partial<SubmitDeps> = {}): SubmitDeps {
  return { payload: ctx.payload, ip: '203.0.113.9', secret, limiter, now, log: () => undefined, ...overrides }
}

async function stored(): Promise<number> {
  return (await ctx.payload.count({ collection: 'citation-requests' })).totalDocs
}

beforeAll(async () => {
  ctx = await createTestPayload()
  await ctx.payload.updateGlobal({ slug: 'site-settings', locale: 'it', data: { tagline: 'Motto', contactEmail: 'redazione@example.com' } })
  const topic = await createLocalizedTopic(ctx.payload, { it: 'dns', fr: 'dns', en: 'dns' })
  article = await createPublicArticle(ctx.payload, {
    topic: topic.id,
    content: {
      it: { title: 'Cos’è il DNS?', slug: 'cos-e-il-dns' },
      fr: { title: 'Qu’est-ce que le DNS ?', slug: 'qu-est-ce-que-le-dns' },
      en: { title: 'What is DNS?', slug: 'what-is-dns' },
    },
    publicIn: ['fr'],
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

beforeEach(() => {
  limiter = createRateLimiter({ limit: 2, windowMs: 60_000, maxKeys: 100 })
})

describe('citation requests from the site', () => {
  it('stores a valid request as the anonymous visitor, e-mails the contact address and thanks the visitor in French', async () => {
    const before = await stored()
    outbox.length = 0
    const state = await submitCitationRequest(form({}), deps())
    expect(state).toEqual({ status: 'success', message: 'Merci ! Votre demande a bien été reçue. La rédaction répondra à ada@example.com.' })
    expect(await stored()).toBe(before + 1)
    const { docs } = await ctx.payload.find({ collection: 'citation-requests', sort: '-createdAt', limit: 1, depth: 0 })
    expect(docs[0]).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      proposedUrl: 'https://example.com/notes',
      message: 'See section 3.',
      locale: 'fr',
      status: 'new',
      article: article.id,
    })
    const mail = outbox.find((message) => message.to === 'redazione@example.com')
    expect(mail?.subject).toBe('Richiesta di citazione: «Qu’est-ce que le DNS ?» (Français)')
    expect(mail?.text).toContain('Fonte proposta: https://example.com/notes')
    expect(mail?.text).toContain('/fr/articles/qu-est-ce-que-le-dns')
  })

  it('answers invalid input with errors next to each field, keeps the input, stores nothing', async () => {
    const before = await stored()
    const state = await submitCitationRequest(form({ name: ' ', email: 'ada@', proposedUrl: 'javascript:alert(1)' }), deps())
    expect(state.status).toBe('error')
    expect(state.message).toBe('La demande n’a pas été envoyée. Corrigez les champs signalés ci-dessous.')
    expect(state.fieldErrors).toEqual({
      name: 'Ce champ est obligatoire.',
      email: 'Saisissez une adresse e-mail comme nom@exemple.fr.',
      proposedUrl: 'Saisissez une adresse complète commençant par http:// ou https://.',
    })
    expect(state.values?.email).toBe('ada@')
    expect(await stored()).toBe(before)
  })

  it('pretends to accept what a bot typed into the honeypot, and stores nothing', async () => {
    const before = await stored()
    const state = await submitCitationRequest(form({ website: 'https://spam.example' }), deps())
    expect(state.status).toBe('success')
    expect(await stored()).toBe(before)
  })

  it('refuses a form sent too fast or with a forged token', async () => {
    const before = await stored()
    expect((await submitCitationRequest(form({}, 500), deps())).message).toMatch(/C’était rapide/)
    expect((await submitCitationRequest(form({ startedAt: `${now - 60_000}.forged` }), deps())).message).toMatch(/C’était rapide/)
    expect(await stored()).toBe(before)
  })

  it('limits requests per address', async () => {
    const before = await stored()
    expect((await submitCitationRequest(form({}), deps())).status).toBe('success')
    expect((await submitCitationRequest(form({}), deps())).status).toBe('success')
    const third = await submitCitationRequest(form({}), deps())
    expect(third.message).toBe('Trop de demandes depuis votre connexion. Réessayez dans quelques minutes.')
    expect((await submitCitationRequest(form({}), deps({ ip: '198.51.100.1' }))).status).toBe('success')
    expect(await stored()).toBe(before + 3)
  })

  it('refuses an article that is not public in the visitor’s language', async () => {
    const before = await stored()
    const state = await submitCitationRequest(form({ locale: 'en' }), deps())
    expect(state.message).toBe('This article can no longer receive requests.')
    expect(await stored()).toBe(before)
  })
})
