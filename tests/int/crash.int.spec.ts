import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Translation } from '@/payload-types'
import { richText } from '@/richtext/build'
import { openCrashPayload, random, root, runRound, type KillPlan, type Round } from '../helpers/crashRounds'
import { createArticle, createTopic, createUsers, type TestUser } from '../helpers/fixtures'

/**
 * An approval writes three records: the task's state, the published text of its
 * language and the article's list of public languages. They are one transaction,
 * so killing the server (SIGKILL, no cleanup) at any moment must leave all three
 * agreeing: the whole approval or none of it, and every approval the server
 * acknowledged still there after a restart.
 *
 * The server is tests/helpers/crashWorker.ts, a separate process on a SQLite
 * file: it approves every task in review, one by one, and is killed at random
 * moments, then restarted, for a bounded number of rounds. This test always runs
 * on its own SQLite file (killing a process is how a file database crashes).
 */

const workerScript = path.join(root, 'tests/helpers/crashWorker.ts')

/** Kills per run; CRASH_KILLS raises it for a longer hunt (each restart costs several seconds of start-up). */
const KILLS = Number(process.env.CRASH_KILLS) || 6
// A round approves about two tasks before its kill: enough articles that tasks remain in review.
const ARTICLES = KILLS * 2 + 2
/** No new round starts after this: on a loaded machine a restart alone can take half a minute. */
const ROUNDS_BUDGET_MS = KILLS * 12_500
// The budget, plus one last slow round (a start can take 90 s at worst) and the checks.
const TEST_TIMEOUT_MS = ROUNDS_BUDGET_MS + 165_000
const targets = ['fr', 'en'] as const
type Target = (typeof targets)[number]

const text = (locale: Target, n: number) =>
  locale === 'fr'
    ? {
        title: `Titre ${n}`,
        slug: `titre-${n}`,
        body: richText([{ type: 'p', text: `Corps traduit ${n}.` }]),
        summary: `Résumé ${n}.`,
      }
    : {
        title: `Title ${n}`,
        slug: `title-${n}`,
        body: richText([{ type: 'p', text: `Translated body ${n}.` }]),
        summary: `Summary ${n}.`,
      }

type Row = Record<string, unknown>
type SqlClient = { execute: (sql: string) => Promise<{ rows: Row[] }> }

function hasSqlClient(db: object): db is { client: SqlClient } {
  return (
    'client' in db &&
    typeof db.client === 'object' &&
    db.client !== null &&
    'execute' in db.client &&
    typeof db.client.execute === 'function'
  )
}

/** A localized field of a raw database row (a map by locale); `null` when that locale has no value. */
function localeValue(row: Row, field: string, locale: string): unknown {
  const value = row[field]
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  return Object.entries(value).find(([key]) => key === locale)?.[1] ?? null
}

let tempDir: string
let databaseUrl: string
let users: Record<'admin' | 'editor' | 'translator', TestUser>
const articleNumbers = new Map<string, number>()

beforeAll(async () => {
  tempDir = mkdtempSync(path.join(tmpdir(), 'dinogeek-crash-'))
  databaseUrl = `file:${path.join(tempDir, 'crash.db')}`
  const payload = await openCrashPayload(databaseUrl, 'crash-prepare')
  users = await createUsers(payload)
  const englishTranslator = await payload.create({
    collection: 'users',
    data: {
      email: 'translator-en@test.example',
      name: 'translator en',
      role: 'translator',
      translatorLocales: ['en'],
      password: 'correct-horse-battery-staple',
    },
  })
  const translators: Record<Target, TestUser> = { fr: users.translator, en: { ...englishTranslator, collection: 'users' } }
  const topic = await createTopic(payload)

  for (let n = 1; n <= ARTICLES; n++) {
    const article = await createArticle(payload, { title: `Articolo ${n}`, topic: topic.id, status: 'published' })
    articleNumbers.set(String(article.id), n)
    const { docs: tasks } = await payload.find({
      collection: 'translations',
      where: { article: { equals: article.id } },
      depth: 0,
    })
    for (const locale of targets) {
      const task = tasks.find((doc) => doc.locale === locale)
      if (!task) throw new Error(`no ${locale} task for article ${n}`)
      const as = { overrideAccess: false as const, user: translators[locale] }
      await payload.update({
        collection: 'translations',
        id: task.id,
        data: { assignee: translators[locale].id, status: 'in_progress' },
        ...as,
      })
      await payload.update({ collection: 'articles', id: article.id, locale, draft: true, data: text(locale, n), ...as })
      await payload.update({ collection: 'translations', id: task.id, data: { status: 'in_review' }, ...as })
    }
  }
  // One process at a time on the file: transactions queue only within a process.
  await payload.destroy()
})

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true })
})

describe('approvals survive a killed server', () => {
  it(
    'after every kill, task state, published text and public languages agree',
    async () => {
      const seed = Number(process.env.CRASH_SEED) || Math.floor(Math.random() * 2 ** 31)
      const next = random(seed)
      const env = { ...process.env, CRASH_DATABASE_URL: databaseUrl, CRASH_EDITOR_EMAIL: users.editor.email }
      const rounds: Round[] = []
      const started = Date.now()
      for (let kill = 0; kill < KILLS && (kill === 0 || Date.now() - started < ROUNDS_BUDGET_MS); kill++) {
        const timed = rounds.flatMap((round) => round.workMs)
        const plan: KillPlan = {
          // The first round always gets one approval through, so there is an acknowledgement to lose.
          skip: kill === 0 ? 1 : Math.floor(next() * 3),
          // A little past the approval's length too: the kill may also land after the commit.
          at: next() * 1.2,
          estimateMs: timed.length > 0 ? Math.max(...timed) : 500,
        }
        const round = await runRound(workerScript, env, plan)
        rounds.push(round)
        if (round.finished) break
      }
      const acknowledged = rounds.flatMap((round) => round.acknowledged)
      // The approval each kill cut short (sent, not acknowledged): either outcome is allowed, not a mix.
      const interrupted = rounds.flatMap((round, index) =>
        round.begun.filter((id) => !round.acknowledged.includes(id)).map((id) => ({ id, round: index })),
      )
      const durations = rounds.flatMap((round) => round.workMs).sort((a, b) => a - b)
      console.info(
        `[crash] seed ${seed}: ${rounds.length} rounds (${rounds.map((round) => `${round.ms} ms`).join(', ')}), ` +
          `${acknowledged.length} approvals acknowledged (median ${durations[Math.floor(durations.length / 2)]} ms), ` +
          `kills cut short the approval of tasks ${interrupted.map(({ id }) => id).join(', ') || 'none'}`,
      )
      expect(acknowledged.length).toBeGreaterThan(0)

      const payload = await openCrashPayload(databaseUrl, 'crash-check')
      try {
        if (!hasSqlClient(payload.db)) throw new Error('expected the SQLite adapter')
        const integrity = await payload.db.client.execute('PRAGMA integrity_check')
        expect(integrity.rows.map((row) => Object.values(row))).toEqual([['ok']])

        const { docs: tasks } = await payload.find({ collection: 'translations', pagination: false, limit: 0, depth: 0 })
        expect(tasks).toHaveLength(ARTICLES * targets.length)
        const byId = new Map<string, Translation>(tasks.map((task) => [String(task.id), task]))

        // Durability: what the server acknowledged is there after the crash.
        for (const id of acknowledged) expect(byId.get(id)?.status, `acknowledged task ${id}`).toBe('approved')

        const outcomes = { approved: 0, inReview: 0 }
        const articleOf = (task: Translation) => (typeof task.article === 'object' ? task.article.id : task.article)
        for (const task of tasks) {
          const articleId = articleOf(task)
          const n = articleNumbers.get(String(articleId))
          if (n === undefined) throw new Error(`task ${task.id} of an unknown article`)
          const locale = task.locale
          if (locale !== 'fr' && locale !== 'en')
            throw new Error(`task ${task.id} in an unexpected language ${JSON.stringify(task.locale)}`)
          const label = `article ${n} ${locale} (task ${task.id}, ${task.status})`
          const published = await payload.db.findOne<Row & { id: number | string }>({
            collection: 'articles',
            where: { id: { equals: articleId } },
          })
          if (!published) throw new Error(`${label}: no published row`)
          const publicLocales = published.publicLocales
          // The source, and exactly the languages whose task is approved.
          const expectedPublic = [
            'it',
            ...tasks
              .filter((other) => articleOf(other) === articleId && other.status === 'approved')
              .map((other) => other.locale),
          ].sort()
          expect(publicLocales, `${label}: public languages`).toEqual(expectedPublic)
          const { docs: latest } = await payload.db.findVersions<Row & { id: number | string }>({
            collection: 'articles',
            where: { and: [{ parent: { equals: articleId } }, { latest: { equals: true } }] },
            pagination: false,
          })
          const transitions = (task.history ?? []).filter((entry) => entry.from === 'in_review' && entry.to === 'approved')

          // Whatever happened to the translations, the source stays published and the draft keeps every text.
          expect(localeValue(published, 'title', 'it'), label).toBe(`Articolo ${n}`)
          expect(published._status, label).toBe('published')
          expect(latest, `${label}: versions flagged latest`).toHaveLength(1)
          const draft: Row = latest[0]?.version ?? {}
          expect(localeValue(draft, 'title', locale), label).toBe(text(locale, n).title)
          expect(draft.publicLocales, `${label}: the draft's public languages`).toEqual(publicLocales)

          if (task.status === 'approved') {
            outcomes.approved++
            const expected = text(locale, n)
            expect(localeValue(published, 'title', locale), label).toBe(expected.title)
            expect(localeValue(published, 'slug', locale), label).toBe(expected.slug)
            expect(localeValue(published, 'summary', locale), label).toBe(expected.summary)
            expect(localeValue(published, 'body', locale), label).toEqual(expected.body)
            expect(task.approvedAt, label).toBeTruthy()
            expect(transitions, `${label}: in_review → approved entries`).toHaveLength(1)
          } else {
            outcomes.inReview++
            expect(task.status, label).toBe('in_review')
            for (const field of ['title', 'slug', 'summary', 'body']) {
              expect(localeValue(published, field, locale), `${label}: published ${field}`).toBeNull()
            }
            expect(task.approvedAt ?? null, label).toBeNull()
            expect(transitions, label).toHaveLength(0)
          }
        }
        // For the log: a cut-short approval that a later round began again, or that is not there, was rolled back.
        const rolledBack = interrupted.filter(
          ({ id, round }) =>
            rounds.slice(round + 1).some((later) => later.begun.includes(id)) || byId.get(id)?.status !== 'approved',
        )
        console.info(
          `[crash] ${outcomes.approved} approved, ${outcomes.inReview} in review; of the ${interrupted.length} cut-short approvals ` +
            `${rolledBack.length} were rolled back, ${interrupted.length - rolledBack.length} committed before the kill`,
        )
      } finally {
        await payload.destroy()
      }
    },
    TEST_TIMEOUT_MS,
  )
})
