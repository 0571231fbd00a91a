/**
 * Child process of `npm run bench` (bench/memory.ts): the translation memory's figures on a
 * fresh database. Fills the `translation-memory` collection's table with BENCH_MEMORY_PAIRS
 * pairs from the synthetic catalogue (bench/lib/memoryPairs.ts) in bulk — multi-row INSERTs in
 * transactions on SQLite, insertMany on MongoDB: the real table and columns, without running
 * Payload's hooks per row, which would take an hour for 200,000 pairs — then measures through
 * the service the lookup endpoint uses (src/workflow/services/translationMemory.ts): the first
 * lookup (which builds the pair's index from the table), BENCH_MEMORY_QUERIES lookups (a
 * quarter sentences of the memory, a quarter the same with a word changed, half sentences of
 * other articles), and the leverage analysis of a 1,500-word article, half of it from the
 * memory's articles. Writes its result as JSON to BENCH_TASK_OUT.
 */
import { writeFileSync } from 'node:fs'

import { getPayload, type Payload } from 'payload'

import { buildAppConfig } from '@/buildConfig'
import { perLocale } from '@/i18n/locales'
import { leverageOf, queriesOf } from '@/memory/leverage'
import { exactKey } from '@/memory/normalise'
import { richText } from '@/richtext/build'
import { segmentField } from '@/segments/field'
import { forgetMemoryIndexes, lookupMemory } from '@/workflow/services/translationMemory'
import { syntheticPairs, type BenchPair } from '../lib/memoryPairs'
import { createRng } from '../lib/prng'
import { summarize } from '../lib/stats'
import { generateArticleContent, generateBody } from '../lib/text'
import type { MemoryBenchResult } from '../lib/types'

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`bench memory task: ${name} is not set`)
  return value
}

function log(line: string) {
  console.info(`[bench:memory] ${line}`)
}

type SqlStatement = { sql: string; args: Array<string | null> }
type SqlClient = { batch: (statements: SqlStatement[], mode: 'write') => Promise<unknown> }
type MongoCollections = Record<string, { insertMany: (docs: object[]) => Promise<unknown> } | undefined>

const rowsPerInsert = 400
const insertsPerTransaction = 25
const columns = [
  'source_locale',
  'target_locale',
  'source_text',
  'target_text',
  'key',
  'context_before',
  'context_after',
  'field',
  'approved_at',
  'origin',
] as const

function row(pair: BenchPair, approvedAt: string): Array<string | null> {
  return ['it', 'fr', pair.source, pair.target, exactKey(pair.source), pair.before, pair.after, 'body', approvedAt, 'approval']
}

async function insertPairs(payload: Payload, pairs: readonly BenchPair[]): Promise<void> {
  const approvedAt = new Date().toISOString()
  if (payload.db.name === 'mongoose') {
    const collection = (payload.db as unknown as { collections: MongoCollections }).collections['translation-memory']
    if (!collection) throw new Error('no translation-memory model')
    for (let i = 0; i < pairs.length; i += rowsPerInsert * insertsPerTransaction) {
      await collection.insertMany(
        pairs.slice(i, i + rowsPerInsert * insertsPerTransaction).map((pair) => {
          const [sourceLocale, targetLocale, sourceText, targetText, key, contextBefore, contextAfter, field] = row(
            pair,
            approvedAt,
          )
          return {
            sourceLocale,
            targetLocale,
            sourceText,
            targetText,
            key,
            contextBefore,
            contextAfter,
            field,
            approvedAt,
            origin: 'approval',
          }
        }),
      )
    }
    return
  }
  const client = (payload.db as unknown as { client?: SqlClient }).client
  if (!client) throw new Error('no SQLite client')
  const placeholders = `(${columns.map(() => '?').join(', ')})`
  const statements: SqlStatement[] = []
  for (let i = 0; i < pairs.length; i += rowsPerInsert) {
    const chunk = pairs.slice(i, i + rowsPerInsert)
    statements.push({
      sql: `INSERT INTO translation_memory (${columns.join(', ')}) VALUES ${chunk.map(() => placeholders).join(', ')}`,
      args: chunk.flatMap((pair) => row(pair, approvedAt)),
    })
  }
  for (let i = 0; i < statements.length; i += insertsPerTransaction) {
    await client.batch(statements.slice(i, i + insertsPerTransaction), 'write')
  }
}

/** The queries: memory sentences, the same with a word changed, and sentences of articles not in the memory. */
function queriesFor(memory: readonly BenchPair[], others: readonly BenchPair[], count: number, seed: string): BenchPair[] {
  const rng = createRng(`${seed}:memory-queries`)
  return Array.from({ length: count }, (_, i) => {
    if (i % 4 === 0) return rng.pick(memory)
    if (i % 4 === 1) {
      const words = rng.pick(memory).source.split(' ')
      words.splice(rng.int(0, words.length - 1), 1, 'variante')
      return { source: words.join(' '), target: '', before: null, after: null }
    }
    return others[i % others.length] ?? rng.pick(memory)
  })
}

/** A 1,500-word article: the first blocks of a memory article, the rest new text. */
function leverageArticle(seed: string) {
  // Only the Italian body is read; every locale still needs a topic name.
  const known = generateArticleContent({ seed, index: 0, topicName: perLocale(() => 'Reti') }).it.body
  const fresh = generateBody(createRng(`${seed}:leverage-article`), 'it', 1500)
  const blocks = [...known.slice(0, Math.floor(known.length / 2)), ...fresh.blocks]
  const words = (value: ReturnType<typeof richText>) =>
    segmentField('body', value, 'it').segments.reduce((n, s) => n + s.words, 0)
  // Trim the new text's blocks until the article is 1,500 words or just under.
  while (blocks.length > 1 && words(richText(blocks)) > 1500) blocks.pop()
  return richText(blocks)
}

async function main() {
  const out = required('BENCH_TASK_OUT')
  const count = Number(required('BENCH_MEMORY_PAIRS'))
  const queryCount = Number(required('BENCH_MEMORY_QUERIES'))
  const seed = process.env.BENCH_SEED ?? 'dinogeek-bench'
  const config = await buildAppConfig({
    databaseUrl: required('BENCH_DB_URL'),
    payloadSecret: required('PAYLOAD_SECRET'),
    serverUrl: 'http://127.0.0.1:3000',
    mail: { fromAddress: 'bench@example.com', fromName: 'Bench' },
  })
  const payload = await getPayload({ config })
  try {
    let started = performance.now()
    const { pairs, articles } = syntheticPairs(seed, count)
    const generateMs = performance.now() - started
    log(`${pairs.length} pairs from ${articles} synthetic articles in ${Math.round(generateMs)} ms`)
    started = performance.now()
    await insertPairs(payload, pairs)
    const insertMs = performance.now() - started
    const { totalDocs } = await payload.count({ collection: 'translation-memory' })
    log(`inserted in ${Math.round(insertMs)} ms; the collection counts ${totalDocs}`)
    forgetMemoryIndexes()

    const others = syntheticPairs(`${seed}:not-in-memory`, Math.ceil(queryCount / 2)).pairs
    const queries = queriesFor(pairs, others, queryCount, seed)
    const lookup = (query: BenchPair, limit = 5) =>
      lookupMemory(payload, { from: 'it', to: 'fr', text: query.source, before: query.before, after: query.after, limit })
    started = performance.now()
    await lookup(queries[0] ?? { source: 'prima', target: '', before: null, after: null })
    const firstLookupMs = performance.now() - started
    log(`first lookup (builds the index) ${Math.round(firstLookupMs)} ms`)

    const times: number[] = []
    let found = 0
    for (const query of queries) {
      const at = performance.now()
      found += (await lookup(query)).length > 0 ? 1 : 0
      times.push(performance.now() - at)
    }
    const lookups = summarize(times)
    log(`${queries.length} lookups: p50 ${lookups.p50.toFixed(2)} ms, p95 ${lookups.p95.toFixed(2)} ms, ${found} with a match`)

    const article = leverageArticle(seed)
    const analyse = async () => {
      const at = performance.now()
      const segments = segmentField('body', article, 'it').segments
      const scored = []
      for (const [i, query] of queriesOf(segments).entries()) {
        const best = (await lookupMemory(payload, { from: 'it', to: 'fr', ...query, limit: 1 }))[0]
        scored.push({ words: segments[i]?.words ?? 0, score: best?.score ?? 0 })
      }
      return { ms: performance.now() - at, leverage: leverageOf(scored) }
    }
    await analyse()
    const runs = [await analyse(), await analyse(), await analyse()]
    const median = runs.map((run) => run.ms).sort((a, b) => a - b)[1] ?? Number.NaN
    const leverage = runs[0]?.leverage
    log(`leverage of a ${leverage?.total.words ?? 0}-word article: ${median.toFixed(0)} ms (median of 3)`)

    const result: MemoryBenchResult = {
      database: payload.db.name === 'mongoose' ? 'mongodb' : 'sqlite',
      pairs: totalDocs,
      generateMs,
      insertMs,
      firstLookupMs,
      lookups,
      lookupsWithMatch: found,
      leverage: {
        words: leverage?.total.words ?? 0,
        segments: leverage?.total.segments ?? 0,
        ms: median,
        bands: leverage?.bands ?? null,
      },
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
