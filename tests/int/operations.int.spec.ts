import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAppConfig } from '@/buildConfig'
import { adoptDevPushedSchema } from '@/db/migrationState'
import { migrations } from '@/migrations'
import { backupSqlite, restoreSqlite } from '@/operations/backup'
import { runTsxScript } from '@/scripts/tsxScript'
import { seed } from '@/seed'
import { hasDevPushMarker, sqliteStorageProblem, sqliteWriteProblem } from '@/startup/sqliteStorage'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Start-up and operations on SQLite: the write probe, the passage from a
 * schema-pushed database to the committed migrations, and backup/restore.
 */

const root = path.resolve(__dirname, '../..')
const secret = 'operations-test-secret-0123456789abcdef'
const collections = ['users', 'topics', 'sources', 'articles', 'translations'] as const

let ctx: TestPayload
let work: string

beforeAll(async () => {
  ctx = await createTestPayload()
  await seed(ctx.payload, { password: 'dinogeek-dev', createDevAccounts: true })
  work = mkdtempSync(path.join(tmpdir(), 'dinogeek-ops-'))
})

afterAll(async () => {
  await ctx?.cleanup()
  if (work) rmSync(work, { recursive: true, force: true })
})

/** Makes a file unwritable even for root (tests run as root, which ignores file modes). */
function makeImmutable(file: string, on: boolean): void {
  const chattr = spawnSync('chattr', [on ? '+i' : '-i', file], { encoding: 'utf8' })
  if (chattr.status === 0) return
  if (process.getuid?.() === 0) throw new Error(`chattr is needed to make ${file} read-only for root: ${chattr.stderr}`)
  spawnSync('chmod', [on ? '0444' : '0644', file])
}

/** Everything a collection holds, every locale and draft, as plain JSON sorted by id. */
async function contents(payload: Payload) {
  const result: Record<string, unknown[]> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      limit: 0,
      pagination: false,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
    result[collection] = JSON.parse(JSON.stringify(docs.sort((a, b) => String(a.id).localeCompare(String(b.id)))))
  }
  return result
}

function productionStart(databaseUrl: string) {
  return runTsxScript(['tests/helpers/productionStart.ts'], {
    cwd: root,
    // stdin closed: a prompt would not wait forever, it would end the child without USERS=.
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secret },
  })
}

describe.runIf(process.env.TEST_DATABASE !== 'mongodb')('SQLite start-up and operations', () => {
  it('finds a database that cannot be written, naming it', async () => {
    const file = path.join(work, 'probe.db')
    expect(await sqliteWriteProblem(`file:${file}`)).toBeUndefined()
    makeImmutable(file, true)
    try {
      const problem = await sqliteWriteProblem(`file:${file}`)
      expect(problem).toContain(file)
      expect(problem).toContain('cannot be written')
    } finally {
      makeImmutable(file, false)
    }
    expect(await sqliteWriteProblem(`file:${file}`)).toBeUndefined()
  })

  it('finds a data directory that is missing or is a file, on the real file system', () => {
    expect(sqliteStorageProblem(`file:${path.join(work, 'missing', 'cms.db')}`)).toContain('does not exist')
    const notADir = path.join(work, 'plain-file')
    writeFileSync(notADir, '')
    expect(sqliteStorageProblem(`file:${path.join(notADir, 'cms.db')}`)).toContain('is not a directory')
  })

  // The tests that start child processes get five minutes: on a loaded machine a production start alone can take one or two.
  it('stops a production start on a missing data directory or a read-only database, naming the path', async () => {
    const missing = path.join(work, 'no-such-dir', 'cms.db')
    const noDir = productionStart(`file:${missing}`)
    expect(noDir.status).toBe(1)
    expect(noDir.stderr).toContain(`${path.dirname(missing)} does not exist`)
    expect(noDir.stdout).not.toContain('USERS=')

    const copy = await backupSqlite(ctx.databaseUrl, path.join(work, 'readonly.db'))
    makeImmutable(copy, true)
    try {
      const readOnly = productionStart(`file:${copy}`)
      expect(readOnly.status).toBe(1)
      expect(readOnly.stderr).toContain(`${copy} cannot be written`)
      expect(readOnly.stdout).not.toContain('USERS=')
    } finally {
      makeImmutable(copy, false)
    }
  }, 300_000)

  it('backs up while a write is in progress and restores into a fresh database with the same content', async () => {
    const before = await contents(ctx.payload)
    expect(before.sources.length).toBeGreaterThan(0)

    // Another connection holds the write lock with uncommitted changes while the backup runs.
    const writer = createClient({ url: ctx.databaseUrl })
    await writer.execute('BEGIN IMMEDIATE')
    await writer.execute('DELETE FROM sources')
    const backup = await backupSqlite(ctx.databaseUrl, path.join(work, 'backups', 'copy.db'))
    await writer.execute('ROLLBACK')
    writer.close()

    // Committed after the backup: must not be in it.
    await ctx.payload.create({
      collection: 'sources',
      data: { type: 'webpage', title: 'After the backup', url: 'https://example.com/after' },
      overrideAccess: true,
    })

    const restoredUrl = `file:${path.join(work, 'restored', 'cms.db')}`
    await restoreSqlite(backup, restoredUrl)
    const config = await buildAppConfig({
      databaseUrl: restoredUrl,
      payloadSecret: secret,
      serverUrl: 'http://localhost:3000',
      mail: { fromAddress: 'cms@example.com', fromName: 'DinoGeek CMS' },
    })
    const restored = await getPayload({ config, key: 'operations-restored' })
    try {
      expect(await contents(restored)).toEqual(before)
    } finally {
      await restored.destroy()
    }

    // The live database is open (WAL files present): no overwrite without --force.
    await expect(restoreSqlite(backup, ctx.databaseUrl)).rejects.toThrow(/in use.*--force/)
    // Closed (or left by a stopped server): still refused without --force.
    await expect(restoreSqlite(backup, restoredUrl)).rejects.toThrow(/--force/)
  })

  it('records the committed migrations on a schema-pushed database, then starts in production without a prompt', async () => {
    const copy = await backupSqlite(ctx.databaseUrl, path.join(work, 'pushed.db'))
    const url = `file:${copy}`
    expect(await hasDevPushMarker(url)).toBe(true)

    // Before `npm run migrate`: the start-up check stops at once and says what to run.
    const refused = productionStart(url)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('npm run migrate')
    expect(refused.stdout).not.toContain('USERS=')

    const result = await adoptDevPushedSchema(
      copy,
      migrations.map((migration) => migration.name),
    )
    expect(result).toEqual({ adopted: true })
    expect(await hasDevPushMarker(url)).toBe(false)
    const client = createClient({ url })
    const rows = await client.execute('select name, batch from payload_migrations order by name')
    client.close()
    expect(rows.rows.map((row) => [String(row.name), Number(row.batch)])).toEqual(
      migrations.map((migration) => [migration.name, 1]),
    )

    const start = productionStart(url)
    expect(start.stderr + start.stdout).not.toContain('data loss')
    expect(start.stdout, `exit ${start.status} ${start.signal ?? ''}: ${start.stderr}`).toMatch(/USERS=[1-9]/)
    expect(start.status).toBe(0)
  }, 300_000)

  it('leaves a schema-pushed database that differs from the migrations untouched', async () => {
    const copy = await backupSqlite(ctx.databaseUrl, path.join(work, 'drifted.db'))
    const client = createClient({ url: `file:${copy}` })
    await client.execute('ALTER TABLE topics ADD COLUMN extra text')
    client.close()
    const result = await adoptDevPushedSchema(
      copy,
      migrations.map((migration) => migration.name),
    )
    expect(result).toEqual({ adopted: false, reason: 'schema-differs', difference: 'table topics has other columns' })
    expect(await hasDevPushMarker(`file:${copy}`)).toBe(true)
  })

  it('migrates an empty database the way `npm run dev` does, and production starts on it without a prompt', async () => {
    const dir = path.join(work, 'dev')
    mkdirSync(dir)
    const url = `file:${path.join(dir, 'cms.db')}`
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', DATABASE_URL: url, PAYLOAD_SECRET: secret }
    const migrate = runTsxScript(['src/scripts/migrate.ts'], {
      cwd: root,
      timeout: 180_000,
      env,
    })
    expect(migrate.status, `${migrate.stderr}${migrate.stdout}`).toBe(0)
    expect(await hasDevPushMarker(url)).toBe(false)

    // The seed step of `npm run dev`, in-process on the migrated file (no schema push).
    const config = await buildAppConfig({
      databaseUrl: url,
      payloadSecret: secret,
      serverUrl: 'http://localhost:3000',
      mail: { fromAddress: 'cms@example.com', fromName: 'DinoGeek CMS' },
    })
    const dev = await getPayload({ config, key: 'operations-dev' })
    try {
      await seed(dev, { password: 'dinogeek-dev', createDevAccounts: true })
    } finally {
      await dev.destroy()
    }

    const start = productionStart(url)
    expect(start.stderr + start.stdout).not.toContain('data loss')
    expect(start.stdout).toMatch(/USERS=[1-9]/)
    expect(start.status).toBe(0)
  }, 300_000)
})
