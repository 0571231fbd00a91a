import { existsSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BenchConfig } from '../config'
import { parseGnuTime, startProcess } from '../lib/processes'
import { snapshotWorkingTree } from '../lib/snapshot'
import type { BuildResult } from '../lib/types'
import { baseEnv, log, logsDir, nextBin, root, snapshotDir, withTimeout } from './context'

/** Phase 1: `next build` of a copy of the working tree, and of the bare Next.js app (the framework's ceiling). */

const BUILD_TIMEOUT_MS = 30 * 60_000

async function timedBuild(cwd: string, args: string[], logFile: string, what: string): Promise<BuildResult> {
  const useTime = existsSync('/usr/bin/time')
  const command = useTime ? '/usr/bin/time' : process.execPath
  const started = performance.now()
  const child = startProcess(command, useTime ? ['-v', process.execPath, nextBin, ...args] : [nextBin, ...args], {
    cwd,
    env: { ...baseEnv(), NODE_ENV: 'production' },
    logFile,
  })
  const code = await withTimeout(child, BUILD_TIMEOUT_MS, what)
  const measuredS = (performance.now() - started) / 1000
  const output = child.output()
  const time = parseGnuTime(output)
  const ok = code === 0
  log(`${what} ${ok ? 'done' : `FAILED (exit ${code})`} in ${measuredS.toFixed(0)} s`)
  return {
    ok,
    skipped: false,
    wallS: time.wallS ?? measuredS,
    peakRssKb: time.maxRssKb,
    log: logFile,
    error: ok
      ? null
      : `${what} failed (exit ${code}); last lines of ${path.relative(root, logFile)}:\n${output.split('\n').slice(-40).join('\n')}`,
  }
}

export async function buildApp(config: BenchConfig): Promise<BuildResult> {
  const logFile = path.join(logsDir, 'build.log')
  if (config.skipBuild && existsSync(path.join(snapshotDir, '.next', 'BUILD_ID'))) {
    log('BENCH_SKIP_BUILD=1: reusing the previous snapshot and build')
    return { ok: true, skipped: true, wallS: null, peakRssKb: null, log: logFile, error: null }
  }
  const snapshot = snapshotWorkingTree(root)
  log(`snapshot of the working tree: ${snapshot.files} files in ${path.relative(root, snapshot.dir)}`)
  if (!existsSync('/usr/bin/time'))
    log('/usr/bin/time not found (apt-get install -y time): build peak memory will not be measured')
  log('next build (production, Turbopack) …')
  return timedBuild(snapshotDir, ['build'], logFile, 'next build')
}

/**
 * The smallest Next.js app that serves a page: one route handler, prerendered
 * at build time (`force-static`), answering `html` byte for byte. Built in a
 * temporary directory with this repository's `next` (its node_modules linked
 * in; webpack, which follows the link, rather than Turbopack, which refuses a
 * node_modules outside its root — the bundler does not serve the response).
 */
export async function buildBareNext(html: Buffer): Promise<{ dir: string; build: BuildResult }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dinogeek-bare-next-'))
  symlinkSync(realpathSync(path.join(root, 'node_modules')), path.join(dir, 'node_modules'))
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-next', private: true, type: 'module' }))
  writeFileSync(path.join(dir, 'next.config.mjs'), 'export default { poweredByHeader: false }\n')
  mkdirSync(path.join(dir, 'app', 'article'), { recursive: true })
  writeFileSync(path.join(dir, 'app', 'article', 'page.html'), html)
  writeFileSync(
    path.join(dir, 'app', 'article', 'route.js'),
    `import { readFileSync } from 'node:fs'
import path from 'node:path'

export const dynamic = 'force-static'

export function GET() {
  const body = readFileSync(path.join(process.cwd(), 'app', 'article', 'page.html'))
  return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } })
}
`,
  )
  log(`bare Next.js app in ${dir}: next build --webpack …`)
  const build = await timedBuild(dir, ['build', '--webpack'], path.join(logsDir, 'build-bare-next.log'), 'bare Next.js build')
  return { dir, build }
}
