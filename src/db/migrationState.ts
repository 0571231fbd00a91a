import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'

/**
 * Databases created before development used the committed migrations carry
 * Payload's dev-push marker (a `payload_migrations` row with batch -1). With
 * it, Payload's SQLite migrate stops at an interactive "data loss will occur"
 * prompt. When the pushed schema is exactly the committed one, the migrations
 * can simply be recorded as applied: no table is touched.
 */

type Snapshot = { tables: Record<string, { columns: Record<string, unknown>; indexes: Record<string, unknown> }> }

export const migrationsDir = path.resolve(process.cwd(), 'src', 'migrations')

function latestSnapshot(dir: string): Snapshot {
  const file = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .at(-1)
  if (!file) throw new Error(`no migration snapshot in ${dir}`)
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Snapshot
}

/** Tables, their columns and the index names: what the migrations test compares too. */
async function liveSchema(client: Client): Promise<{ tables: Record<string, string[]>; indexes: string[] }> {
  const tables = await client.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
  )
  const result: Record<string, string[]> = {}
  for (const row of tables.rows) {
    const name = String(row.name)
    const columns = await client.execute(`pragma table_info("${name.replaceAll('"', '""')}")`)
    result[name] = columns.rows.map((column) => String(column.name)).sort()
  }
  const indexes = await client.execute("select name from sqlite_master where type = 'index' and name not like 'sqlite_%'")
  return { tables: result, indexes: indexes.rows.map((row) => String(row.name)).sort() }
}

/** The first difference between the database and the committed schema, or undefined. */
export function schemaDifference(
  live: { tables: Record<string, string[]>; indexes: string[] },
  snapshot: Snapshot,
): string | undefined {
  const committed = Object.fromEntries(
    Object.entries(snapshot.tables).map(([name, table]) => [name, Object.keys(table.columns).sort()]),
  )
  for (const name of Object.keys(committed)) {
    if (!live.tables[name]) return `table ${name} is missing`
    if (live.tables[name].join(',') !== committed[name].join(',')) return `table ${name} has other columns`
  }
  for (const name of Object.keys(live.tables)) if (!committed[name]) return `table ${name} is not in the migrations`
  const committedIndexes = Object.values(snapshot.tables)
    .flatMap((table) => Object.keys(table.indexes))
    .sort()
  if (committedIndexes.join(',') !== live.indexes.join(',')) return 'the indexes differ'
  return undefined
}

export type AdoptResult =
  { adopted: false; reason: 'no-marker' } | { adopted: true } | { adopted: false; reason: 'schema-differs'; difference: string }

/**
 * Replaces the dev-push marker by the committed migrations (batch 1) when the
 * database schema equals the newest snapshot; changes nothing otherwise.
 */
export async function adoptDevPushedSchema(
  file: string,
  migrationNames: string[],
  dir: string = migrationsDir,
): Promise<AdoptResult> {
  const client = createClient({ url: `file:${file}` })
  try {
    const marker = await client.execute(
      "select count(*) as n from sqlite_master where type = 'table' and name = 'payload_migrations'",
    )
    if (Number(marker.rows[0]?.n ?? 0) === 0) return { adopted: false, reason: 'no-marker' }
    const rows = await client.execute('select name, batch from payload_migrations')
    if (!rows.rows.some((row) => Number(row.batch) === -1)) return { adopted: false, reason: 'no-marker' }
    const difference = schemaDifference(await liveSchema(client), latestSnapshot(dir))
    if (difference) return { adopted: false, reason: 'schema-differs', difference }
    const recorded = new Set(rows.rows.filter((row) => Number(row.batch) !== -1).map((row) => String(row.name)))
    const batch = Math.max(0, ...rows.rows.map((row) => Number(row.batch))) + 1
    const statements = [
      { sql: 'delete from payload_migrations where batch = -1', args: [] },
      ...migrationNames
        .filter((name) => !recorded.has(name))
        .map((name) => ({ sql: 'insert into payload_migrations (name, batch) values (?, ?)', args: [name, batch] })),
    ]
    await client.batch(statements, 'write')
    return { adopted: true }
  } finally {
    client.close()
  }
}
