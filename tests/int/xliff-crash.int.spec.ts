import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportTasks } from '@/workflow/services/xliffExchange'
import { openCrashPayload, random, root, runRound, type KillPlan, type Round } from '../helpers/crashRounds'
import { createArticle, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { fillTargets, shout } from '../helpers/xliff'
import type { CrashManifest } from '../helpers/xliffCrashWorker'

/**
 * An XLIFF import of several tasks writes each task's draft, its segment states and its move
 * to review: all of them or none. The importer (tests/helpers/xliffCrashWorker.ts) is a
 * separate process on a SQLite file, SIGKILLed at random moments of an import and restarted;
 * afterwards every file is either wholly in (every task in review with its text) or wholly
 * out (every task in progress, no text), and every acknowledged file is in.
 */

const workerScript = path.join(root, 'tests/helpers/xliffCrashWorker.ts')
const KILLS = Number(process.env.CRASH_KILLS) || 4
const TASKS_PER_FILE = 3
// About two files per round get through before the kill: enough that some remain.
const FILES = KILLS * 2 + 2
const ROUNDS_BUDGET_MS = KILLS * 12_500
const TEST_TIMEOUT_MS = ROUNDS_BUDGET_MS + 165_000

let tempDir: string
let databaseUrl: string
let users: Record<'admin' | 'editor' | 'translator', TestUser>
const manifest: CrashManifest = []
const italian = (n: number) => ({ title: `Articolo ${n}`, body: `Il corpo ${n} ha due frasi. La seconda è questa.` })

beforeAll(async () => {
  tempDir = mkdtempSync(path.join(tmpdir(), 'dinogeek-xliff-crash-'))
  databaseUrl = `file:${path.join(tempDir, 'crash.db')}`
  const payload = await openCrashPayload(databaseUrl, 'xliff-crash-prepare')
  users = await createUsers(payload)
  const topic = await createTopic(payload)
  const as = { overrideAccess: false as const, user: users.translator }
  for (let group = 1; group <= FILES; group++) {
    const taskIds: Array<number | string> = []
    for (let i = 0; i < TASKS_PER_FILE; i++) {
      const n = group * 10 + i
      const article = await createArticle(payload, { ...italian(n), topic: topic.id, status: 'published' })
      const { docs } = await payload.find({
        collection: 'translations',
        where: { and: [{ article: { equals: article.id } }, { locale: { equals: 'fr' } }] },
        depth: 0,
      })
      const task = docs[0]
      if (!task) throw new Error(`no French task for article ${n}`)
      await payload.update({
        collection: 'translations',
        id: task.id,
        data: { assignee: users.translator.id, status: 'in_progress' },
        ...as,
      })
      taskIds.push(task.id)
    }
    const { docs: tasks } = await payload.find({
      collection: 'translations',
      where: { id: { in: taskIds } },
      sort: 'id',
      depth: 0,
    })
    const req = await createLocalReq({ user: users.translator }, payload)
    const exported = await exportTasks(req, tasks, { version: '2.1', prefill: false })
    if (!exported.ok) throw new Error(`export of group ${group} failed: ${JSON.stringify(exported.failure)}`)
    const file = path.join(tempDir, `group-${group}.xlf`)
    writeFileSync(file, fillTargets(exported.value.xml, shout))
    manifest.push({ group, taskIds, file })
  }
  writeFileSync(path.join(tempDir, 'manifest.json'), JSON.stringify(manifest))
  // One process at a time on the file: transactions queue only within a process.
  await payload.destroy()
})

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true })
})

describe('an XLIFF import survives a killed server', () => {
  it(
    'after every kill, each file is wholly imported or not at all, and acknowledged ones are in',
    async () => {
      const seed = Number(process.env.CRASH_SEED) || Math.floor(Math.random() * 2 ** 31)
      const next = random(seed)
      const env = {
        ...process.env,
        CRASH_DATABASE_URL: databaseUrl,
        CRASH_TRANSLATOR_EMAIL: users.translator.email,
        CRASH_MANIFEST: path.join(tempDir, 'manifest.json'),
      }
      const rounds: Round[] = []
      const started = Date.now()
      for (let kill = 0; kill < KILLS && (kill === 0 || Date.now() - started < ROUNDS_BUDGET_MS); kill++) {
        const timed = rounds.flatMap((round) => round.workMs)
        const plan: KillPlan = {
          skip: kill === 0 ? 1 : Math.floor(next() * 3),
          at: next() * 1.2,
          estimateMs: timed.length > 0 ? Math.max(...timed) : 800,
        }
        const round = await runRound(workerScript, env, plan)
        rounds.push(round)
        if (round.finished) break
      }
      const acknowledged = rounds.flatMap((round) => round.acknowledged)
      const interrupted = rounds.flatMap((round) => round.begun.filter((id) => !round.acknowledged.includes(id)))
      console.info(
        `[xliff-crash] seed ${seed}: ${rounds.length} rounds, ${acknowledged.length} files acknowledged, ` +
          `kills cut short files ${interrupted.join(', ') || 'none'}`,
      )
      expect(acknowledged.length).toBeGreaterThan(0)

      const payload = await openCrashPayload(databaseUrl, 'xliff-crash-check')
      try {
        const outcomes = { imported: 0, untouched: 0 }
        for (const { group, taskIds } of manifest) {
          const { docs: tasks } = await payload.find({ collection: 'translations', where: { id: { in: taskIds } }, depth: 0 })
          const states = new Set(tasks.map((task) => task.status))
          const label = `file ${group} (${[...states].join(', ')})`
          expect(states.size, `${label}: every task of a file in one state`).toBe(1)
          const imported = states.has('in_review')
          if (acknowledged.includes(String(group))) expect(imported, `acknowledged ${label}`).toBe(true)
          for (const task of tasks) {
            const articleId = typeof task.article === 'object' ? task.article.id : task.article
            const draft = await payload.findByID({
              collection: 'articles',
              id: articleId,
              locale: 'fr',
              fallbackLocale: false,
              draft: true,
              depth: 0,
            })
            const n = group * 10 + taskIds.indexOf(task.id)
            if (imported) {
              expect(draft.title, label).toBe(italian(n).title.toUpperCase())
              expect(task.history?.at(-1)?.to, label).toBe('in_review')
            } else {
              expect(task.status, label).toBe('in_progress')
              expect(draft.title ?? null, label).toBeNull()
            }
          }
          outcomes[imported ? 'imported' : 'untouched'] += 1
        }
        console.info(`[xliff-crash] ${outcomes.imported} files imported whole, ${outcomes.untouched} untouched`)
      } finally {
        await payload.destroy()
      }
    },
    TEST_TIMEOUT_MS,
  )
})
