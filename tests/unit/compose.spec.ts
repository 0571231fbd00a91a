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
})
