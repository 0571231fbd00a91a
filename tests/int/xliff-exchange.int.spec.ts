import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Translation } from '@/payload-types'
import type { LexicalNode, LexicalState } from '@/richtext/lexical'
import { richText } from '@/richtext/build'
import { validateXliff } from '@/xliff/validate'
import { createSource, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { rawRequest, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as, claimAndStart, createTranslator, password, taskFor } from '../helpers/workflow'
import { fillTargets, richBody, shout } from '../helpers/xliff'

/**
 * XLIFF exchange of one task (GET/POST /api/translations/:id/xliff): export in 2.1 and 1.2,
 * a CAT tool's round trip back into the draft with formatting intact, the task moved on and
 * its history noted, a second import changing nothing, and every refusal changing nothing.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let english: TestUser
let otherFrench: TestUser
let article: Article
let french: Translation
let englishTask: Translation
const tokens: Record<string, string> = {}

const CODE = 16

const italian = {
  title: 'Come si usano gli stream?',
  summary: 'Gli stream in breve.',
  seoTitle: 'Gli stream in Node.js',
  seoDescription: 'Leggere file enormi con poca memoria.',
}

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  english = await createTranslator(ctx.payload, 'en', 'english@test.example')
  otherFrench = await createTranslator(ctx.payload, 'fr', 'other.fr@test.example')
  const topic = await createTopic(ctx.payload)
  const source = await createSource(ctx.payload)
  article = await ctx.payload.create({
    collection: 'articles',
    locale: 'it',
    // The body cites [1]: it needs one source.
    data: { ...italian, body: richBody as Article['body'], topic: topic.id, sources: [source.id], _status: 'published' },
    ...as(users.editor),
  })
  french = await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), users.translator)
  englishTask = await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'en'), english)
  for (const user of [users.editor, users.translator, english, otherFrench])
    tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const url = (task: Translation | number | string, query = '') =>
  `/translations/${typeof task === 'object' ? task.id : task}/xliff${query ? `?${query}` : ''}`

async function download(user: TestUser, task: Translation, query = '') {
  const response = await rawRequest(ctx.payload, 'GET', url(task, query), { token: tokens[user.email] })
  return { status: response.status, type: response.headers.get('content-type'), xml: response.text }
}

async function upload(user: TestUser | undefined, task: Translation | string, xml: string, query = '') {
  const response = await rawRequest(ctx.payload, 'POST', url(task, query), {
    token: user ? tokens[user.email] : undefined,
    body: xml,
    contentType: 'application/xliff+xml',
    headers: { 'Accept-Language': 'en' },
  })
  return { status: response.status, json: (response.text ? JSON.parse(response.text) : {}) as Record<string, unknown> }
}

async function draftOf(locale: 'fr' | 'en') {
  return ctx.payload.findByID({ collection: 'articles', id: article.id, locale, fallbackLocale: false, draft: true, depth: 0 })
}

async function taskNow(task: Translation) {
  return ctx.payload.findByID({ collection: 'translations', id: task.id, depth: 0 })
}

async function memoryCount() {
  return (await ctx.payload.count({ collection: 'translation-memory' })).totalDocs
}

/** The Lexical JSON a translator who upper-cases every word would produce: same markup, same links and code. */
function shouted(node: LexicalNode): LexicalNode {
  if (node.type === 'text' && typeof node.text === 'string') {
    return (Number(node.format) & CODE) !== 0 ? node : { ...node, text: node.text.toUpperCase() }
  }
  return Array.isArray(node.children) ? { ...node, children: node.children.map(shouted) } : node
}

function problemsOf(json: Record<string, unknown>): Array<{ problem: string; message: string }> {
  const [error] = json.errors as Array<{ data?: { problems?: Array<{ problem: string; message: string }> } }>
  return error?.data?.problems ?? []
}

describe('who may exchange a task’s XLIFF', () => {
  it('refuses the anonymous, other languages, other translators and unknown tasks; bad options are 400', async () => {
    expect((await rest(ctx.payload, 'GET', url(french))).status).toBe(401)
    expect((await upload(undefined, String(french.id), '<xliff/>')).status).toBe(401)
    expect((await download(english, french)).status).toBe(403)
    expect((await download(otherFrench, french)).status).toBe(403)
    expect((await upload(otherFrench, french, '<xliff/>')).status).toBe(403)
    expect((await download(users.editor, { ...french, id: 999_999 })).status).toBe(404)
    expect((await rawRequest(ctx.payload, 'GET', url('abc'), { token: tokens[users.editor.email] })).status).toBe(404)
    expect((await download(users.translator, french, 'version=3.0')).status).toBe(400)
    expect((await download(users.translator, french, 'prefill=all')).status).toBe(400)
    expect((await upload(users.translator, french, '', '')).status).toBe(400)
    expect((await upload(users.translator, french, '<xliff/>', 'status=approved')).status).toBe(400)
  })
})

describe('export', () => {
  it('writes XLIFF 2.1 with inline codes, notes and size limits, valid against the OASIS schema', async () => {
    const { status, type, xml } = await download(users.translator, french)
    expect(status).toBe(200)
    expect(type).toContain('application/xliff+xml')
    expect(xml).toContain('version="2.1"')
    expect(xml).toMatch(/srcLang="it"/)
    expect(xml).toMatch(/trgLang="fr"/)
    expect(xml).toContain('<pc ')
    expect(xml).toContain('<originalData>')
    expect(xml).toContain('https://nodejs.org/api/stream.html')
    expect(xml).toContain('slr:sizeRestriction')
    expect(xml).not.toContain('CDATA')
    await expect(validateXliff(xml, '2.1')).resolves.toEqual({ valid: true })
  })

  it('writes XLIFF 1.2 with g and x elements, valid against its schema', async () => {
    const { status, xml } = await download(users.editor, french, 'version=1.2')
    expect(status).toBe(200)
    expect(xml).toContain('version="1.2"')
    expect(xml).toContain('<g ')
    expect(xml).toContain('maxwidth=')
    await expect(validateXliff(xml, '1.2')).resolves.toEqual({ valid: true })
  })
})

describe('import', () => {
  it('refuses a file with a problem, says where, and writes nothing', async () => {
    const { xml } = await download(users.translator, french)
    const before = { draft: await draftOf('fr'), task: await taskNow(french), memory: await memoryCount() }
    const cases: Array<[string, string]> = [
      ['notXml', fillTargets(xml, shout).replace('</xliff>', '')],
      // The English task's file brought to the French task.
      ['targetLanguage', fillTargets((await download(english, englishTask)).xml, shout)],
      // A CAT tool that dropped the first inline code of every segment that has one.
      [
        'tagMissing',
        fillTargets(xml, shout, (children) =>
          children.filter((child, i) => i !== children.findIndex((c) => 'pc' in c || 'ph' in c)),
        ),
      ],
      [
        'emptyTarget',
        fillTargets(
          xml,
          () => '',
          (children) => children.filter((child) => '#text' in child),
        ),
      ],
    ]
    for (const [problem, file] of cases) {
      const answer = await upload(users.translator, french, file)
      expect(answer.status, problem).toBe(400)
      const found = problemsOf(answer.json)
      expect(
        found.map((item) => item.problem),
        problem,
      ).toContain(problem)
      expect(found[0]?.message).toMatch(/^(Whole file|Article \d+)/)
    }
    expect((await draftOf('fr')).body).toEqual(before.draft.body)
    expect((await taskNow(french)).status).toBe(before.task.status)
    expect((await taskNow(french)).history).toEqual(before.task.history)
    expect(await memoryCount()).toBe(before.memory)
  })

  it('brings a CAT tool’s 2.1 file back as the draft with its formatting, moves the task to review, notes it', async () => {
    const memoryBefore = await memoryCount()
    const { xml } = await download(users.translator, french, 'prefill=none')
    const filled = fillTargets(xml, shout)
    const answer = await upload(users.translator, french, filled)
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ imported: 1, unchanged: 0, version: '2.1', message: '1 task imported.' })
    const draft = await draftOf('fr')
    expect(draft.title).toBe(italian.title.toUpperCase())
    expect(draft.summary).toBe(italian.summary.toUpperCase())
    expect(draft.seoDescription).toBe(italian.seoDescription.toUpperCase())
    expect((draft.body as unknown as LexicalState).root).toEqual(shouted(richBody.root))
    const task = await taskNow(french)
    expect(task.status).toBe('in_review')
    expect(task.history?.at(-1)).toMatchObject({ from: 'in_progress', to: 'in_review' })
    expect(task.history?.at(-1)?.comment).toMatch(/^Imported from XLIFF 2\.1: \d+ segments\.$/)
    // The memory learns on approval, not on import.
    expect(await memoryCount()).toBe(memoryBefore)

    // The same file again changes nothing.
    const again = await upload(users.translator, french, filled)
    expect(again.status).toBe(200)
    expect(again.json).toMatchObject({ imported: 0, unchanged: 1 })
    expect((await taskNow(french)).history).toEqual(task.history)
    // Another file for a task in review is refused: it is no longer the translator's to write.
    const other = await upload(
      users.translator,
      french,
      fillTargets(xml, (value) => `${value}!`),
    )
    expect(other.status).toBe(409)
    expect((await draftOf('fr')).title).toBe(italian.title.toUpperCase())
  })

  it('reads 1.2 back too, and can leave the task in progress with a note in its history', async () => {
    const { xml } = await download(english, englishTask, 'version=1.2&prefill=none')
    const answer = await upload(english, englishTask, fillTargets(xml, shout), 'status=in_progress')
    expect(answer.status).toBe(200)
    const draft = await draftOf('en')
    expect((draft.body as unknown as LexicalState).root).toEqual(shouted(richBody.root))
    const task = await taskNow(englishTask)
    expect(task.status).toBe('in_progress')
    expect(task.history?.at(-1)).toMatchObject({ from: 'in_progress', to: 'in_progress' })
    expect(task.history?.at(-1)?.comment).toMatch(/^Imported from XLIFF 1\.2/)
  })

  it('refuses a file whose Italian changed since export, naming the segment', async () => {
    const { xml } = await download(english, englishTask, 'prefill=none')
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { summary: 'Gli stream, in breve e per tutti.', _status: 'published' },
      ...as(users.editor),
    })
    const before = await draftOf('en')
    const answer = await upload(english, englishTask, fillTargets(xml, shout))
    expect(answer.status).toBe(400)
    const found = problemsOf(answer.json)
    expect(found.map((item) => item.problem)).toContain('sourceChanged')
    expect(found.find((item) => item.problem === 'sourceChanged')?.message).toContain('Gli stream, in breve e per tutti.')
    expect((await draftOf('en')).summary).toBe(before.summary)
  })

  it('starts a task not started yet, for an editor or the task’s own translator, and sends it to review', async () => {
    const second = await ctx.payload.create({
      collection: 'articles',
      locale: 'it',
      data: {
        title: 'Che cos’è un buffer?',
        summary: 'Un buffer in breve.',
        body: richText([{ type: 'p', text: 'Un buffer tiene i byte in memoria. Usa `Buffer.from` per crearne uno.' }]),
        topic: (await createTopic(ctx.payload, 'buffers')).id,
        _status: 'published',
      },
      ...as(users.editor),
    })
    const task = await taskFor(ctx.payload, second.id, 'fr')
    expect(task.status).toBe('todo')
    const { xml } = await download(users.editor, task)
    const answer = await upload(users.editor, task, fillTargets(xml, shout))
    expect(answer.status).toBe(200)
    const after = await taskNow(task)
    expect(after.status).toBe('in_review')
    expect(after.history?.map((entry) => entry.to)).toEqual(['todo', 'in_progress', 'in_review'])

    // An agency account that claimed a task but did not start it: the import starts it, as the assignee.
    const claimed = await ctx.payload.update({
      collection: 'translations',
      id: (await taskFor(ctx.payload, second.id, 'en')).id,
      data: { assignee: english.id },
      ...as(english),
    })
    expect(claimed.status).toBe('todo')
    const file = fillTargets((await download(english, claimed)).xml, shout)
    expect((await upload(english, claimed, file)).status).toBe(200)
    const started = await taskNow(claimed)
    expect(started.status).toBe('in_review')
    expect(started.history?.at(-2)).toMatchObject({ from: 'todo', to: 'in_progress', by: english.id })
  })
})
