import type { PayloadRequest } from 'payload'

import { locales } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { childReq } from '@/workflow/services/childReq'
import { storedPublicLocales } from '@/workflow/visibility'
import { relationId } from '@/lib/relations'
import { localeStrings, type LocaleMap } from '@/site/data/localized'
import type { ArticleSnapshot } from './targets'

/**
 * Reads what the public site shows of a document, in every locale, as it is
 * in the database now (inside the hook's transaction). Access is overridden:
 * this is the system looking at its own data, nothing is returned to a visitor.
 */

/** Ids are numbers on SQLite and strings on MongoDB: queries take either. */
type AnyId = number | string

export async function readTopicSlugs(req: PayloadRequest, id: AnyId | null): Promise<LocaleMap<string>> {
  if (id === null) return {}
  const { docs } = await req.payload.find({
    collection: 'topics',
    where: { id: { equals: id } },
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req: childReq(req),
    select: { name: true, slug: true },
  })
  const topic = docs[0]
  if (!topic) return {}
  const names = localeStrings(topic.name)
  const slugs = localeStrings(topic.slug)
  const map: LocaleMap<string> = {}
  for (const locale of locales) if (names[locale] && slugs[locale]) map[locale] = slugs[locale]
  return map
}

type ArticleRow = Pick<Article, 'id' | 'slug' | 'title' | 'publicLocales' | 'topic' | 'updatedAt' | '_status'>

async function toSnapshot(req: PayloadRequest, doc: ArticleRow): Promise<ArticleSnapshot> {
  const titles = localeStrings(doc.title)
  const slugs = localeStrings(doc.slug)
  const visible: LocaleMap<string> = {}
  for (const locale of locales) if (titles[locale] && slugs[locale]) visible[locale] = slugs[locale]
  const publicLocales = storedPublicLocales(doc)
  return {
    publicLocales,
    slugs: visible,
    topicSlugs: await readTopicSlugs(req, relationId(doc.topic) ?? null),
    updatedAt: doc.updatedAt,
  }
}

const articleSelect = { slug: true, title: true, publicLocales: true, topic: true, updatedAt: true, _status: true } as const

/** The published (live) version of an article; null when it does not exist. */
export async function articleSnapshot(req: PayloadRequest, id: AnyId): Promise<ArticleSnapshot | null> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    draft: false,
    overrideAccess: true,
    req: childReq(req),
    select: articleSelect,
  })
  const doc = docs[0]
  return doc ? toSnapshot(req, doc) : null
}

/** Live articles citing a source. */
export async function articlesCiting(req: PayloadRequest, id: AnyId): Promise<ArticleSnapshot[]> {
  const result = await req.payload.find({
    collection: 'articles',
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    pagination: false,
    limit: 0,
    where: { sources: { in: [id] } },
    req: childReq(req),
    select: articleSelect,
  })
  return Promise.all(result.docs.map((doc) => toSnapshot(req, doc)))
}
