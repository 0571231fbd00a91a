import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Development and production SQLite run the committed migrations, only tests
 * push the schema. This catches a collection change committed without
 * regenerating the migration (`npm run migrate:create`), before it breaks
 * `npm run dev` and `npm start`.
 */

type Snapshot = { tables: Record<string, { columns: Record<string, unknown>; indexes: Record<string, unknown> }> }

const dir = path.resolve(__dirname, '../../src/migrations')

/** The schema after every committed migration: the newest drizzle snapshot. */
function latestSnapshot(): Snapshot {
  const file = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .at(-1)
  if (!file) throw new Error('no migration snapshot in src/migrations')
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Snapshot
}

let ctx: TestPayload

beforeAll(async () => {
  ctx = await createTestPayload()
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe.runIf(process.env.TEST_DATABASE !== 'mongodb')('SQLite migrations', () => {
  it('describe exactly the schema the collections define', async () => {
    const client = createClient({ url: ctx.databaseUrl })
    const tables = await client.execute(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
    )
    const live: Record<string, string[]> = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const columns = await client.execute(`pragma table_info("${name}")`)
      live[name] = columns.rows.map((column) => String(column.name)).sort()
    }
    const indexes = await client.execute("select name from sqlite_master where type = 'index' and name not like 'sqlite_%'")
    client.close()

    const snapshot = latestSnapshot()
    const committed = Object.fromEntries(
      Object.entries(snapshot.tables).map(([name, table]) => [name, Object.keys(table.columns).sort()]),
    )
    expect(committed).toEqual(live)
    const committedIndexes = Object.values(snapshot.tables).flatMap((table) => Object.keys(table.indexes))
    expect(committedIndexes.sort()).toEqual(indexes.rows.map((row) => String(row.name)).sort())
  })
})
