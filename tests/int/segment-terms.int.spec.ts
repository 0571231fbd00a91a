import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { GlossaryConcept } from '@/glossary/terms'
import type { Glossary, Translation } from '@/payload-types'
import { richText } from '@/richtext/build'
import type { SegmentsView } from '@/workflow/services/segmentEditor'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as, createTranslator, password, taskFor } from '../helpers/workflow'

/**
 * The glossary in the segment view's data: GET /api/translations/:id/segments carries the
 * accepted concepts that apply to the article's topic, with only their Italian and task-language
 * terms, for the browser to highlight terms and run the checks live. Per role: the same people
 * who may read the task's segments, and nobody else.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let english: TestUser
let task: Translation
const entries: Record<'general' | 'sameTopic' | 'otherTopic' | 'pending', Glossary | null> = {
  general: null,
  sameTopic: null,
  otherTopic: null,
  pending: null,
}
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  english = await createTranslator(ctx.payload, 'en', 'english@test.example')
  const topic = await createTopic(ctx.payload)
  const other = await createTopic(ctx.payload, 'tls')
  const entry = (terms: Glossary['terms'], extra: Partial<Glossary> = {}) =>
    ctx.payload.create({ collection: 'glossary', data: { review: 'accepted', terms, ...extra }, ...as(users.editor) })
  entries.general = await entry([
    { locale: 'it', text: 'crittografia', status: 'preferred' },
    { locale: 'fr', text: 'chiffrement', status: 'preferred' },
    { locale: 'fr', text: 'cryptage', status: 'forbidden' },
    { locale: 'en', text: 'encryption', status: 'preferred' },
  ])
  entries.sameTopic = await entry(
    [
      { locale: 'it', text: 'resolver', status: 'preferred' },
      { locale: 'fr', text: 'résolveur', status: 'preferred' },
    ],
    { topic: topic.id },
  )
  entries.otherTopic = await entry(
    [
      { locale: 'it', text: 'certificato', status: 'preferred' },
      { locale: 'fr', text: 'certificat', status: 'preferred' },
    ],
    { topic: other.id },
  )
  entries.pending = await entry(
    [
      { locale: 'it', text: 'rete', status: 'preferred' },
      { locale: 'fr', text: 'réseau', status: 'preferred' },
    ],
    { review: 'pending' },
  )
  const article = await ctx.payload.create({
    collection: 'articles',
    locale: 'it',
    data: {
      title: 'Come cifra un resolver?',
      summary: 'La crittografia in breve.',
      body: richText([{ type: 'p', text: 'Un resolver usa la crittografia e un certificato sulla rete.' }]),
      topic: topic.id,
      _status: 'published',
    },
    ...as(users.editor),
  })
  task = await taskFor(ctx.payload, article.id, 'fr')
  for (const user of [users.editor, users.translator, english])
    tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const url = () => `/translations/${task.id}/segments`

async function glossaryOf(user: TestUser): Promise<GlossaryConcept[] | undefined> {
  const { status, json } = await rest(ctx.payload, 'GET', url(), { token: tokens[user.email] })
  expect(status).toBe(200)
  return (json as unknown as SegmentsView).glossary
}

describe('the glossary of a task’s segment view', () => {
  it('holds the accepted concepts of no topic and of the article’s topic, not another topic’s nor a pending one', async () => {
    const glossary = await glossaryOf(users.translator)
    expect(glossary?.map((concept) => concept.id).sort()).toEqual([entries.general?.id, entries.sameTopic?.id].sort())
  })

  it('keeps only the Italian and the task language’s terms, forbidden ones included', async () => {
    const glossary = await glossaryOf(users.translator)
    const general = glossary?.find((concept) => concept.id === entries.general?.id)
    expect(general?.terms).toEqual([
      { locale: 'it', text: 'crittografia', status: 'preferred' },
      { locale: 'fr', text: 'chiffrement', status: 'preferred' },
      { locale: 'fr', text: 'cryptage', status: 'forbidden' },
    ])
    expect(general).toMatchObject({ doNotTranslate: false, caseSensitive: false })
  })

  it('is read by editors as by the task language’s translators', async () => {
    expect((await glossaryOf(users.editor))?.length).toBe(2)
  })

  it('is refused with the segments: 401 signed out, 403 for a translator of another language', async () => {
    const anonymous = await rest(ctx.payload, 'GET', url())
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.glossary).toBeUndefined()
    const other = await rest(ctx.payload, 'GET', url(), { token: tokens[english.email] })
    expect(other.status).toBe(403)
    expect(other.json.glossary).toBeUndefined()
  })
})
