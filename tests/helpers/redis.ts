import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { connect } from 'node:net'

import { freePort } from './server'

/**
 * A real Redis (Debian's `redis-server`, installed by `.ci/run`) on a loopback
 * port of its own, in memory only. `stop` and `start` again keep the port, so
 * a test can take Redis away from the app and bring it back.
 */

const REDIS_SERVER = ['/usr/bin/redis-server', '/usr/sbin/redis-server'].find((candidate) => existsSync(candidate))

export function redisMissing(): string | null {
  return REDIS_SERVER ? null : 'redis-server is not installed (apt-get install redis-server; .ci/run does it)'
}

export type Redis = { url: string; start: () => Promise<void>; stop: () => Promise<void>; log: () => string }

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.end('PING\r\n')
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

export async function startRedis(): Promise<Redis> {
  if (!REDIS_SERVER) throw new Error(redisMissing() ?? 'no redis-server')
  const binary = REDIS_SERVER
  const port = await freePort()
  let process: ChildProcess | undefined
  let output = ''
  const start = async () => {
    process = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    process.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    process.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const deadline = Date.now() + 10_000
    while (!(await answers(port))) {
      if (process.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const stop = async () => {
    const running = process
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))])
    if (running.exitCode === null) running.kill('SIGKILL')
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, start, stop, log: () => output }
}
