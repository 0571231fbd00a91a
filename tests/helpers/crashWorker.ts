/**
 * Child process of tests/int/crash.int.spec.ts: opens Payload on the SQLite file
 * named by CRASH_DATABASE_URL and approves, as the editor CRASH_EDITOR_EMAIL, every
 * task still `in_review`, one at a time, until none is left or the parent kills it.
 *
 * It speaks to the parent on stdout as tests/helpers/crashRounds.ts says: one unit of work is
 * the approval of one task (`crash:begin <taskId>`, `crash:acked <taskId> <ms>`).
 */
import { openWorkerPayload, runWorker, say } from './crashRounds'

async function main(): Promise<void> {
  const databaseUrl = process.env.CRASH_DATABASE_URL
  const editorEmail = process.env.CRASH_EDITOR_EMAIL
  if (!databaseUrl || !editorEmail) throw new Error('CRASH_DATABASE_URL and CRASH_EDITOR_EMAIL are required')

  const payload = await openWorkerPayload(databaseUrl)
  const { docs: editors } = await payload.find({ collection: 'users', where: { email: { equals: editorEmail } }, limit: 1 })
  const editor = editors[0]
  if (!editor) throw new Error(`no user ${editorEmail}`)
  const user = { ...editor, collection: 'users' as const }
  say('ready')

  for (;;) {
    const { docs } = await payload.find({
      collection: 'translations',
      where: { status: { equals: 'in_review' } },
      sort: 'id',
      limit: 1,
      depth: 0,
    })
    const task = docs[0]
    if (!task) break
    say(`begin ${task.id}`)
    const started = performance.now()
    await payload.update({
      collection: 'translations',
      id: task.id,
      data: { status: 'approved' },
      overrideAccess: false,
      user,
    })
    say(`acked ${task.id} ${Math.round(performance.now() - started)}`)
  }
  say('done')
  await payload.destroy()
}

runWorker(main)
