import { statSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

/**
 * Start-up checks for the SQLite database file. Without them a missing data
 * directory or a read-only file only shows up as a 500 on the first API
 * request (or the first write), after Next.js has already printed "Ready".
 */

/** The file a `file:` URL names; undefined for anything else (`:memory:`, remote libsql). */
export function sqliteFilePath(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined
  let rest = url.slice('file:'.length)
  const query = rest.indexOf('?')
  if (query >= 0) rest = rest.slice(0, query)
  // `file:///abs/path` and `file://localhost/abs/path` are URL forms; `file:./rel` and `file:/abs` are plain paths.
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2)
    rest = slash >= 0 ? rest.slice(slash) : ''
  }
  rest = decodeURIComponent(rest)
  if (!rest || rest === ':memory:') return undefined
  return path.resolve(rest)
}

type Stat = { isDirectory: () => boolean; isFile: () => boolean }
export type StatFn = (file: string) => Stat | undefined

const statOrUndefined: StatFn = (file) => {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}

/**
 * What stops SQLite from opening the database named by `url`, checked on the
 * file system only (no database opened): undefined when nothing is wrong.
 */
export function sqliteStorageProblem(url: string, stat: StatFn = statOrUndefined): string | undefined {
  const file = sqliteFilePath(url)
  if (!file) return undefined
  const dir = path.dirname(file)
  const dirStat = stat(dir)
  if (!dirStat) {
    return `SQLite database ${file}: its directory ${dir} does not exist. Create it (mkdir -p ${dir}) or set DATABASE_URL to a file in an existing directory.`
  }
  if (!dirStat.isDirectory()) {
    return `SQLite database ${file}: ${dir} is not a directory. Move that file away or set DATABASE_URL elsewhere.`
  }
  const fileStat = stat(file)
  if (fileStat && !fileStat.isFile()) {
    return `SQLite database ${file} is not a regular file (a directory?). Remove it or set DATABASE_URL elsewhere.`
  }
  return undefined
}

/**
 * Opens the database and rewrites its header with the value it already holds
 * (`PRAGMA user_version`): a real write, so it also catches what file modes
 * do not show (root ignores them; immutable files, read-only mounts). Creates
 * the file when it does not exist yet, as SQLite would on the first request.
 */
export async function sqliteWriteProblem(url: string): Promise<string | undefined> {
  const file = sqliteFilePath(url)
  if (!file) return undefined
  let client: ReturnType<typeof createClient> | undefined
  try {
    client = createClient({ url: `file:${file}` })
    const result = await client.execute('PRAGMA user_version')
    const version = Number(result.rows[0]?.user_version ?? 0)
    await client.execute(`PRAGMA user_version = ${Number.isInteger(version) ? version : 0}`)
    return undefined
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return `SQLite database ${file} cannot be written (${reason}). Check that the file and its directory are writable by this process and not on a read-only mount.`
  } finally {
    client?.close()
  }
}

/**
 * True when Payload's development schema push has marked the database (a row
 * of batch -1 in payload_migrations): Payload's migrate then asks an
 * interactive question instead of starting (see src/db/migrationState.ts).
 */
export async function hasDevPushMarker(url: string): Promise<boolean> {
  const file = sqliteFilePath(url)
  if (!file || !statOrUndefined(file)) return false
  const client = createClient({ url: `file:${file}` })
  try {
    const table = await client.execute("select name from sqlite_master where type = 'table' and name = 'payload_migrations'")
    if (table.rows.length === 0) return false
    const marker = await client.execute('select count(*) as n from payload_migrations where batch = -1')
    return Number(marker.rows[0]?.n ?? 0) > 0
  } finally {
    client.close()
  }
}
