import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, TranslationJob } from '@/payload-types'
import { richText } from '@/richtext/build'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { rawRequest, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as, createTranslator, password } from '../helpers/workflow'
import { fillTargets, shout } from '../helpers/xliff'

/**
 * A translation job through XLIFF (GET/POST /api/translation-jobs/:id/xliff): one file for the
 * job's tasks in one language, a `<file>` per article; the whole file imported into every
 * task's draft, or refused whole. Who may: editors, and the translator the job is assigned to.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let english: TestUser
let otherFrench: TestUser
const articles: Article[] = []
let job: TranslationJob
let twoLanguages: TranslationJob
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  english = await createTranslator(ctx.payload, 'en', 'english@test.example')
  otherFrench = await createTranslator(ctx.payload, 'fr', 'other.fr@test.example')
  const topic = await createTopic(ctx.payload)
  for (const n of [1, 2, 3, 4]) {
    articles.push(
      await ctx.payload.create({
        collection: 'articles',
        locale: 'it',
        data: {
          title: `Domanda numero ${n}?`,
          summary: `Risposta breve ${n}.`,
          body: richText([
            { type: 'p', text: `Il testo ${n} ha **una parte in grassetto** e un [collegamento](https://example.com/${n}).` },
          ]),
          topic: topic.id,
          _status: 'published',
        },
        ...as(users.editor),
      }),
    )
  }
  for (const user of [users.editor, users.translator, english, otherFrench])
    tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
  const build = async (body: unknown) => {
    const answer = await rest(ctx.payload, 'POST', '/translation-jobs/build', { token: tokens[users.editor.email], body })
    expect(answer.status).toBe(201)
    return answer.json.doc as TranslationJob
  }
  job = await build({
    title: 'Tre articoli',
    locales: ['fr'],
    // As the admin's form sends it: text.
    assignee: String(users.translator.id),
    articles: articles.slice(0, 3).map((a) => a.id),
  })
  twoLanguages = await build({ title: 'Due lingue', locales: ['fr', 'en'], articles: [articles[3]?.id] })
})

afterAll(async () => {
  await ctx?.cleanup()
})

const url = (id: number | string, query = '') => `/translation-jobs/${id}/xliff${query ? `?${query}` : ''}`

async function download(user: TestUser | undefined, id: number | string, query = '') {
  return rawRequest(ctx.payload, 'GET', url(id, query), { token: user ? tokens[user.email] : undefined })
}

async function upload(user: TestUser, id: number | string, xml: string) {
  const answer = await rawRequest(ctx.payload, 'POST', url(id), {
    token: tokens[user.email],
    body: xml,
    contentType: 'application/xliff+xml',
    headers: { 'Accept-Language': 'en' },
  })
  return { status: answer.status, json: JSON.parse(answer.text) as Record<string, unknown> }
}

async function frenchTasks() {
  const { docs } = await ctx.payload.find({
    collection: 'translations',
    where: { and: [{ article: { in: articles.slice(0, 3).map((a) => a.id) } }, { locale: { equals: 'fr' } }] },
    sort: 'id',
    depth: 0,
  })
  return docs
}

async function frenchTitles() {
  const titles: unknown[] = []
  for (const article of articles.slice(0, 3)) {
    const draft = await ctx.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })
    titles.push(draft.title ?? null)
  }
  return titles
}

describe('a job’s XLIFF', () => {
  it('is refused to the anonymous, to translators the job is not assigned to, and for unknown jobs or languages', async () => {
    expect((await download(undefined, job.id)).status).toBe(401)
    expect((await download(otherFrench, job.id)).status).toBe(404)
    expect((await download(english, job.id)).status).toBe(404)
    expect((await download(users.editor, 999_999)).status).toBe(404)
    expect((await download(users.editor, 'abc')).status).toBe(404)
    expect((await download(users.editor, job.id, 'language=de')).status).toBe(400)
    expect((await download(users.editor, job.id, 'language=en')).status).toBe(400)
    // A job in two languages is exported one language at a time.
    const mixed = await download(users.editor, twoLanguages.id)
    expect(mixed.status).toBe(400)
    expect(mixed.text).toMatch(/one language at a time|una lingua alla volta/)
    expect((await download(users.editor, twoLanguages.id, 'language=en')).status).toBe(200)
  })

  it('exports one file with an article per <file>, valid for the assignee and editors', async () => {
    for (const user of [users.translator, users.editor]) {
      const { status, text } = await download(user, job.id)
      expect(status).toBe(200)
      expect(text.match(/<file /g)).toHaveLength(3)
      expect(text).toContain('trgLang="fr"')
    }
  })

  it('refuses a file with one bad article whole: no task changes', async () => {
    const { text } = await download(users.translator, job.id, 'prefill=none')
    let first = true
    // The stand-in CAT tool empties the first segment it meets: one problem in one article.
    const broken = fillTargets(text, shout, (children) => {
      if (!first) return children
      first = false
      return []
    })
    const answer = await upload(users.translator, job.id, broken)
    expect(answer.status).toBe(400)
    expect(await frenchTitles()).toEqual([null, null, null])
    expect((await frenchTasks()).map((task) => task.status)).toEqual(['todo', 'todo', 'todo'])
  })

  it('imports every article of the file: each task started and sent to review with its text', async () => {
    const { text } = await download(users.translator, job.id, 'prefill=none')
    const answer = await upload(users.translator, job.id, fillTargets(text, shout))
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ imported: 3, unchanged: 0, message: '3 tasks imported.' })
    expect(await frenchTitles()).toEqual(articles.slice(0, 3).map((article) => article.title.toUpperCase()))
    expect((await frenchTasks()).map((task) => task.status)).toEqual(['in_review', 'in_review', 'in_review'])
    const after = await ctx.payload.findByID({ collection: 'translation-jobs', id: job.id, ...as(users.editor) })
    expect(after.status).toBe('in_review')
    // The same file again changes nothing.
    const again = await upload(users.translator, job.id, fillTargets(text, shout))
    expect(again.json).toMatchObject({ imported: 0, unchanged: 3 })
  })
})
