import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const hasCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0

describe('docker-compose.yml', () => {
  it('is installed in CI (.ci/run installs it)', () => {
    if (process.env.CI) expect(hasCompose).toBe(true)
  })

  it.runIf(hasCompose)('validates with docker-compose config', () => {
    const result = spawnSync('docker-compose', ['config', '-q'], { cwd: root, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it.runIf(hasCompose)('runs MongoDB as a replica set and points the app at it', () => {
    const result = spawnSync('docker-compose', ['config'], { cwd: root, encoding: 'utf8' })
    expect(result.stdout).toContain('--replSet')
    expect(result.stdout).toMatch(/DATABASE_URL: mongodb:\/\/mongo:27017\/dinogeek\?replicaSet=rs0/)
    expect(result.stdout).toMatch(/condition: service_healthy/)
  })

  it.runIf(hasCompose)('offers LibreTranslate only behind the mt profile, and machine translation off by default', () => {
    // docker-compose v1 lists every service in `config --services`; the profile shows in the resolved file.
    const resolved = spawnSync('docker-compose', ['config'], { cwd: root, encoding: 'utf8' }).stdout
    const service = resolved.slice(resolved.indexOf('  libretranslate:'))
    expect(service).toMatch(/^ {2}libretranslate:\n(?: {4}.*\n)*? {4}profiles:\n {4}- mt\n/)
    const config = spawnSync('docker-compose', ['config'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MT_PROVIDER: '' },
    })
    expect(config.stdout).toMatch(/MT_PROVIDER: none/)
  })
})
