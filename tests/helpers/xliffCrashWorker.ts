/**
 * Child process of tests/int/xliff-crash.int.spec.ts: opens Payload on the SQLite file named
 * by CRASH_DATABASE_URL and imports, as the translator CRASH_TRANSLATOR_EMAIL, each XLIFF file
 * of the manifest CRASH_MANIFEST (one file for several tasks) whose tasks are still in progress,
 * one file at a time, until none is left or the parent kills it. One unit of work is one file
 * (`crash:begin <n>`, `crash:acked <n> <ms>`, see tests/helpers/crashRounds.ts).
 */
import { readFileSync } from 'node:fs'

import { createLocalReq } from 'payload'

import { importTasks } from '@/workflow/services/xliffExchange'
import { openWorkerPayload, runWorker, say } from './crashRounds'

export type CrashManifest = Array<{ group: number; taskIds: Array<number | string>; file: string }>

async function main(): Promise<void> {
  const databaseUrl = process.env.CRASH_DATABASE_URL
  const email = process.env.CRASH_TRANSLATOR_EMAIL
  const manifestPath = process.env.CRASH_MANIFEST
  if (!databaseUrl || !email || !manifestPath)
    throw new Error('CRASH_DATABASE_URL, CRASH_TRANSLATOR_EMAIL and CRASH_MANIFEST are required')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CrashManifest

  const payload = await openWorkerPayload(databaseUrl)
  const { docs: found } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  const translator = found[0]
  if (!translator) throw new Error(`no user ${email}`)
  say('ready')

  for (const { group, taskIds, file } of manifest) {
    const { docs: tasks } = await payload.find({
      collection: 'translations',
      where: { id: { in: taskIds } },
      sort: 'id',
      depth: 0,
      pagination: false,
    })
    if (tasks.every((task) => task.status === 'in_review')) continue
    say(`begin ${group}`)
    const started = performance.now()
    const req = await createLocalReq({ user: { ...translator, collection: 'users' } }, payload)
    const result = await importTasks(req, tasks, readFileSync(file, 'utf8'), { moveTo: 'in_review' })
    if (!result.ok) throw new Error(`import of group ${group} refused: ${JSON.stringify(result.failure)}`)
    say(`acked ${group} ${Math.round(performance.now() - started)}`)
  }
  say('done')
  await payload.destroy()
}

runWorker(main)
