import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { sqliteFilePath } from '@/startup/sqliteStorage'

/**
 * SQLite backups for `npm run backup` / `npm run restore`. `VACUUM INTO`
 * copies the database through SQLite itself: it reads one snapshot, so the
 * copy is consistent while the server keeps reading and writing (WAL), and it
 * never contains a transaction that had not committed when it began.
 */

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

/** `backups/2026-12-01T21-43-04-123Z.db` under `cwd`: sortable, no `:` (not allowed on every file system). */
export function defaultBackupPath(now: Date = new Date(), cwd: string = process.cwd()): string {
  return path.join(cwd, 'backups', `${now.toISOString().replaceAll(':', '-').replace('.', '-')}.db`)
}

function databaseFile(url: string): string {
  const file = sqliteFilePath(url)
  if (!file) throw new BackupError(`DATABASE_URL ${url} does not name a SQLite file.`)
  return file
}

async function integrityProblem(file: string): Promise<string | undefined> {
  const client = createClient({ url: `file:${file}` })
  try {
    const result = await client.execute('PRAGMA integrity_check')
    const answer = result.rows.map((row) => String(Object.values(row)[0])).join('; ')
    return answer === 'ok' ? undefined : answer
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    client.close()
  }
}

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

/** Writes a consistent copy of the database at `url` to `target` (which must not exist); returns its path. */
export async function backupSqlite(url: string, target: string = defaultBackupPath()): Promise<string> {
  const source = databaseFile(url)
  if (!existsSync(source)) throw new BackupError(`SQLite database ${source} does not exist: nothing to back up.`)
  const destination = path.resolve(target)
  if (existsSync(destination)) throw new BackupError(`${destination} already exists: choose another backup path.`)
  mkdirSync(path.dirname(destination), { recursive: true })
  const client = createClient({ url: `file:${source}` })
  try {
    // Waits for a writer holding the lock at most this long; readers never block it (WAL).
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute(`VACUUM INTO ${sqlString(destination)}`)
  } finally {
    client.close()
  }
  const problem = await integrityProblem(destination)
  if (problem) throw new BackupError(`The backup ${destination} failed its integrity check: ${problem}`)
  return destination
}

/** SQLite keeps `-wal` and `-shm` next to a WAL database while a connection has it open. */
export function sqliteInUse(file: string): boolean {
  return existsSync(`${file}-wal`) || existsSync(`${file}-shm`)
}

/**
 * Replaces the database at `url` by the backup `source`. An existing database
 * is replaced only with `force` (and the server should be stopped first: a
 * running server keeps its open file and would go on writing to it).
 */
export async function restoreSqlite(source: string, url: string, options: { force?: boolean } = {}): Promise<string> {
  const backup = path.resolve(source)
  if (!existsSync(backup)) throw new BackupError(`Backup ${backup} does not exist.`)
  const problem = await integrityProblem(backup)
  if (problem) throw new BackupError(`Backup ${backup} is not a sound SQLite database: ${problem}`)
  const target = databaseFile(url)
  if (!options.force) {
    if (sqliteInUse(target)) {
      throw new BackupError(
        `SQLite database ${target} looks in use or was not closed cleanly (${path.basename(target)}-wal/-shm exist). Stop the server, then run restore again with --force.`,
      )
    }
    if (existsSync(target)) {
      throw new BackupError(
        `SQLite database ${target} already exists. Stop the server, then run restore again with --force to replace it.`,
      )
    }
  }
  mkdirSync(path.dirname(target), { recursive: true })
  // Copy next to the target first, then rename: the database is never half written.
  const staging = `${target}.restoring`
  copyFileSync(backup, staging)
  // A stale WAL would be replayed onto the restored file by the next connection.
  rmSync(`${target}-wal`, { force: true })
  rmSync(`${target}-shm`, { force: true })
  renameSync(staging, target)
  return target
}
