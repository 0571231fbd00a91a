import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { defaultBackupPath } from '@/operations/backup'
import { sqliteFilePath, sqliteStorageProblem, type StatFn } from '@/startup/sqliteStorage'

const dir = (): ReturnType<StatFn> => ({ isDirectory: () => true, isFile: () => false })
const file = (): ReturnType<StatFn> => ({ isDirectory: () => false, isFile: () => true })

/** A fake file system: path → kind. */
function fs(entries: Record<string, 'dir' | 'file'>): StatFn {
  return (name) => (entries[name] === 'dir' ? dir() : entries[name] === 'file' ? file() : undefined)
}

describe('sqliteFilePath', () => {
  it('reads the file from every file: form and ignores the rest', () => {
    expect(sqliteFilePath('file:/srv/cms/cms.db')).toBe('/srv/cms/cms.db')
    expect(sqliteFilePath('file:///srv/cms/cms.db')).toBe('/srv/cms/cms.db')
    expect(sqliteFilePath('file://localhost/srv/cms.db')).toBe('/srv/cms.db')
    expect(sqliteFilePath('file:./data/cms.db')).toBe(path.resolve('data/cms.db'))
    expect(sqliteFilePath('file:/srv/my%20cms.db?x=1')).toBe('/srv/my cms.db')
    expect(sqliteFilePath('file::memory:')).toBeUndefined()
    expect(sqliteFilePath('libsql://db.example')).toBeUndefined()
  })
})

describe('sqliteStorageProblem', () => {
  it('accepts an existing directory, with or without the file', () => {
    expect(sqliteStorageProblem('file:/srv/data/cms.db', fs({ '/srv/data': 'dir' }))).toBeUndefined()
    expect(sqliteStorageProblem('file:/srv/data/cms.db', fs({ '/srv/data': 'dir', '/srv/data/cms.db': 'file' }))).toBeUndefined()
  })

  it('names the path when the data directory is missing', () => {
    const problem = sqliteStorageProblem('file:/srv/data/cms.db', fs({ '/srv': 'dir' }))
    expect(problem).toContain('/srv/data does not exist')
    expect(problem).toContain('/srv/data/cms.db')
  })

  it('refuses a directory that is a file, and a database path that is a directory', () => {
    expect(sqliteStorageProblem('file:/srv/data/cms.db', fs({ '/srv/data': 'file' }))).toContain('/srv/data is not a directory')
    expect(sqliteStorageProblem('file:/srv/data/cms.db', fs({ '/srv/data': 'dir', '/srv/data/cms.db': 'dir' }))).toContain(
      'is not a regular file',
    )
  })
})

describe('defaultBackupPath', () => {
  it('puts a sortable, colon-free timestamp under backups/', () => {
    expect(defaultBackupPath(new Date('2026-12-01T21:43:04.123Z'), '/srv/cms')).toBe(
      '/srv/cms/backups/2026-12-01T21-43-04-123Z.db',
    )
  })
})
