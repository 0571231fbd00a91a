/**
 * Child process of `npm run bench` (NODE_ENV=production, so SQLite gets the
 * committed migrations exactly as `npm start` does): seeds the demo content and
 * the synthetic catalogue, then measures the Local API on the same database
 * and, on SQLite, records the query plans of the hot queries. Writes its
 * result as JSON to BENCH_TASK_OUT. With BENCH_TASK=drop it only drops the
 * (MongoDB) database.
 */
import { writeFileSync } from 'node:fs'
import { statSync } from 'node:fs'

import { getPayload, type Payload, type Where } from 'payload'

import { buildAppConfig } from '@/buildConfig'
import { benchQueryCounter } from '@/db/queryCounter'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import { seed } from '@/seed'
import { classifyPlan } from '../lib/plans'
import { createRng } from '../lib/prng'
import { summarize } from '../lib/stats'
import { seedSyntheticArticles, type TopicInfo } from '../lib/synthetic'
import { searchWord } from '../lib/text'
import type { QueryPlan, SeedTaskResult } from '../lib/types'

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`bench seed task: ${name} is not set`)
  return value
}

function log(line: string) {
  console.info(`[bench:seed] ${line}`)
}

async function openPayload(databaseUrl: string): Promise<Payload> {
  const config = await buildAppConfig({
    databaseUrl,
    payloadSecret: required('PAYLOAD_SECRET'),
    serverUrl: process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://127.0.0.1:3000',
    mail: { fromAddress: 'bench@example.com', fromName: 'Bench' },
  })
  return getPayload({ config })
}

type LocaleMapDoc = { id: number | string; name?: unknown; slug?: unknown }

function localeMap(value: unknown): Record<Locale, string> {
  const result = {} as Record<Locale, string>
  for (const locale of locales) {
    const text = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[locale] : undefined
    result[locale] = typeof text === 'string' ? text : ''
  }
  return result
}

type SqlClient = {
  execute: (statement: {
    sql: string
    args: Array<string | number | bigint | null>
  }) => Promise<{ rows: Array<Record<string, string | number | bigint | null>> }>
}

function sqliteClient(payload: Payload): SqlClient | undefined {
  const client = (payload.db as unknown as { client?: SqlClient }).client
  return payload.db.name === 'sqlite' && client ? client : undefined
}

function sqlArgs(params: readonly unknown[]): Array<string | number | bigint | null> {
  return params.map((param) =>
    typeof param === 'string' || typeof param === 'number' || typeof param === 'bigint' || param === null
      ? param
      : typeof param === 'boolean'
        ? Number(param)
        : JSON.stringify(param),
  )
}

/** Runs `operation`, captures the SELECTs it sends and asks SQLite how it executes each. */
async function explain(payload: Payload, label: string, operation: () => Promise<unknown>): Promise<QueryPlan> {
  const counter = benchQueryCounter()
  const client = sqliteClient(payload)
  const captured: Array<{ sql: string; params: readonly unknown[] }> = []
  const stop = counter?.onQuery((sql, params) => captured.push({ sql, params }))
  try {
    await operation()
  } finally {
    stop?.()
  }
  const statements: QueryPlan['statements'] = []
  for (const { sql, params } of captured) {
    if (!client || !/^\s*select/i.test(sql)) {
      statements.push({ sql, plan: [] })
      continue
    }
    const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: sqlArgs(params) })
    statements.push({ sql, plan: result.rows.map((row) => String(row.detail ?? '')) })
  }
  return { label, queries: captured.length, ...classifyPlan(statements.flatMap((statement) => statement.plan)), statements }
}

async function main() {
  const databaseUrl = required('BENCH_DB_URL')
  const out = required('BENCH_TASK_OUT')
  const payload = await openPayload(databaseUrl)
  try {
    if (process.env.BENCH_TASK === 'drop') {
      const connection = (payload.db as unknown as { connection?: { dropDatabase?: () => Promise<unknown> } }).connection
      await connection?.dropDatabase?.()
      writeFileSync(out, JSON.stringify({ dropped: true }))
      return
    }
    const count = Number(required('BENCH_ARTICLES'))
    const seedText = process.env.BENCH_SEED || 'dinogeek-bench'
    const password = required('BENCH_PASSWORD')
    const locale = process.env.BENCH_LOCALE ?? 'fr'
    if (!isLocale(locale)) throw new Error(`BENCH_LOCALE must be one of ${locales.join(', ')}`)
    const pageSize = Number(process.env.BENCH_PAGE_SIZE || 10)
    const localApiCalls = Number(process.env.BENCH_LOCAL_API_CALLS || 1000)

    const demoStarted = performance.now()
    await seed(payload, { password, createDevAccounts: true, log })
    const demoMs = performance.now() - demoStarted

    const topicDocs = await payload.find({ collection: 'topics', locale: 'all', pagination: false, depth: 0, sort: 'order' })
    const topics: TopicInfo[] = topicDocs.docs.map((doc) => {
      const raw = doc as unknown as LocaleMapDoc
      return { id: raw.id, name: localeMap(raw.name), slug: localeMap(raw.slug) }
    })
    const sources = await payload.find({ collection: 'sources', pagination: false, depth: 0, select: {} })
    const editor = await payload.find({ collection: 'users', where: { role: { equals: 'editor' } }, limit: 1, depth: 0 })

    const queriesBeforeSynthetic = benchQueryCounter()?.count ?? 0
    const cpuBeforeSynthetic = process.cpuUsage()
    const synthetic = await seedSyntheticArticles(payload, {
      count,
      seed: seedText,
      batchSize: Number(process.env.BENCH_BATCH || 100),
      topics,
      sourceIds: sources.docs.map((doc) => doc.id),
      authorId: editor.docs[0]?.id,
      newest: new Date('2026-11-01T08:00:00.000Z'),
      log,
    })
    const syntheticQueries = (benchQueryCounter()?.count ?? 0) - queriesBeforeSynthetic
    const syntheticCpu = process.cpuUsage(cpuBeforeSynthetic)
    log(`seeded ${synthetic.articles.length} synthetic articles in ${Math.round(synthetic.ms)} ms (${syntheticQueries} queries)`)

    // The article every page benchmark reads: one from the middle of the catalogue (not on the home page).
    const benchArticle = synthetic.articles[Math.floor(synthetic.articles.length / 2)]
    if (!benchArticle) throw new Error('BENCH_ARTICLES must be at least 1')

    // The largest topic, and how many articles a visitor sees in it in the bench locale.
    const perTopic = new Map<number, number>()
    for (const article of synthetic.articles) perTopic.set(article.topicIndex, (perTopic.get(article.topicIndex) ?? 0) + 1)
    const [bigTopicIndex] = [...perTopic.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0]
    const bigTopic = topics[bigTopicIndex]
    if (!bigTopic) throw new Error('no topic')
    const topicWhere: Where = { topic: { equals: bigTopic.id } }
    const visibleInTopic = await payload.count({ collection: 'articles', locale, where: topicWhere, overrideAccess: false })

    // Local API find by localized slug, as the site reads (anonymous, no fallback), on random articles.
    const counter = benchQueryCounter()
    const rng = createRng(`${seedText}:localapi`)
    const findBySlug = (slug: string) =>
      payload.find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        overrideAccess: false,
      })
    // Bounded in time too: on a catalogue where each read scans a table, 1,000 calls could take many minutes.
    const budgetMs = Number(process.env.BENCH_LOCAL_API_BUDGET_S || 120) * 1000
    const warmupEnds = performance.now() + budgetMs / 10
    for (let i = 0; i < 50 && performance.now() < warmupEnds; i += 1) await findBySlug(rng.pick(synthetic.articles).slug[locale])
    const queriesBefore = counter?.count ?? 0
    const samples: number[] = []
    let misses = 0
    const budgetEnds = performance.now() + budgetMs
    for (let i = 0; i < localApiCalls && performance.now() < budgetEnds; i += 1) {
      const slug = rng.pick(synthetic.articles).slug[locale]
      const started = performance.now()
      const result = await findBySlug(slug)
      samples.push(performance.now() - started)
      if (result.docs.length !== 1) misses += 1
    }
    const queriesPerCall = counter ? (counter.count - queriesBefore) / Math.max(1, samples.length) : null

    const plans: QueryPlan[] = []
    if (sqliteClient(payload)) {
      plans.push(await explain(payload, `find by slug (${locale}, anonymous)`, () => findBySlug(benchArticle.slug[locale])))
      plans.push(
        await explain(payload, `topic listing page 1 (${locale}, -publishedAt, limit ${pageSize})`, () =>
          payload.find({
            collection: 'articles',
            locale,
            fallbackLocale: false,
            where: topicWhere,
            sort: '-publishedAt',
            limit: pageSize,
            depth: 0,
            overrideAccess: false,
          }),
        ),
      )
      plans.push(
        await explain(payload, 'admin list (draft, -updatedAt, limit 10)', () =>
          payload.find({ collection: 'articles', draft: true, sort: '-updatedAt', limit: 10, depth: 0 }),
        ),
      )
    }

    let databaseBytes: number | null = null
    if (databaseUrl.startsWith('file:')) {
      try {
        databaseBytes = statSync(databaseUrl.slice('file:'.length)).size
      } catch {
        databaseBytes = null
      }
    }

    const result: SeedTaskResult = {
      database: payload.db.name === 'sqlite' ? 'sqlite' : 'mongodb',
      demoSeedMs: demoMs,
      syntheticMs: synthetic.ms,
      syntheticCpuMs: (syntheticCpu.user + syntheticCpu.system) / 1000,
      syntheticArticles: synthetic.articles.length,
      syntheticQueriesPerArticle: benchQueryCounter() ? syntheticQueries / Math.max(1, synthetic.articles.length) : null,
      translations: synthetic.translations,
      databaseBytes,
      benchArticle: { id: benchArticle.id, slug: benchArticle.slug },
      bigTopic: { id: bigTopic.id, slug: bigTopic.slug, articles: visibleInTopic.totalDocs },
      topicCount: topics.length,
      searchWord: searchWord(locale),
      localApi: { ...summarize(samples), misses, queriesPerCall },
      plans,
    }
    writeFileSync(out, JSON.stringify(result, null, 2))
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
