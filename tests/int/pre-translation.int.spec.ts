import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadLeverageTotals } from '@/admin/data/leverageTotals'
import { loadQueue } from '@/admin/data/queue'
import { readTaskLeverage } from '@/memory/taskLeverage'
import type { Article, Topic, Translation } from '@/payload-types'
import { richText } from '@/richtext/build'
import { richTextToPlainText } from '@/richtext/plainText'
import { readSegmentStates } from '@/segments/states'
import { countWords } from '@/workflow/wordCount'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import {
  as,
  claimAndStart,
  createTranslator,
  password,
  restError,
  localeSlice,
  moveTask,
  publishArticle,
  publishedRow,
  saveDraft,
  taskFor,
  translateAndApprove,
  type Text,
} from '../helpers/workflow'

/**
 * Pre-translation from the memory: a new task gets the exact and in-context matches in its
 * draft, an outdated one only in its changed sentences (what the translator wrote for the
 * others stays), each segment's state says where its text came from, nothing is published,
 * and the task's leverage counts the words per band.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic

const s1 = 'Il DNS traduce i nomi in indirizzi.'
const s2 = 'Un resolver interroga prima i server radice.'
const s3 = 'La cache riduce il tempo di risposta.'
const f1 = 'Le DNS traduit les noms en adresses.'
const f2 = 'Un résolveur interroge d’abord les serveurs racine.'
const f3 = 'Le cache réduit le temps de réponse.'

const italianSummary = 'Il DNS in breve.'

function italian(title: string, body: string): Text {
  return { title, body, summary: italianSummary, seoDescription: 'Come funziona il DNS.' }
}

async function draftOf(articleId: Article['id'], locale: 'fr' | 'en'): Promise<Article> {
  return ctx.payload.findByID({
    collection: 'articles',
    id: articleId,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    ...as(users.editor),
  })
}

async function publishItalian(articleId: Article['id'], text: Text): Promise<void> {
  await ctx.payload.update({
    collection: 'articles',
    id: articleId,
    locale: 'it',
    data: {
      title: text.title,
      summary: text.summary,
      seoDescription: text.seoDescription,
      body: richText([{ type: 'p', text: text.body ?? '' }]),
      _status: 'published',
    },
    ...as(users.editor),
  })
}

function statusesOf(task: Translation, field: string) {
  return Object.entries(readSegmentStates(task.segmentStates))
    .filter(([id]) => id.startsWith(`${field}:`))
    .map(([, state]) => [state.status, state.score ?? null])
}

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload)
  // The memory: one approved French translation.
  const first = await publishArticle(ctx.payload, users.editor, {
    topic: topic.id,
    text: italian('Che cos’è il DNS?', `${s1} ${s2}`),
  })
  await translateAndApprove(ctx.payload, {
    articleId: first.id,
    locale: 'fr',
    translator: users.translator,
    editor: users.editor,
    text: {
      title: 'Qu’est-ce que le DNS ?',
      summary: 'Le DNS en bref.',
      seoDescription: 'Comment fonctionne le DNS.',
      body: `${f1} ${f2}`,
    },
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('a new task', () => {
  let article: Article

  beforeAll(async () => {
    article = await publishArticle(ctx.payload, users.editor, {
      topic: topic.id,
      text: italian('Perché il DNS usa una cache?', `${s1} ${s2} ${s3}`),
    })
  })

  it('gets the 101 % and 100 % matches in its draft, and nothing for the rest', async () => {
    const draft = await draftOf(article.id, 'fr')
    // s1 has the same neighbours as in the memory (start of field, then s2): 101 %; s2 is
    // followed by s3 here, not by the field's end: 100 %. The summary and SEO description
    // are whole fields seen before: 101 %. The title and s3 are new.
    expect(richTextToPlainText(draft.body).trim()).toBe(`${f1} ${f2}`)
    expect(draft.summary).toBe('Le DNS en bref.')
    expect(draft.seoDescription).toBe('Comment fonctionne le DNS.')
    expect(draft.title ?? null).toBeNull()
  })

  it('records each segment as "memory" with its score, or "new"', async () => {
    const task = await taskFor(ctx.payload, article.id, 'fr')
    expect(statusesOf(task, 'body')).toEqual([
      ['memory', 101],
      ['memory', 100],
      ['new', null],
    ])
    expect(statusesOf(task, 'title')).toEqual([['new', null]])
    expect(statusesOf(task, 'summary')).toEqual([['memory', 101]])
  })

  it('counts its leverage per band', async () => {
    const leverage = readTaskLeverage((await taskFor(ctx.payload, article.id, 'fr')).leverage)
    expect(leverage).not.toBeNull()
    const words = (text: string) => countWords(text)
    expect(leverage?.bands['101'].words).toBe(words(s1) + words(italianSummary) + words('Come funziona il DNS.'))
    expect(leverage?.bands['100'].words).toBe(words(s2))
    expect(leverage?.bands.new.words).toBe(words(s3) + words('Perché il DNS usa una cache?'))
    expect(leverage?.total.words).toBe(
      words(s1) +
        words(s2) +
        words(s3) +
        words(italianSummary) +
        words('Come funziona il DNS.') +
        words('Perché il DNS usa una cache?'),
    )
    expect(Date.parse(leverage?.computedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)
  })

  it('fills nothing in a language the memory does not have', async () => {
    const draft = await draftOf(article.id, 'en')
    expect(draft.body ?? null).toBeNull()
    const task = await taskFor(ctx.payload, article.id, 'en')
    expect(new Set(Object.values(readSegmentStates(task.segmentStates)).map((state) => state.status))).toEqual(new Set(['new']))
    expect(readTaskLeverage(task.leverage)?.bands.new.words).toBe(readTaskLeverage(task.leverage)?.total.words)
  })

  it('publishes nothing: the published row has no French, anonymous readers see none', async () => {
    const row = await publishedRow(ctx.payload, article.id)
    const french = localeSlice(row, 'fr')
    expect(french.body ?? null).toBeNull()
    expect(french.summary ?? null).toBeNull()
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      locale: 'fr',
      where: { id: { equals: article.id } },
      overrideAccess: false,
    })
    expect(docs[0]?.summary ?? null).toBeNull()
    expect(docs[0]?.body ?? null).toBeNull()
  })
})

describe('an outdated task', () => {
  let article: Article
  const s4 = 'I record hanno una durata.'
  const s4changed = 'I record hanno una durata precisa.'
  const f4 = 'Les enregistrements ont une durée.'
  const f1Translator = 'Le DNS change les noms en adresses IP.'

  beforeAll(async () => {
    // s3 enters the memory through another approved article.
    const other = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: italian('La cache del DNS', s3) })
    await translateAndApprove(ctx.payload, {
      articleId: other.id,
      locale: 'fr',
      translator: users.translator,
      editor: users.editor,
      text: { title: 'Le cache du DNS', summary: 'Le DNS en bref.', seoDescription: 'Comment fonctionne le DNS.', body: f3 },
    })
    article = await publishArticle(ctx.payload, users.editor, {
      topic: topic.id,
      text: italian('Come si risolve un nome?', `${s1} ${s2} ${s4}`),
    })
    // The translator's own wording of s1, not the memory's.
    await translateAndApprove(ctx.payload, {
      articleId: article.id,
      locale: 'fr',
      translator: users.translator,
      editor: users.editor,
      text: {
        title: 'Comment résout-on un nom ?',
        summary: 'Le DNS en bref.',
        seoDescription: 'Comment fonctionne le DNS.',
        body: `${f1Translator} ${f2} ${f4}`,
      },
    })
    // s2 is replaced by a sentence the memory knows, s4 is reworded.
    await publishItalian(article.id, italian('Come si risolve un nome?', `${s1} ${s3} ${s4changed}`))
  })

  it('becomes outdated with the changed field', async () => {
    const task = await taskFor(ctx.payload, article.id, 'fr')
    expect(task.status).toBe('outdated')
    expect(task.changedFields).toEqual(['body'])
  })

  it('fills only the changed sentence that has an exact match, keeping the translator’s text elsewhere', async () => {
    const draft = await draftOf(article.id, 'fr')
    // s1 unchanged: the translator's wording (not the memory's f1); s3: from the memory;
    // s4 reworded without a match: its old translation stays, for the translator to revise.
    expect(richTextToPlainText(draft.body).trim()).toBe(`${f1Translator} ${f3} ${f4}`)
    expect(draft.title).toBe('Comment résout-on un nom ?')
  })

  it('records memory for the filled sentence, new for the reworded one, confirmed for the unchanged', async () => {
    const task = await taskFor(ctx.payload, article.id, 'fr')
    expect(statusesOf(task, 'body')).toEqual([
      ['confirmed', null],
      ['memory', 100],
      ['new', null],
    ])
    expect(statusesOf(task, 'title')).toEqual([['confirmed', null]])
  })

  it('counts the leverage of the partly changed source', async () => {
    const leverage = readTaskLeverage((await taskFor(ctx.payload, article.id, 'fr')).leverage)
    const words = (text: string) => countWords(text)
    // The unchanged fields are in the memory with the same (empty) neighbours: 101 %. s1 and
    // s3 are known but now have other neighbours: 100 %. The reworded s4 is a fuzzy match.
    expect(leverage?.bands['101'].words).toBe(
      words('Come si risolve un nome?') + words(italianSummary) + words('Come funziona il DNS.'),
    )
    expect(leverage?.bands['100'].words).toBe(words(s1) + words(s3))
    const fuzzy = (['95-99', '85-94', '75-84'] as const).reduce((sum, band) => sum + (leverage?.bands[band].words ?? 0), 0)
    expect(fuzzy).toBe(words(s4changed))
    expect(leverage?.bands.new.words).toBe(0)
  })

  it('keeps the published French as approved (the rework is a draft)', async () => {
    const row = await publishedRow(ctx.payload, article.id)
    expect(richTextToPlainText(localeSlice(row, 'fr').body).trim()).toBe(`${f1Translator} ${f2} ${f4}`)
  })

  it('lets the translator go on from the pre-filled draft', async () => {
    const task = await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), users.translator)
    await saveDraft(
      ctx.payload,
      article.id,
      'fr',
      {
        title: 'Comment résout-on un nom ?',
        summary: 'Le DNS en bref.',
        seoDescription: 'Comment fonctionne le DNS.',
        body: `${f1Translator} ${f3} Les enregistrements ont une durée précise.`,
      },
      users.translator,
    )
    expect((await moveTask(ctx.payload, task, 'in_review', users.translator)).status).toBe('in_review')
  })
})

describe('the leverage on demand: POST /api/translations/:id/leverage', () => {
  let article: Article
  let french: Translation
  let englishTranslator: TestUser
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    englishTranslator = await createTranslator(ctx.payload, 'en', 'english@test.example')
    article = await publishArticle(ctx.payload, users.editor, {
      topic: topic.id,
      text: italian('Chi gestisce i server radice?', s2),
    })
    french = await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), users.translator)
    for (const user of [users.editor, users.translator, englishTranslator, users.admin])
      tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
  })

  const post = (id: string | number, token?: string, headers?: Record<string, string>) =>
    rest(ctx.payload, 'POST', `/translations/${id}/leverage`, { token, headers })

  it('answers 401 signed out, 404 for no such task, 403 for a translator it is not assigned to', async () => {
    const signedOut = await post(french.id)
    expect(signedOut.status).toBe(401)
    expect(restError(signedOut.json)).toBe('Accedi per calcolare il riutilizzo dalla memoria di un compito.')
    expect((await post(987654, tokens[users.editor.email])).status).toBe(404)
    expect((await post('not-an-id', tokens[users.editor.email])).status).toBe(404)
    const other = await post(french.id, tokens[englishTranslator.email])
    expect(other.status).toBe(403)
    const english = await taskFor(ctx.payload, article.id, 'en')
    // Unassigned: only editors count it.
    const unassigned = await post(english.id, tokens[users.translator.email], { 'Accept-Language': 'fr' })
    expect(unassigned.status).toBe(403)
    expect(restError(unassigned.json)).toBe(
      'Seuls les rédacteurs et le traducteur de la tâche peuvent en calculer l’effet de levier.',
    )
  })

  it('counts for an editor (admins are editors) and for the task’s translator, and stores it', async () => {
    const before = readTaskLeverage((await taskFor(ctx.payload, article.id, 'fr')).leverage)
    expect(before?.bands['101'].words).toBe(countWords(italianSummary) + countWords('Come funziona il DNS.'))
    for (const email of [users.translator.email, users.editor.email, users.admin.email]) {
      const answer = await post(french.id, tokens[email])
      expect(answer.status, email).toBe(200)
      const leverage = readTaskLeverage(answer.json.leverage)
      expect(leverage?.total.words).toBe(
        countWords('Chi gestisce i server radice?') +
          countWords(s2) +
          countWords(italianSummary) +
          countWords('Come funziona il DNS.'),
      )
      expect(leverage?.bands['100'].words).toBe(countWords(s2))
    }
    const stored = readTaskLeverage((await taskFor(ctx.payload, article.id, 'fr')).leverage)
    expect(Date.parse(stored?.computedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(before?.computedAt ?? ''))
  })

  it('Local API with access: nobody writes the leverage or the states; a translator reads only their languages', async () => {
    const fake = { ...readTaskLeverage(french.leverage), computedAt: 'never' }
    for (const user of [users.editor, users.translator]) {
      const updated = await ctx.payload.update({
        collection: 'translations',
        id: french.id,
        data: { leverage: fake, segmentStates: {} },
        ...as(user),
      })
      expect(readTaskLeverage(updated.leverage)?.computedAt).not.toBe('never')
      expect(Object.keys(readSegmentStates(updated.segmentStates)).length).toBeGreaterThan(0)
    }
    await expect(ctx.payload.findByID({ collection: 'translations', id: french.id, ...as(englishTranslator) })).rejects.toThrow()
    const mine = await ctx.payload.findByID({ collection: 'translations', id: french.id, ...as(users.translator) })
    expect(readTaskLeverage(mine.leverage)).not.toBeNull()
  })

  it('GraphQL: the leverage reads under the tasks’ own rules', async () => {
    const query = `{ Translation(id: ${JSON.stringify(french.id)}) { leverage } }`
    const own = await graphql(ctx.payload, query, { token: tokens[users.translator.email] })
    expect(readTaskLeverage(own.data?.Translation && (own.data.Translation as { leverage: unknown }).leverage)).not.toBeNull()
    const other = await graphql(ctx.payload, query, { token: tokens[englishTranslator.email] })
    expect(other.data?.Translation ?? null).toBeNull()
    const anonymous = await graphql(ctx.payload, query)
    expect(anonymous.data?.Translation ?? null).toBeNull()
  })

  it('is counted again when the source changes under a task in progress', async () => {
    const before = readTaskLeverage((await taskFor(ctx.payload, article.id, 'fr')).leverage)
    await publishItalian(article.id, italian('Chi gestisce i server radice?', `${s2} ${s3}`))
    const after = readTaskLeverage((await taskFor(ctx.payload, article.id, 'fr')).leverage)
    expect(after?.source).not.toBe(before?.source)
    expect(after?.total.words).toBe((before?.total.words ?? 0) + countWords(s3))
  })
})

describe('the leverage in the admin', () => {
  it('is on each row of the queue', async () => {
    const { rows } = await loadQueue(ctx.payload, users.translator, { where: { locale: { equals: 'fr' } }, page: 1, limit: 100 })
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      const stored = readTaskLeverage((await ctx.payload.findByID({ collection: 'translations', id: row.id, depth: 0 })).leverage)
      expect(row.leverage, String(row.id)).toEqual(stored)
    }
  })

  it('is summed per language over the open tasks in the editors’ workspace, under each reader’s access', async () => {
    const { docs } = await ctx.payload.find({ collection: 'translations', pagination: false, depth: 0 })
    const open = docs.filter((task) => task.status !== 'approved')
    const totals = await loadLeverageTotals(ctx.payload, users.editor)
    for (const locale of ['fr', 'en'] as const) {
      const mine = open.filter((task) => task.locale === locale)
      expect(totals[locale].open).toBe(mine.length)
      expect(totals[locale].leverage.total.words).toBe(
        mine.reduce((sum, task) => sum + (readTaskLeverage(task.leverage)?.total.words ?? 0), 0),
      )
      expect(totals[locale].leverage.bands['100'].words).toBe(
        mine.reduce((sum, task) => sum + (readTaskLeverage(task.leverage)?.bands['100'].words ?? 0), 0),
      )
    }
    expect(totals.fr.leverage.total.words).toBeGreaterThan(0)
    const translators = await loadLeverageTotals(ctx.payload, users.translator)
    expect(translators.en.open).toBe(0)
    expect(translators.fr).toEqual(totals.fr)
  })
})
