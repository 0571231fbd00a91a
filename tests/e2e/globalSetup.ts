import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

/**
 * Builds the production app, seeds a temporary SQLite database through the
 * committed migrations (as `npm start` would), starts `next start` on a free
 * loopback port and hands its URL to the tests. Set E2E_SKIP_BUILD=1 to reuse
 * an existing `.next` build while iterating locally.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    e2eDatabaseUrl: string
  }
}

const root = path.resolve(__dirname, '../..')
const nextBin = path.join(root, 'node_modules/next/dist/bin/next')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = Date.now()
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`[e2e] ${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  console.info(`[e2e] ${label} done in ${Math.round((Date.now() - started) / 1000)} s`)
}

async function waitForServer(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`[e2e] next start exited early:\n${output()}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`[e2e] server did not answer at ${url} within 90 s:\n${output()}`)
}

export default async function setup(project: TestProject) {
  const tempDir = mkdtempSync(path.join(tmpdir(), 'dinogeek-e2e-'))
  const databaseUrl = `file:${path.join(tempDir, 'e2e.db')}`
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef0123456789abcdef',
    NEXT_PUBLIC_SERVER_URL: baseURL,
    SEED_DEV_ACCOUNTS: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  }

  run('migrate + seed', ['--import', 'tsx', 'src/scripts/seed.ts'], env)
  if (process.env.E2E_SKIP_BUILD !== '1') run('next build', [nextBin, 'build'], env)

  let log = ''
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  await waitForServer(`${baseURL}/it`, server, () => log)

  project.provide('baseURL', baseURL)
  project.provide('e2eDatabaseUrl', databaseUrl)

  return async () => {
    server.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    if (server.exitCode === null) server.kill('SIGKILL')
    rmSync(tempDir, { recursive: true, force: true })
    if (process.env.E2E_SHOW_SERVER_LOG === '1') console.info(log)
  }
}
