import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
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

describe('docker-compose.yml, scaled out', () => {
  const resolved = () => spawnSync('docker-compose', ['config'], { cwd: root, encoding: 'utf8' }).stdout
  const service = (text: string, name: string) => {
    const start = text.indexOf(`\n  ${name}:\n`)
    const next = text.slice(start + 1).search(/\n {2}\S/)
    return text.slice(start, next < 0 ? undefined : start + 1 + next)
  }

  it.runIf(hasCompose)('runs the app without a host port of its own, so it scales, sharing Redis and purging Varnish', () => {
    const app = service(resolved(), 'app')
    expect(app).not.toMatch(/\n {4}ports:/)
    expect(app).toMatch(/REDIS_URL: redis:\/\/redis:6379/)
    expect(app).toMatch(/CACHE_PURGE: varnish/)
    expect(app).toMatch(/VARNISH_PURGE_URLS: http:\/\/varnish:80\//)
    expect(app).toMatch(/JOBS_AUTORUN: "?false"?/)
    expect(app).toMatch(/redis:\n {8}condition: service_healthy/)
  })

  it.runIf(hasCompose)('runs one worker for the jobs and Varnish with the repository’s VCL on port 80', () => {
    const text = resolved()
    expect(service(text, 'worker')).toMatch(/- npm\n {4}- run\n {4}- jobs/)
    const varnish = service(text, 'varnish')
    expect(varnish).toMatch(/image: varnish:7/)
    expect(varnish).toMatch(/published: 80|80:80/)
    expect(varnish).toMatch(/varnish\.vcl:\/etc\/varnish\/default\.vcl:ro/)
    expect(service(text, 'redis')).toMatch(/image: redis:7/)
  })

  it.runIf(hasCompose)('shares the uploads through MinIO, its bucket made before any replica starts, and queues e-mails', () => {
    const text = resolved()
    const app = service(text, 'app')
    expect(app).toMatch(/S3_BUCKET: dinogeek-media/)
    expect(app).toMatch(/S3_ENDPOINT: http:\/\/minio:9000/)
    expect(app).toMatch(/MAIL_DELIVERY: queue/)
    expect(app).toMatch(/bucket:\n {8}condition: service_completed_successfully/)
    expect(service(text, 'minio')).toMatch(/image: minio\/minio/)
    const bucket = service(text, 'bucket')
    expect(bucket).toMatch(/mc mb --ignore-existing/)
    expect(bucket).toMatch(/minio:\n {8}condition: service_healthy/)
    // One key pair: the one MinIO is started with is the one the app signs with.
    expect(service(text, 'minio')).toMatch(/MINIO_ROOT_USER: dinogeek\n/)
    expect(app).toMatch(/S3_ACCESS_KEY_ID: dinogeek\n/)
  })

  it('lets purges in from the compose network only, and finds every replica by name', () => {
    const compose = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')
    const vcl = readFileSync(path.join(root, 'varnish.vcl'), 'utf8')
    const subnet = /subnet: (\d+\.\d+\.\d+\.\d+)\/(\d+)/.exec(compose)
    expect(subnet).not.toBeNull()
    expect(vcl).toContain(`"${subnet?.[1]}"/${subnet?.[2]};`)
    expect(vcl).toMatch(/dynamic\.director\(port = "3000"/)
    expect(vcl).toMatch(/app\.backend\("app"\)/)
  })
})
