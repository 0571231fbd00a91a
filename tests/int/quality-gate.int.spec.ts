import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Topic, Translation } from '@/payload-types'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as, claimAndStart, moveTask, password, publishArticle, restError, saveDraft, taskFor } from '../helpers/workflow'

/**
 * Quality checks as a gate (src/quality/, src/workflow/services/translationQuality.ts): errors
 * refuse "Submit for review" with their list on the Local API, REST and GraphQL and change
 * nothing; warnings never block; an editor approves over an error only with a comment, which
 * the history keeps.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic
let article: Article
let task: Translation
let translatorToken: string

const italian = {
  title: 'Come si cifra un disco?',
  summary: 'La crittografia del disco in breve.',
  seoDescription: 'Cifrare un disco con 2 comandi.',
  body: 'La crittografia protegge i dati. Usa `cryptsetup` e leggi https://example.org/luks per i dettagli.',
}
const goodBody = 'Le chiffrement protège les données. Utilisez `cryptsetup` et lisez https://example.org/luks pour les détails.'

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload)
  await ctx.payload.create({
    collection: 'glossary',
    data: {
      review: 'accepted',
      terms: [
        { locale: 'it', text: 'crittografia', status: 'preferred' },
        { locale: 'fr', text: 'chiffrement', status: 'preferred' },
        { locale: 'fr', text: 'cryptage', status: 'forbidden' },
      ],
    },
    ...as(users.editor),
  })
  article = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italian })
  task = await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), users.translator)
  translatorToken = await tokenFor(ctx.payload, users.translator.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

async function status(): Promise<Translation['status']> {
  return (await ctx.payload.findByID({ collection: 'translations', id: task.id })).status
}

describe('submitting for review', () => {
  it('is refused while the answer is untranslated, saying where, on every API', async () => {
    await saveDraft(ctx.payload, article.id, 'fr', { title: 'Comment chiffrer un disque ?', body: '' }, users.translator)
    const expected = /ne peut pas être soumise|non può essere inviata/
    await expect(moveTask(ctx.payload, task, 'in_review', users.translator)).rejects.toThrow(
      'La traduzione non può essere inviata in revisione finché questi errori non sono corretti: Risposta, paragrafo 1: non c’è traduzione.',
    )
    const viaRest = await rest(ctx.payload, 'PATCH', `/translations/${task.id}`, {
      token: translatorToken,
      body: { status: 'in_review' },
      headers: { 'Accept-Language': 'fr' },
    })
    expect(viaRest.status).toBe(400)
    expect(restError(viaRest.json)).toMatch(expected)
    const errors = viaRest.json.errors as Array<{ data?: { issues?: Array<{ field: string; check: string }> } }>
    expect(errors[0]?.data?.issues).toEqual([
      expect.objectContaining({ field: 'body', check: 'empty', severity: 'error', block: 0 }),
    ])
    const mutation = `mutation { updateTranslation(id: ${task.id}, data: { status: in_review }) { status } }`
    const viaGraphql = await graphql(ctx.payload, mutation, { token: translatorToken })
    expect(viaGraphql.errors?.[0]?.message).toMatch(expected)
    expect(await status()).toBe('in_progress')
  })

  it('is refused for a forbidden glossary term, and only that among the other problems', async () => {
    const bad = 'Le cryptage protège les données. Utilisez `dm-crypt` et lisez https://example.org/dm pour les détails.'
    await saveDraft(ctx.payload, article.id, 'fr', { title: 'Comment chiffrer un disque ?', body: bad }, users.translator)
    await expect(moveTask(ctx.payload, task, 'in_review', users.translator)).rejects.toThrow(
      'La traduzione non può essere inviata in revisione finché questi errori non sono corretti: Risposta, paragrafo 1: «cryptage» è un termine vietato (glossario).',
    )
    expect(await status()).toBe('in_progress')
  })

  it('goes through with warnings only (a number written out, SEO texts left to their fallback)', async () => {
    await saveDraft(
      ctx.payload,
      article.id,
      'fr',
      { title: 'Comment chiffrer un disque ?', summary: 'Le chiffrement du disque en bref.', seoDescription: '', body: goodBody },
      users.translator,
    )
    const submitted = await moveTask(ctx.payload, task, 'in_review', users.translator)
    expect(submitted.status).toBe('in_review')
  })
})

describe('approving over an error', () => {
  it('needs a comment once an error appears after submission, and the history keeps it', async () => {
    // The editor forbids a term the submitted translation uses: the review now has an error.
    await ctx.payload.create({
      collection: 'glossary',
      data: {
        review: 'accepted',
        terms: [
          { locale: 'it', text: 'dati', status: 'preferred' },
          { locale: 'fr', text: 'informations', status: 'preferred' },
          { locale: 'fr', text: 'données', status: 'forbidden' },
        ],
      },
      ...as(users.editor),
    })
    await expect(moveTask(ctx.payload, task, 'approved', users.editor)).rejects.toThrow(
      /ha ancora 1 errore di qualità .*«données» è un termine vietato.*serve un commento/,
    )
    expect(await status()).toBe('in_review')
    const approved = await moveTask(ctx.payload, task, 'approved', users.editor, 'Termine accettato per questo articolo.')
    expect(approved.status).toBe('approved')
    expect(approved.history?.at(-1)).toMatchObject({
      from: 'in_review',
      to: 'approved',
      comment: 'Termine accettato per questo articolo.',
    })
  })
})
