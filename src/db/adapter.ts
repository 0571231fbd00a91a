import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'
import { databaseKind, defaultSqliteUrl } from './kind'
import { indexLocaleParents } from './sqliteIndexes'
import { mongoQueryCounting, sqliteQueryCounting } from './queryCounter'
import { manageTransactions } from './transactions'

export { databaseKind, defaultSqliteUrl, type DatabaseKind } from './kind'

/** Atlas (`mongodb+srv`) is always a replica set; otherwise the URL must name one for transactions to work. */
export function mongoSupportsTransactions(url: string): boolean {
  return url.startsWith('mongodb+srv://') || /[?&]replicaSet=/.test(url)
}

/**
 * The single place that knows which database is in use. `DATABASE_URL` decides:
 * `mongodb://` / `mongodb+srv://` → MongoDB, unset or `file:` → SQLite.
 */
export function databaseAdapter(url: string | undefined, options: { schemaPush?: boolean } = {}): DatabaseAdapterObj {
  const kind = databaseKind(url)
  const base = kind === 'mongodb' && url ? mongoAdapter(url) : sqlite(url, options.schemaPush ?? false)
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      manageTransactions(adapter, { serialize: kind === 'sqlite' })
      return adapter
    },
  }
}

function mongoAdapter(url: string): DatabaseAdapterObj {
  return mongooseAdapter({
    url,
    transactionOptions: mongoSupportsTransactions(url) ? {} : false,
    // Unique indexes (slug per locale, one task per article × locale) must exist before the first write.
    ensureIndexes: true,
    // `npm run bench` only (BENCH_COUNT_QUERIES=1); adds nothing otherwise.
    ...mongoQueryCounting(),
  })
}

function sqlite(url: string | undefined, schemaPush: boolean): DatabaseAdapterObj {
  return sqliteAdapter({
    client: { url: url ?? defaultSqliteUrl },
    migrationDir: path.resolve(process.cwd(), 'src', 'migrations'),
    // Only tests push the schema. Development applies the committed migrations before `next dev`
    // (src/scripts/migrate.ts), production on start: one schema history, so a database made by
    // `npm run dev` starts in production without Payload's "dev mode, data loss" prompt.
    push: schemaPush,
    prodMigrations: migrations,
    busyTimeout: 5_000,
    // Every write is one transaction (see ./transactions: they are queued within the process).
    // WAL lets the site read while a write is open; FULL syncs each commit, so an acknowledged
    // write survives a crash.
    transactionOptions: {},
    wal: { synchronous: 'FULL' },
    afterSchemaInit: [indexLocaleParents],
    // `npm run bench` only (BENCH_COUNT_QUERIES=1); adds nothing otherwise.
    ...sqliteQueryCounting(),
  })
}
