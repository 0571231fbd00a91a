import path from 'node:path'

import { TSX_NODE_ARGS } from '@/scripts/tsxScript'

import { freePort, startProcess, waitForHttp, type Started } from '../lib/processes'
import { log, logsDir, nextBin, root, snapshotDir } from './context'

/** Phase 3: the servers under load — the app (`next start`), the static server and the bare Next.js app. */

const SERVER_START_TIMEOUT_MS = 120_000

export type Server = { started: Started; baseUrl: string; pid: number | null; readyMs: number }

async function serve(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logName: string,
  baseUrl: string,
  readyPath: string,
): Promise<Server> {
  const startedAt = performance.now()
  const started = startProcess(command, args, { cwd, env, logFile: path.join(logsDir, logName) })
  await waitForHttp(`${baseUrl}${readyPath}`, started, SERVER_START_TIMEOUT_MS)
  return { started, baseUrl, pid: started.child.pid ?? null, readyMs: performance.now() - startedAt }
}

/**
 * The production server of the built copy. `localhost`, not 127.0.0.1: with a
 * loopback IP as hostname, Next treats rewrites of localized paths as external.
 * The port is chosen before seeding: the environment names the server's URL.
 */
export function appUrl(port: number): string {
  return `http://localhost:${port}`
}

export async function startApp(env: NodeJS.ProcessEnv, port: number, logName: string): Promise<Server> {
  const baseUrl = appUrl(port)
  const server = await serve(
    process.execPath,
    [nextBin, 'start', '-p', String(port), '-H', 'localhost'],
    snapshotDir,
    env,
    logName,
    baseUrl,
    '/api/users/me',
  )
  log(`next start ready in ${(server.readyMs / 1000).toFixed(1)} s on ${baseUrl}`)
  return server
}

/** Node's `http` serving one file from memory: the load generator's ceiling (bench/staticServer.ts). */
export async function startStatic(file: string, env: NodeJS.ProcessEnv, logName: string): Promise<Server> {
  const port = await freePort()
  return serve(
    process.execPath,
    [...TSX_NODE_ARGS, path.join(root, 'bench', 'staticServer.ts'), file, String(port)],
    root,
    env,
    logName,
    `http://127.0.0.1:${port}`,
    '/',
  )
}

/** `next start` of the bare app built by buildBareNext. */
export async function startBareNext(dir: string, env: NodeJS.ProcessEnv, logName: string): Promise<Server> {
  const port = await freePort()
  return serve(
    process.execPath,
    [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'],
    dir,
    { ...env, NODE_ENV: 'production' },
    logName,
    `http://127.0.0.1:${port}`,
    '/article',
  )
}
