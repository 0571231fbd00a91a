import type { Payload, PayloadRequest } from 'payload'

import { locales, sourceLocale, targetLocales, type Locale } from '@/i18n/locales'
import { richText } from '@/richtext/build'
import { searchableText } from '@/site/search/searchText'
import { fingerprintFields } from '@/workflow/fingerprint'
import { pickSource } from '@/workflow/source'
import { createRng, type Rng } from './prng'
import { generateArticleContent, type SyntheticContent } from './text'

/**
 * Writes the synthetic catalogue through the database adapter (`payload.db`),
 * batch by batch inside transactions: the rows a published article has after
 * the editor's publish and two approved translations — the article in all
 * three locales, its latest version, `publicLocales`, its sources and one
 * approved task per target locale — without running the hooks for each of
 * them, which would take hours for 10,000 articles.
 */

export type TopicInfo = { id: number | string; name: Record<Locale, string>; slug: Record<Locale, string> }

export type SyntheticArticleRef = {
  id: number | string
  topicIndex: number
  slug: Record<Locale, string>
}

export type SyntheticOptions = {
  count: number
  seed: string
  batchSize: number
  topics: TopicInfo[]
  sourceIds: Array<number | string>
  authorId: number | string | undefined
  /** Newest publication date; articles go back from it, one every few hours. */
  newest: Date
  log?: (line: string) => void
}

export type SyntheticResult = { articles: SyntheticArticleRef[]; ms: number; translations: number }

/**
 * Zipf-like share of each topic (rank^-0.8): a few large topics and a long
 * tail, as real catalogues have, so "a deep page" exists even in a small run.
 */
export function topicWeights(topicCount: number): number[] {
  const weights = Array.from({ length: topicCount }, (_, rank) => 1 / Math.pow(rank + 1, 0.8))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  return weights.map((weight) => weight / total)
}

export function pickWeighted(weights: readonly number[], value: number): number {
  let cumulative = 0
  for (let i = 0; i < weights.length; i += 1) {
    cumulative += weights[i] ?? 0
    if (value < cumulative) return i
  }
  return weights.length - 1
}

type LocalizedValues = {
  title: Record<Locale, string>
  slug: Record<Locale, string>
  body: Record<Locale, ReturnType<typeof richText>>
  summary: Record<Locale, string>
  seoTitle: Record<Locale, string>
  seoDescription: Record<Locale, string>
  /** What the Articles hook would store (direct database writes skip hooks). */
  searchText: Record<Locale, string>
}

function localized(content: Record<Locale, SyntheticContent>): LocalizedValues {
  const map = <T>(pick: (value: SyntheticContent) => T): Record<Locale, T> =>
    Object.fromEntries(locales.map((locale) => [locale, pick(content[locale])])) as Record<Locale, T>
  const body = map((value) => richText(value.body))
  return {
    title: map((value) => value.title),
    slug: map((value) => value.slug),
    body,
    summary: map((value) => value.summary),
    seoTitle: map((value) => value.seoTitle),
    seoDescription: map((value) => value.seoDescription),
    searchText: Object.fromEntries(
      locales.map((locale) => [locale, searchableText({ ...content[locale], body: body[locale] })]),
    ) as Record<Locale, string>,
  }
}

/** An array row id as Payload makes them: 24 hex digits. */
export function rowId(rng: Rng): string {
  let id = ''
  for (let i = 0; i < 24; i += 1) id += Math.floor(rng.next() * 16).toString(16)
  return id
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i)
    const swap = copy[i]
    copy[i] = copy[j]
    copy[j] = swap
  }
  return copy
}

function idOf(doc: unknown): number | string {
  const id = typeof doc === 'object' && doc !== null ? (doc as { id?: unknown }).id : undefined
  if (typeof id !== 'number' && typeof id !== 'string') throw new Error('database adapter returned no id')
  return id
}

/**
 * A transaction per batch: one commit (and one wait for the disk) per batch
 * instead of per write, or 10,000 articles would take an hour.
 */
async function beginBatch(payload: Payload): Promise<number | string | undefined> {
  return (await payload.db.beginTransaction()) ?? undefined
}

async function endBatch(payload: Payload, id: number | string, how: 'commit' | 'rollback'): Promise<void> {
  await (how === 'commit' ? payload.db.commitTransaction(id) : payload.db.rollbackTransaction(id))
}

export async function seedSyntheticArticles(payload: Payload, options: SyntheticOptions): Promise<SyntheticResult> {
  const started = performance.now()
  const weights = topicWeights(options.topics.length)
  const articles: SyntheticArticleRef[] = []
  let translations = 0
  const hour = 3_600_000

  for (let from = 0; from < options.count; from += options.batchSize) {
    const to = Math.min(options.count, from + options.batchSize)
    const transactionID = await beginBatch(payload)
    const req = { transactionID } as Partial<PayloadRequest>
    try {
      for (let index = from; index < to; index += 1) {
        const rng = createRng(`${options.seed}:meta:${index}`)
        const topicIndex = pickWeighted(weights, rng.next())
        const topic = options.topics[topicIndex]
        if (!topic) throw new Error('no topics: run the demo seed first')
        const content = generateArticleContent({ seed: options.seed, index, topicName: topic.name })
        const values = localized(content)
        const sourceCount = Math.min(options.sourceIds.length, rng.int(2, 4))
        const sources = shuffled(options.sourceIds, rng).slice(0, sourceCount)
        // Newest first by index: article 0 is the most recent.
        const publishedAt = new Date(options.newest.getTime() - index * 7 * hour - rng.int(0, 6 * hour))
        const updatedAt = new Date(publishedAt.getTime() + rng.int(0, 48) * hour)
        const data = {
          ...values,
          topic: topic.id,
          sources,
          publishedAt: publishedAt.toISOString(),
          author: options.authorId,
          publicLocales: [...locales].sort(),
          _status: 'published',
          createdAt: publishedAt.toISOString(),
          updatedAt: updatedAt.toISOString(),
        }
        const created = await payload.db.create({ collection: 'articles', data, req, select: { id: true } })
        const id = idOf(created)
        await payload.db.createVersion({
          collectionSlug: 'articles',
          parent: id,
          versionData: { ...data, id },
          autosave: false,
          createdAt: data.createdAt,
          updatedAt: data.updatedAt,
          returning: false,
          req,
        })
        // What an approval leaves on the task (see collections/Translations/hooks/applyWorkflow.ts).
        const source = pickSource({
          title: values.title[sourceLocale],
          body: values.body[sourceLocale],
          summary: values.summary[sourceLocale],
          seoTitle: values.seoTitle[sourceLocale],
          seoDescription: values.seoDescription[sourceLocale],
        })
        const fingerprints = fingerprintFields(source)
        for (const locale of targetLocales) {
          await payload.db.create({
            collection: 'translations',
            data: {
              article: id,
              locale,
              taskKey: `${id}:${locale}`,
              status: 'approved',
              approvedAt: publishedAt.toISOString(),
              wordsToTranslate: 0,
              changedFields: [],
              sourceFingerprints: fingerprints,
              sourceSnapshot: source,
              // Array rows carry the id Payload would give them (24 hex digits, like an ObjectId).
              history: [
                { id: rowId(rng), at: publishedAt.toISOString(), from: 'todo', to: 'in_progress' },
                { id: rowId(rng), at: publishedAt.toISOString(), from: 'in_progress', to: 'in_review' },
                { id: rowId(rng), at: publishedAt.toISOString(), from: 'in_review', to: 'approved' },
              ],
              createdAt: publishedAt.toISOString(),
              updatedAt: publishedAt.toISOString(),
            },
            req,
            returning: false,
          })
          translations += 1
        }
        articles.push({ id, topicIndex, slug: values.slug })
      }
      if (transactionID !== undefined) await endBatch(payload, transactionID, 'commit')
    } catch (error) {
      if (transactionID !== undefined) await endBatch(payload, transactionID, 'rollback')
      throw error
    }
    if (options.log && (to === options.count || Math.floor(to / 1000) !== Math.floor(from / 1000))) {
      options.log(`synthetic articles: ${to}/${options.count} (${Math.round(performance.now() - started)} ms)`)
    }
  }
  return { articles, ms: performance.now() - started, translations }
}
