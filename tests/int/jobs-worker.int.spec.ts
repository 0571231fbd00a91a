import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendMailSlug } from '@/email/delivery'
import type { Topic } from '@/payload-types'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { claimAndStart, moveTask, publishArticle, sampleText, saveDraft, taskFor } from '../helpers/workflow'

/**
 * The one worker command (`npm run jobs`) as deployed beside replicas that
 * run no jobs: a submission saved with MAIL_DELIVERY=queue leaves its e-mail
 * in the database, and the worker process, started afterwards on the same
 * database, sends it (printed by the console transport) and removes the job.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic
let worker: ChildProcess | undefined
let output = ''

beforeAll(async () => {
  ctx = await createTestPayload({ mailDelivery: 'queue', jobsAutoRun: false })
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload)
})

afterAll(async () => {
  if (worker && worker.exitCode === null) worker.kill('SIGKILL')
  await ctx?.cleanup()
})

async function pendingMails(): Promise<number> {
  const { totalDocs } = await ctx.payload.count({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: sendMailSlug } },
    overrideAccess: true,
  })
  return totalDocs
}

function startWorker(): ChildProcess {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['--conditions=production', 'src/scripts/jobs.ts'], {
    env: {
      ...process.env,
      // Not `test`: the console transport prints what it sends, which is what this test reads.
      NODE_ENV: 'development',
      DATABASE_URL: ctx.databaseUrl,
      PAYLOAD_SECRET: 'test-secret-that-is-long-enough-1234567890',
      NEXT_PUBLIC_SERVER_URL: 'http://localhost:3000',
      MAIL_DELIVERY: 'queue',
      // The console transport whatever a developer's .env.local says.
      SMTP_HOST: '',
      JOBS_AUTORUN: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return child
}

async function until(condition: () => Promise<boolean> | boolean, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs
  while (Date.now() < deadline) {
    if (await condition()) return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

describe('npm run jobs', () => {
  it('sends the e-mail a replica queued, then stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    const article = await publishArticle(ctx.payload, users.editor, { topic: topic.id, text: sampleText('Articolo', 'w1') })
    const task = await claimAndStart(ctx.payload, await taskFor(ctx.payload, article.id, 'fr'), users.translator)
    await saveDraft(ctx.payload, article.id, 'fr', sampleText('Article', 'fr'), users.translator)
    await moveTask(ctx.payload, task, 'in_review', users.translator)
    expect(await pendingMails()).toBe(1)

    worker = startWorker()
    const sent = await until(() => output.includes(`[email] to=${users.editor.email} subject="Traduzione da rivedere`), 90_000)
    expect(sent, output).toBe(true)
    expect(await until(async () => (await pendingMails()) === 0, 10_000)).toBe(true)

    const running = worker
    const exited = new Promise<number | null>((resolve) => running.once('exit', (code) => resolve(code)))
    running.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})
