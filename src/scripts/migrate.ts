import './loadEnv'

import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { databaseKind, defaultSqliteUrl } from '@/db/kind'
import { adoptDevPushedSchema } from '@/db/migrationState'
import { env } from '@/env'
import { migrations } from '@/migrations'
import config from '@/payload.config'
import { sqliteFilePath, sqliteStorageProblem, sqliteWriteProblem } from '@/startup/sqliteStorage'

/**
 * `npm run migrate`: applies the committed migrations (src/migrations) to the
 * SQLite database. `npm run dev` runs it before `next dev`; `npm start` applies
 * the same migrations itself, so deployers need it only to migrate ahead of a
 * start, or once for a database created by an older `npm run dev` (schema
 * pushed): that one is recorded as migrated when its schema matches.
 */
async function main(): Promise<void> {
  const url = env.databaseUrl ?? defaultSqliteUrl
  if (databaseKind(url) === 'mongodb') {
    console.info('MongoDB: there are no schema migrations to apply (indexes are created when the server starts).')
    return
  }
  const file = sqliteFilePath(url)
  // A fresh clone has no ./data yet: development creates it; a configured path or production must exist already.
  if (file && url === defaultSqliteUrl && !env.isProduction) mkdirSync(path.dirname(file), { recursive: true })
  const problem = sqliteStorageProblem(url) ?? (await sqliteWriteProblem(url))
  if (problem) throw new Error(problem)

  if (file) {
    // Before Payload starts: in production its start-up migrate would stop at the interactive prompt.
    const result = await adoptDevPushedSchema(
      file,
      migrations.map((migration) => migration.name),
    )
    if (result.adopted) {
      console.info(`${file}: schema pushed by an older \`npm run dev\` matches the migrations; recorded them as applied.`)
    } else if (result.reason === 'schema-differs') {
      throw new Error(
        `${file} was created by an older \`npm run dev\` (schema pushed, not migrated) and its schema differs from ` +
          `src/migrations (${result.difference}). Nothing was changed. Back it up (npm run backup), then either start ` +
          'from a new database (move the file away and run `npm run dev` or `npm run seed`) or write a migration that ' +
          'turns this schema into the committed one.',
      )
    }
  }

  const payload = await getPayload({ config })
  try {
    // Reads the same files as src/migrations/index.ts (the adapter's prodMigrations). In production
    // getPayload has already applied them on connect; then this finds nothing to do.
    await payload.db.migrate()
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
