import type { Payload, PayloadRequest } from 'payload'

import { locales, sourceLocale, targetLocales } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { slugify } from '@/lib/slugify'
import { fingerprintFields } from '@/workflow/fingerprint'
import { pickSource } from '@/workflow/source'
import { devAccounts } from './accounts'
import { seedArticles } from './data/articles'
import { seedCommonTerms, topicConcepts } from './data/glossary'
import { seedLegal } from './data/legal'
import { seedSiteSettings } from './data/siteSettings'
import { seedSources } from './data/sources'
import { seedTopics } from './data/topics'
import { richText } from '@/richtext/build'
import type { SeedArticle } from './types'

export type SeedOptions = {
  password: string
  /** Create the dev accounts. Refused in production unless explicitly allowed. */
  createDevAccounts: boolean
  log?: (line: string) => void
}

export type SeedReport = { created: Record<string, number> }

type IdOf<T extends { id: unknown }> = T['id']

/**
 * Fills the demo content. Idempotent: every record is looked up by a natural key
 * (e-mail, Italian question, source title) and only created when missing, so a second
 * run changes nothing. Runs inside one transaction where the database supports it,
 * so a failure half-way leaves no trace.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => undefined)
  const created: Record<string, number> = {
    users: 0,
    topics: 0,
    sources: 0,
    glossary: 0,
    articles: 0,
    translations: 0,
    globals: 0,
  }
  const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
  const req = { transactionID } as Partial<PayloadRequest>
  const context = { seeding: true }

  try {
    if (options.createDevAccounts) {
      for (const account of devAccounts) {
        const existing = await payload.find({ collection: 'users', where: { email: { equals: account.email } }, limit: 1, req })
        if (existing.docs.length > 0) continue
        await payload.create({
          collection: 'users',
          data: { ...account, password: options.password },
          req,
          context,
        })
        created.users += 1
      }
    }

    const topicIds = new Map<string, number | string>()
    for (const topic of seedTopics) {
      const existing = await payload.find({
        collection: 'topics',
        locale: sourceLocale,
        where: { slug: { equals: slugify(topic.slug[sourceLocale]) } },
        limit: 1,
        req,
      })
      let id = existing.docs[0]?.id
      if (id === undefined) {
        const doc = await payload.create({
          collection: 'topics',
          locale: sourceLocale,
          data: {
            name: topic.name[sourceLocale],
            slug: topic.slug[sourceLocale],
            description: topic.description[sourceLocale],
            order: topic.order,
          },
          req,
          context,
        })
        id = doc.id
        for (const locale of targetLocales) {
          const name = topic.name[locale]
          if (name === undefined) continue
          await payload.update({
            collection: 'topics',
            id,
            locale,
            data: { name, slug: topic.slug[locale], description: topic.description[locale] },
            req,
            context,
          })
        }
        created.topics += 1
      }
      topicIds.set(topic.key, id)
    }

    const sourceIds = new Map<string, number | string>()
    for (const source of seedSources) {
      const existing = await payload.find({
        collection: 'sources',
        where: { title: { equals: source.title } },
        limit: 1,
        req,
      })
      let id = existing.docs[0]?.id
      if (id === undefined) {
        const doc = await payload.create({
          collection: 'sources',
          data: {
            type: source.type,
            authors: source.authors.map(({ family, given }) => ({ family, given })),
            year: source.year,
            title: source.title,
            container: source.container,
            publisher: source.publisher,
            url: source.url,
            doi: source.doi,
            accessedAt: source.accessedAt ? new Date(`${source.accessedAt}T00:00:00.000Z`).toISOString() : undefined,
          },
          req,
          context,
        })
        id = doc.id
        created.sources += 1
      }
      sourceIds.set(source.key, id)
    }

    for (const concept of [...topicConcepts(seedTopics), ...seedCommonTerms]) {
      const title = concept.terms
        .filter((term) => term.locale === sourceLocale)
        .map((term) => term.text)
        .join(' / ')
      const existing = await payload.find({ collection: 'glossary', where: { title: { equals: title } }, limit: 1, req })
      if (existing.docs.length > 0) continue
      await payload.create({ collection: 'glossary', data: { ...concept, review: 'accepted' }, req, context })
      created.glossary += 1
    }

    const editor = await payload.find({ collection: 'users', where: { role: { equals: 'editor' } }, limit: 1, req })
    const authorId = editor.docs[0]?.id

    for (const article of seedArticles) {
      const existing = await payload.find({
        collection: 'articles',
        locale: sourceLocale,
        // By question, not slug: a change to the slug rules (src/lib/slugify.ts) must not make
        // an article already in the database look missing.
        where: { title: { equals: article.content[sourceLocale].title } },
        limit: 1,
        draft: true,
        req,
      })
      if (existing.docs.length > 0) continue
      await createArticle(payload, article, { topicIds, sourceIds, authorId, req, context })
      created.articles += 1
      created.translations += targetLocales.length
    }

    const legal = await payload.findGlobal({ slug: 'legal', locale: sourceLocale, fallbackLocale: false, req })
    if (!legal.title) {
      for (const locale of locales) {
        const page = seedLegal[locale]
        if (!page) continue
        await payload.updateGlobal({
          slug: 'legal',
          locale,
          data: { title: page.title, body: richText(page.body) },
          req,
          context,
        })
      }
      created.globals += 1
    }

    const settings = await payload.findGlobal({ slug: 'site-settings', locale: sourceLocale, fallbackLocale: false, req })
    if (!settings.tagline) {
      for (const locale of locales) {
        const tagline = seedSiteSettings.tagline[locale]
        if (tagline === undefined) continue
        await payload.updateGlobal({
          slug: 'site-settings',
          locale,
          data: {
            tagline,
            promo: seedSiteSettings.promo[locale],
            contactEmail: seedSiteSettings.contactEmail,
          },
          req,
          context,
        })
      }
      created.globals += 1
    }

    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw error
  }

  log(
    `Seed: created ${Object.entries(created)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ')}.`,
  )
  return { created }
}

type ArticleRefs = {
  topicIds: Map<string, number | string>
  sourceIds: Map<string, number | string>
  authorId: IdOf<{ id: number | string }> | undefined
  req: Partial<PayloadRequest>
  context: Record<string, unknown>
}

function refId(map: Map<string, number | string>, key: string, kind: string): number {
  const id = map.get(key)
  if (id === undefined) throw new Error(`Seed data: unknown ${kind} "${key}"`)
  // Generated types use SQLite's numeric ids; MongoDB's string ids pass through unchanged at runtime.
  return id as number
}

function localizedContent(content: SeedArticle['content'][typeof sourceLocale]) {
  return {
    title: content.title,
    slug: content.slug,
    body: richText(content.body),
    summary: content.summary,
    seoTitle: content.seoTitle,
    seoDescription: content.seoDescription,
  }
}

/** Creates a published article in every locale, with an approved translation task per target locale. */
async function createArticle(payload: Payload, article: SeedArticle, refs: ArticleRefs): Promise<Article> {
  const { req, context } = refs
  const source = localizedContent(article.content[sourceLocale])
  const publishedAt = new Date(article.publishedAt).toISOString()
  const doc = await payload.create({
    collection: 'articles',
    locale: sourceLocale,
    data: {
      ...source,
      topic: refId(refs.topicIds, article.topic, 'topic'),
      sources: article.sources.map((key) => refId(refs.sourceIds, key, 'source')),
      publishedAt,
      author: refs.authorId === undefined ? undefined : (refs.authorId as number),
      _status: 'published',
    },
    req,
    context,
  })
  const fingerprints = fingerprintFields(source)
  // Demo translations were approved with the article's last revision.
  const approvedAt = new Date(article.updatedAt ?? article.publishedAt).toISOString()
  for (const locale of targetLocales) {
    const content = article.content[locale]
    if (!content) continue
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale,
      data: { ...localizedContent(content), _status: 'published' },
      req,
      context,
    })
    await payload.create({
      collection: 'translations',
      data: {
        article: doc.id,
        locale,
        status: 'approved',
        approvedAt,
        sourceFingerprints: fingerprints,
        sourceSnapshot: pickSource(source),
        history: [{ at: approvedAt, from: 'in_review', to: 'approved', comment: 'Demo content' }],
      },
      req,
      context,
    })
  }
  // Each publication above stamped the published row with "now"; the demo's history says when
  // the article really went out and was last revised (what the site shows and the sitemap's
  // lastmod). Written on the row only: the versions keep their order for the working draft.
  await payload.db.updateOne({
    collection: 'articles',
    id: doc.id,
    data: { createdAt: publishedAt, updatedAt: approvedAt },
    req,
  })
  return doc
}
