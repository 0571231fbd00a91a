import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { outbox } from '@/email/consoleTransport'
import type { Article } from '@/payload-types'
import { issueFormToken } from '@/site/citation/formToken'
import { createRateLimiter, type RateLimiter } from '@/site/citation/rateLimit'
import { submitCitationRequest, type SubmitDeps } from '@/site/citation/submit'
import { createArticle, createUsers } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createLocalizedTopic, createPublicArticle } from '../helpers/siteFixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/** The citation form's server side against a real Payload: what is stored, mailed and answered. */

const secret = 'citation-test-secret-0123456789abcdef'
const now = 1_800_000_000_000
let ctx: TestPayload
let article: Article
let draft: Article
let editorToken: string
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
  await ctx.payload.updateGlobal({
    slug: 'site-settings',
    locale: 'it',
    data: { tagline: 'Motto', contactEmail: 'redazione@example.com' },
  })
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
  draft = await createArticle(ctx.payload, { title: 'Bozza segreta', topic: topic.id, status: 'draft' })
  await createUsers(ctx.payload)
  editorToken = await tokenFor(ctx.payload, 'editor@test.example', 'correct-horse-battery-staple')
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
    expect(state).toEqual({
      status: 'success',
      message: 'Merci ! Votre demande a bien été reçue. La rédaction répondra à ada@example.com.',
    })
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

/** What a script would post straight to the API, skipping the form. */
const apiRequest = (overrides: Record<string, unknown> = {}) => ({
  name: 'Bot',
  email: 'bot@example.com',
  proposedUrl: 'https://spam.example/',
  article: article.id,
  locale: 'fr',
  ...overrides,
})

describe('the API is no way around the form', () => {
  it('refuses an anonymous REST create and stores nothing', async () => {
    const before = await stored()
    const { status } = await rest(ctx.payload, 'POST', '/citation-requests', { body: apiRequest() })
    expect(status).toBe(403)
    expect(await stored()).toBe(before)
  })

  it('refuses an anonymous GraphQL create and stores nothing', async () => {
    const before = await stored()
    const result = await graphql(
      ctx.payload,
      `
        mutation ($data: mutationCitationRequestInput!) {
          createCitationRequest(data: $data) {
            id
          }
        }
      `,
      { variables: { data: apiRequest() } },
    )
    expect(result.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(result.data?.createCitationRequest ?? null).toBeNull()
    expect(await stored()).toBe(before)
  })

  it('refuses an anonymous Local API create that asks for access checks', async () => {
    const before = await stored()
    await expect(
      ctx.payload.create({
        collection: 'citation-requests',
        overrideAccess: false,
        data: { name: 'Bot', email: 'bot@example.com', proposedUrl: 'https://spam.example/', article: article.id, locale: 'fr' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await stored()).toBe(before)
  })

  it('still lets an editor record a request by hand', async () => {
    const { status, json } = await rest(ctx.payload, 'POST', '/citation-requests', {
      token: editorToken,
      body: apiRequest({ status: 'accepted' }),
    })
    expect(status).toBe(201)
    expect(json.doc).toMatchObject({ locale: 'fr', status: 'accepted' })
  })
})

describe('a request names an article public in its language', () => {
  const refusal = async (body: Record<string, unknown>) => {
    const before = await stored()
    const { status, json } = await rest(ctx.payload, 'POST', '/citation-requests', { token: editorToken, body })
    expect(await stored()).toBe(before)
    return { status, errors: json.errors }
  }

  it('answers a draft, a missing article and a language it is not public in with the same 400', async () => {
    const unpublished = await refusal(apiRequest({ article: draft.id }))
    const missing = await refusal(apiRequest({ article: draft.id + 1000 }))
    const otherLanguage = await refusal(apiRequest({ locale: 'en' }))
    expect(unpublished.status).toBe(400)
    expect(JSON.stringify(unpublished.errors)).toContain('This article does not take citation requests in this language.')
    expect(missing).toEqual(unpublished)
    expect(otherLanguage).toEqual(unpublished)
  })

  it('needs the visitor’s language', async () => {
    const { status, errors } = await refusal(apiRequest({ locale: undefined }))
    expect(status).toBe(400)
    expect(JSON.stringify(errors)).toContain('"path":"locale"')
  })

  it('lets an editor triage a request whose article was unpublished since', async () => {
    const created = await rest(ctx.payload, 'POST', '/citation-requests', { token: editorToken, body: apiRequest() })
    const id = (created.json.doc as { id: number }).id
    await ctx.payload.db.updateOne({ collection: 'articles', id: article.id, data: { publicLocales: ['it'] } })
    try {
      const { status } = await rest(ctx.payload, 'PATCH', `/citation-requests/${id}`, {
        token: editorToken,
        body: { status: 'declined' },
      })
      expect(status).toBe(200)
    } finally {
      await ctx.payload.db.updateOne({ collection: 'articles', id: article.id, data: { publicLocales: ['it', 'fr'] } })
    }
  })
})
