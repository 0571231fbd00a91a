import type { Payload, Where } from 'payload'

import type { Locale, TargetLocale } from '@/i18n/locales'
import type { Article, Translation } from '@/payload-types'
import { richText } from '@/richtext/build'
import type { TestUser } from './fixtures'
import { graphql, rest } from './http'

/**
 * Driving the translation workflow the way people do, through the Local API
 * with access checked (`overrideAccess: false` and a user), plus the readers
 * the publication tests compare: the published row straight from the database,
 * the working draft as staff see it, and what an anonymous caller gets from
 * the Local API, REST and GraphQL.
 */

export const password = 'correct-horse-battery-staple'

export const as = (user: TestUser) => ({ overrideAccess: false as const, user })
export const anonymous = { overrideAccess: false as const }

type ArticleId = Article['id']

export async function createTranslator(payload: Payload, locale: TargetLocale, email: string): Promise<TestUser> {
  const doc = await payload.create({
    collection: 'users',
    data: { email, name: email.split('@')[0] ?? email, role: 'translator', translatorLocales: [locale], password },
  })
  return { ...doc, collection: 'users' }
}

export async function taskFor(payload: Payload, articleId: ArticleId, locale: TargetLocale): Promise<Translation> {
  const { docs } = await payload.find({
    collection: 'translations',
    where: { and: [{ article: { equals: articleId } }, { locale: { equals: locale } }] },
    depth: 0,
    limit: 1,
  })
  const task = docs[0]
  if (!task) throw new Error(`no ${locale} task for article ${articleId}`)
  return task
}

/** The text of one language, as a translator or editor types it. */
export type Text = { title: string; summary?: string; seoDescription?: string; body?: string }

/** A recognizable text: every field carries `tag`, so a test can look for it anywhere. */
export function sampleText(title: string, tag: string): Text {
  return { title, summary: `${tag}: summary`, seoDescription: `${tag}: SEO description`, body: `${tag}: body` }
}

/** Every string of `text`, for "appears nowhere" checks. */
export function textStrings(text: Text): string[] {
  return [text.title, text.summary, text.seoDescription, text.body].filter((value): value is string => Boolean(value))
}

/** The first error message of a REST answer. */
export function restError(json: Record<string, unknown>): string {
  const errors = Array.isArray(json.errors) ? json.errors : []
  const first: unknown = errors[0]
  return typeof first === 'object' && first !== null && 'message' in first ? String(first.message) : ''
}

export function textData(text: Text) {
  return {
    title: text.title,
    summary: text.summary ?? `${text.title} (summary)`,
    seoDescription: text.seoDescription ?? `${text.title} (SEO)`,
    body: richText([{ type: 'p', text: text.body ?? `${text.title} (body)` }]),
  }
}

/** The translator claims the task (if free) and starts it: todo or outdated → in_progress. */
export async function claimAndStart(payload: Payload, task: Translation, translator: TestUser): Promise<Translation> {
  return payload.update({
    collection: 'translations',
    id: task.id,
    data: { assignee: translator.id, status: 'in_progress' },
    ...as(translator),
  })
}

export async function saveDraft(
  payload: Payload,
  articleId: ArticleId,
  locale: Locale,
  text: Text,
  user: TestUser,
): Promise<Article> {
  return payload.update({ collection: 'articles', id: articleId, locale, draft: true, data: textData(text), ...as(user) })
}

export async function moveTask(
  payload: Payload,
  task: Translation,
  status: Translation['status'],
  user: TestUser,
  transitionComment?: string,
) {
  return payload.update({ collection: 'translations', id: task.id, data: { status, transitionComment }, ...as(user) })
}

/** Claim, start, save the translation as a draft, submit: the task ends in review. */
export async function translateAndSubmit(
  payload: Payload,
  args: { articleId: ArticleId; locale: TargetLocale; translator: TestUser; text: Text },
): Promise<Translation> {
  const task = await claimAndStart(payload, await taskFor(payload, args.articleId, args.locale), args.translator)
  await saveDraft(payload, args.articleId, args.locale, args.text, args.translator)
  return moveTask(payload, task, 'in_review', args.translator)
}

export async function translateAndApprove(
  payload: Payload,
  args: { articleId: ArticleId; locale: TargetLocale; translator: TestUser; editor: TestUser; text: Text },
): Promise<Translation> {
  const task = await translateAndSubmit(payload, args)
  return moveTask(payload, task, 'approved', args.editor)
}

/** An article published in Italian by the editor (so it has an author), with its tasks. */
export async function publishArticle(
  payload: Payload,
  editor: TestUser,
  args: { topic: number; text: Text; sources?: number[]; slug?: string },
): Promise<Article> {
  return payload.create({
    collection: 'articles',
    locale: 'it',
    data: { ...textData(args.text), slug: args.slug, topic: args.topic, sources: args.sources, _status: 'published' },
    ...as(editor),
  })
}

export type RawArticle = Record<string, unknown> & { id: number | string }

/** The published row itself, every locale, as the database holds it (no access, no hooks). */
export async function publishedRow(payload: Payload, id: ArticleId): Promise<RawArticle> {
  const row = await payload.db.findOne<RawArticle>({ collection: 'articles', where: { id: { equals: id } } })
  if (!row) throw new Error(`no published row for article ${id}`)
  return row
}

/** The working draft (latest version), every locale, as an editor reads it. */
export async function workingDraft(payload: Payload, id: ArticleId, editor: TestUser): Promise<Article> {
  return payload.findByID({ collection: 'articles', id, locale: 'all', draft: true, depth: 0, ...as(editor) })
}

export const localizedFields = ['title', 'slug', 'body', 'summary', 'seoTitle', 'seoDescription', 'searchText'] as const
export const editorFields = ['topic', 'sources', 'publishedAt', 'author'] as const

/** One locale's entries of the localized fields of a raw row (absent entries as null). */
export function localeSlice(row: RawArticle, locale: Locale): Record<string, unknown> {
  return Object.fromEntries(
    localizedFields.map((field) => {
      const map = row[field]
      const entries: Record<string, unknown> =
        typeof map === 'object' && map !== null ? Object.fromEntries(Object.entries(map)) : {}
      return [field, entries[locale] ?? null]
    }),
  )
}

export function editorSlice(row: RawArticle): Record<string, unknown> {
  return Object.fromEntries(editorFields.map((field) => [field, row[field] ?? null]))
}

/** Whether any locale entry of the raw row has text. */
export function hasText(row: RawArticle, locale: Locale): boolean {
  return Object.values(localeSlice(row, locale)).some((value) => value !== null && value !== '')
}

const gqlFields = 'id title summary seoDescription slug'

export type PublicView = { title: unknown; summary: unknown; seoDescription: unknown } | null

function view(value: unknown): PublicView {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null
  const record: Record<string, unknown> = Object.fromEntries(Object.entries(value))
  const pick = (key: string) => record[key] ?? null
  return { title: pick('title'), summary: pick('summary'), seoDescription: pick('seoDescription') }
}

function firstDoc(value: unknown): PublicView {
  if (typeof value !== 'object' || value === null || !('docs' in value) || !Array.isArray(value.docs)) return null
  return view(value.docs[0])
}

/**
 * What an anonymous caller reads of one article in `locale`, through the
 * Local API (find), REST (by id and list) and GraphQL (by id and list); null
 * where the article is not visible.
 */
export async function anonymousViews(payload: Payload, id: ArticleId, locale: Locale) {
  const where: Where = { id: { equals: id } }
  const local = await payload.find({ collection: 'articles', locale, where, depth: 0, ...anonymous })
  const byId = await rest(payload, 'GET', `/articles/${id}?locale=${locale}&depth=0`)
  const list = await rest(payload, 'GET', `/articles?locale=${locale}&depth=0&where[id][equals]=${id}`)
  const gql = await graphql(
    payload,
    `query ($id: Int!) { Article(id: $id, locale: ${locale}) { ${gqlFields} }
       Articles(where: { id: { equals: $id } }, locale: ${locale}) { docs { ${gqlFields} } } }`,
    { variables: { id } },
  )
  return {
    local: firstDoc(local),
    rest: byId.status === 200 ? view(byId.json) : null,
    restList: firstDoc(list.json),
    graphql: view(gql.data?.Article),
    graphqlList: firstDoc(gql.data?.Articles),
  }
}

/** The same view through every API: what a test expects from all five reads. */
export function everywhere(expected: PublicView) {
  return { local: expected, rest: expected, restList: expected, graphql: expected, graphqlList: expected }
}

export function publicView(text: Text): PublicView {
  const data = textData(text)
  return { title: data.title, summary: data.summary, seoDescription: data.seoDescription }
}

/** Everything an anonymous caller can get about the article, in every locale, `all` and draft reads included, as text. */
export async function everythingAnonymous(payload: Payload, id: ArticleId): Promise<string> {
  const answers: unknown[] = []
  for (const locale of ['it', 'fr', 'en'] as const) answers.push(await anonymousViews(payload, id, locale))
  for (const query of [
    `/articles/${id}?locale=all&depth=0`,
    `/articles/${id}?locale=all&draft=true&depth=0`,
    `/articles?locale=all&depth=0&where[id][equals]=${id}`,
    `/articles?locale=all&draft=true&depth=0&where[id][equals]=${id}`,
    `/articles?locale=fr&draft=true&depth=0&where[id][equals]=${id}`,
    `/articles?locale=en&draft=true&depth=0&where[id][equals]=${id}`,
    `/articles?draft=true&depth=0&where[id][equals]=${id}`,
    ...(['it', 'fr', 'en'] as const).map((locale) => `/articles/${id}?locale=${locale}&draft=true&depth=0`),
  ]) {
    answers.push((await rest(payload, 'GET', query)).json)
  }
  for (const locale of ['it', 'fr', 'en'] as const) {
    const query = `query ($id: Int!) { Article(id: $id, locale: ${locale}, draft: true) { ${gqlFields} }
      Articles(where: { id: { equals: $id } }, locale: ${locale}, draft: true) { docs { ${gqlFields} } } }`
    answers.push((await graphql(payload, query, { variables: { id } })).data)
  }
  answers.push(await payload.find({ collection: 'articles', locale: 'all', where: { id: { equals: id } }, ...anonymous }))
  answers.push(
    await payload.find({ collection: 'articles', locale: 'all', draft: true, where: { id: { equals: id } }, ...anonymous }),
  )
  return JSON.stringify(answers)
}
