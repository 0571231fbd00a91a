import path from 'node:path'

/** Where the zero-setup SQLite database lives when DATABASE_URL is unset. */
export const defaultSqliteUrl = `file:${path.resolve(process.cwd(), 'data', 'cms.db')}`

export type DatabaseKind = 'mongodb' | 'sqlite'

/** Kept apart from ./adapter so start-up checks and scripts can ask without loading the database adapters. */
export function databaseKind(url: string | undefined): DatabaseKind {
  return url && /^mongodb(\+srv)?:\/\//.test(url) ? 'mongodb' : 'sqlite'
}
