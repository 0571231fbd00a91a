import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

import { runTsxScript } from '@/scripts/tsxScript'

/**
 * A production server on a seeded temporary SQLite database: seeds through the
 * committed migrations (as `npm start` would), optionally runs `next build`,
 * then `next start` on a free loopback port. Shared by the e2e global setup
 * and `npm run lighthouse`.
 */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
// Resolved like any package (from the nearest node_modules up the tree), not assumed under `root`.
const nextBin = path.join(path.dirname(createRequire(import.meta.url).resolve('next/package.json')), 'dist/bin/next')

/** The secret of every test server: replicas of one database must share it (sessions, signed revalidations). */
export const TEST_SERVER_SECRET = 'e2e-secret-0123456789abcdef0123456789abcdef'

export type ProductionServer = {
  baseURL: string
  databaseUrl: string
  env: NodeJS.ProcessEnv
  log: () => string
  stop: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** A tsx script (see src/scripts/tsxScript.ts) or, with `tsx: false`, a plain Node command. */
function run(label: string, args: string[], env: NodeJS.ProcessEnv, prefix: string, tsx = true) {
  const started = Date.now()
  const options = { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] as ('ignore' | 'pipe')[] }
  const result = tsx ? runTsxScript(args, options) : spawnSync(process.execPath, args, { ...options, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`[${prefix}] ${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  console.info(`[${prefix}] ${label} done in ${Math.round((Date.now() - started) / 1000)} s`)
}

async function waitForServer(url: string, server: ChildProcess, output: () => string, prefix: string) {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`[${prefix}] next start exited early:\n${output()}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`[${prefix}] server did not answer at ${url} within 90 s:\n${output()}`)
}

/** `env`: variables for this server only (the test process's own environment is left as it is). */
export async function startProductionServer(options: {
  build: boolean
  label?: string
  env?: Record<string, string>
}): Promise<ProductionServer> {
  const prefix = options.label ?? 'server'
  const tempDir = mkdtempSync(path.join(tmpdir(), `dinogeek-${prefix}-`))
  const databaseUrl = `file:${path.join(tempDir, 'site.db')}`
  const port = await freePort()
  // `localhost`, not 127.0.0.1: with a loopback IP as hostname Next treats the proxy's
  // rewrites (localized URLs) as external and loops (vercel/next.js#94745).
  const baseURL = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: TEST_SERVER_SECRET,
    NEXT_PUBLIC_SERVER_URL: baseURL,
    SEED_DEV_ACCOUNTS: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.env,
  }

  run('migrate + seed', ['src/scripts/seed.ts'], env, prefix)
  if (options.build) run('next build', [nextBin, 'build'], env, prefix, false)
  // Pages and data cached by an earlier server (`next build` keeps `.next/cache`) came
  // from another database and origin: start from an empty cache.
  for (const dir of ['.next/server/route-cache', '.next/cache/fetch-cache']) {
    rmSync(path.join(root, dir), { recursive: true, force: true })
  }

  let next: NextProcess
  try {
    next = await startNext({ port, env, label: prefix })
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true })
    throw error
  }

  return {
    baseURL,
    databaseUrl,
    env,
    log: next.log,
    stop: async () => {
      await next.stop()
      rmSync(tempDir, { recursive: true, force: true })
    },
  }
}

export type NextProcess = { baseURL: string; log: () => string; stop: () => Promise<void> }

/**
 * `next start` of the existing build on `port` with exactly `env` (no seeding, no
 * build, the cache left alone): the e2e server, and the extra replicas of the
 * scale-out test, which share its build and database.
 */
export async function startNext(options: { port: number; env: NodeJS.ProcessEnv; label: string }): Promise<NextProcess> {
  const baseURL = `http://localhost:${options.port}`
  let output = ''
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(options.port), '-H', 'localhost'], {
    cwd: root,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  try {
    await waitForServer(`${baseURL}/it`, server, () => output, options.label)
  } catch (error) {
    server.kill('SIGKILL')
    throw error
  }
  return {
    baseURL,
    log: () => output,
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 500))
      if (server.exitCode === null) server.kill('SIGKILL')
    },
  }
}
