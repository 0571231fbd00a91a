/**
 * Child process of tests/int/crash.int.spec.ts: opens Payload on the SQLite file
 * named by CRASH_DATABASE_URL and approves, as the editor CRASH_EDITOR_EMAIL, every
 * task still `in_review`, one at a time, until none is left or the parent kills it.
 *
 * It speaks to the parent on stdout, one line per event, each starting with
 * `crash:` (Payload's own console output is anything else and is ignored):
 *   crash:ready                    Payload is open
 *   crash:begin <taskId>           the approval is about to be sent
 *   crash:approved <taskId> <ms>   the approval returned, so it is committed; it took <ms>
 *   crash:done                     nothing left to approve
 * Any failure is printed as `crash:error <message>` with exit code 1.
 */
import { getPayload } from 'payload'

import { buildAppConfig } from '@/buildConfig'

const prefix = 'crash:'

function say(line: string): void {
  process.stdout.write(`${prefix}${line}\n`)
}

async function main(): Promise<void> {
  const databaseUrl = process.env.CRASH_DATABASE_URL
  const editorEmail = process.env.CRASH_EDITOR_EMAIL
  if (!databaseUrl || !editorEmail) throw new Error('CRASH_DATABASE_URL and CRASH_EDITOR_EMAIL are required')

  // The parent created the schema; skipping the dev push saves a second per start and means
  // no schema change is ever in flight when the process is killed.
  process.env.PAYLOAD_MIGRATING = 'true'
  const config = await buildAppConfig({
    databaseUrl,
    payloadSecret: 'test-secret-that-is-long-enough-1234567890',
    serverUrl: 'http://localhost:3000',
    mail: { fromAddress: 'cms@example.com', fromName: 'DinoGeek CMS' },
    schemaPush: true,
  })
  const payload = await getPayload({ config })
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
    say(`approved ${task.id} ${Math.round(performance.now() - started)}`)
  }
  say('done')
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say(`error ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.replace(/\n/g, ' | '))
    process.exit(1)
  },
)
