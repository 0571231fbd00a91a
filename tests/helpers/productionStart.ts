/**
 * Child process for tests/int/operations.int.spec.ts: opens Payload with the
 * app's own config under NODE_ENV=production (so the SQLite adapter runs the
 * production migrate, the code path of `npm start`, after the start-up checks) and prints the user count.
 */
import { getPayload } from 'payload'

import config from '@/payload.config'
import { checkEnvironment } from '@/startup/checkEnvironment'

// What instrumentation.ts runs before the server takes requests.
await checkEnvironment()
const payload = await getPayload({ config })
const users = await payload.count({ collection: 'users', overrideAccess: true })
console.info(`USERS=${users.totalDocs}`)
await payload.destroy()
process.exit(0)
