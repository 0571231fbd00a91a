import './loadEnv'

import { databaseKind, defaultSqliteUrl } from '@/db/kind'
import { env } from '@/env'
import { backupSqlite } from '@/operations/backup'

/** `npm run backup [-- <file>]`: a consistent copy of the SQLite database (default `backups/<timestamp>.db`); safe while serving. */
async function main(): Promise<void> {
  const url = env.databaseUrl ?? defaultSqliteUrl
  if (databaseKind(url) === 'mongodb') {
    throw new Error(
      'DATABASE_URL is MongoDB: back it up with `mongodump --uri "$DATABASE_URL" --archive=<file> --gzip` (see README).',
    )
  }
  const target = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
  const file = await backupSqlite(url, target)
  console.info(`Backup written to ${file}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
