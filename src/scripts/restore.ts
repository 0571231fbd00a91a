import './loadEnv'

import { databaseKind, defaultSqliteUrl } from '@/db/kind'
import { env } from '@/env'
import { restoreSqlite } from '@/operations/backup'

/** `npm run restore -- <backup> [--force]`: puts a backup in place of the SQLite database (stop the server first). */
async function main(): Promise<void> {
  const url = env.databaseUrl ?? defaultSqliteUrl
  if (databaseKind(url) === 'mongodb') {
    throw new Error(
      'DATABASE_URL is MongoDB: restore with `mongorestore --uri "$DATABASE_URL" --archive=<file> --gzip --drop` (see README).',
    )
  }
  const args = process.argv.slice(2)
  const source = args.find((arg) => !arg.startsWith('--'))
  if (!source) throw new Error('Usage: npm run restore -- <backup file> [--force]')
  const file = await restoreSqlite(source, url, { force: args.includes('--force') })
  console.info(`Restored ${source} to ${file}. Start the server again; it applies any newer migrations.`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
