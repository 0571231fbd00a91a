import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * The indexes the public site's reads rely on (issue 5, "no full scans"): an
 * article by slug in a locale, a topic's articles, published ones, newest first,
 * and the ones public in a locale. Checked on the live schema of each database,
 * and on SQLite also in the committed migrations that production applies.
 */

const database = process.env.TEST_DATABASE === 'mongodb' ? 'mongodb' : 'sqlite'

/** table → leading columns of an index that must exist on it. */
const sqliteIndexes: Array<{ table: string; columns: string[]; why: string }> = [
  { table: 'articles_locales', columns: ['slug', '_locale'], why: 'article by slug per locale' },
  { table: 'articles', columns: ['topic_id'], why: "a topic's articles" },
  { table: 'articles', columns: ['_status'], why: 'published articles' },
  { table: 'articles', columns: ['published_at'], why: 'newest first' },
  { table: 'articles_public_locales', columns: ['value'], why: 'articles public in a locale' },
  { table: 'articles_public_locales', columns: ['parent_id'], why: "an article's public locales" },
]

function startsWith(indexColumns: string[], wanted: string[]): boolean {
  return wanted.every((column, i) => indexColumns[i] === column)
}

let ctx: TestPayload

beforeAll(async () => {
  ctx = await createTestPayload()
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe.runIf(database === 'sqlite')('indexes for the public reads (SQLite)', () => {
  it.each(sqliteIndexes)('$table has an index on ($columns): $why', async ({ table, columns }) => {
    const client = createClient({ url: ctx.databaseUrl })
    try {
      const indexes = await client.execute({
        sql: "select name from sqlite_master where type = 'index' and tbl_name = ?",
        args: [table],
      })
      const indexColumns: string[][] = []
      for (const row of indexes.rows) {
        const info = await client.execute(`pragma index_info("${String(row.name)}")`)
        indexColumns.push([...info.rows].sort((a, b) => Number(a.seqno) - Number(b.seqno)).map((column) => String(column.name)))
      }
      expect(
        indexColumns.some((candidate) => startsWith(candidate, columns)),
        JSON.stringify(indexColumns),
      ).toBe(true)
    } finally {
      client.close()
    }
  })

  it('the committed migrations create the same indexes (what production runs)', () => {
    const dir = path.resolve(__dirname, '../../src/migrations')
    const latest = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    type Snapshot = { tables: Record<string, { indexes: Record<string, { columns: string[] }> }> }
    const snapshot = JSON.parse(readFileSync(path.join(dir, latest ?? ''), 'utf8')) as Snapshot
    for (const { table, columns } of sqliteIndexes) {
      const indexes = Object.values(snapshot.tables[table]?.indexes ?? {}).map((index) => index.columns)
      expect(
        indexes.some((candidate) => startsWith(candidate, columns)),
        `${table} (${columns.join(', ')})`,
      ).toBe(true)
    }
  })
})

// Skipped (and shown as skipped) in the SQLite run; the int:mongodb project exists only when MONGODB_TEST_URL is set.
describe.runIf(database === 'mongodb')('indexes for the public reads (MongoDB: needs MONGODB_TEST_URL)', () => {
  it('articles are indexed by slug per locale, topic, status, publishedAt and publicLocales', async () => {
    type IndexModel = { listIndexes: () => Promise<Array<{ key: Record<string, unknown> }>> }
    const articles = (ctx.payload.db as unknown as { collections: Record<string, IndexModel> }).collections.articles
    expect(articles).toBeDefined()
    const keys = (await articles?.listIndexes())?.map((index) => Object.keys(index.key)) ?? []
    const leading = new Set(keys.map((key) => key[0]))
    for (const locale of locales) expect(leading, `slug.${locale}`).toContain(`slug.${locale}`)
    for (const field of ['topic', '_status', 'publishedAt', 'publicLocales']) expect(leading, field).toContain(field)
  })
})
