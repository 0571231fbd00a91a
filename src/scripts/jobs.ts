import './loadEnv'

import { getPayload } from 'payload'

import { buildAppConfig } from '@/buildConfig'
import { env } from '@/env'
import { setRevalidator } from '@/site/revalidation/revalidate'
import { revalidateRemotely } from '@/site/revalidation/remote'

/**
 * `npm run jobs`: a worker that runs the background jobs (scheduled
 * publications, new-task digests) every minute, for deployments with several
 * app replicas started with `JOBS_AUTORUN=false`. It shares their database
 * and secret; pages are revalidated by a signed request to the app at
 * NEXT_PUBLIC_SERVER_URL (src/site/revalidation/remote.ts).
 */
async function main() {
  const config = await buildAppConfig({ ...env, jobsAutoRun: true })
  const payload = await getPayload({ config, cron: true })
  setRevalidator((revalidation) => revalidateRemotely(revalidation, payload))
  payload.logger.info(`Jobs worker: running due jobs every minute (pages revalidated at ${env.serverUrl}).`)
  // The cron timers keep the process alive; this keeps it alive whatever the scheduler does with them.
  const keepAlive = setInterval(() => undefined, 60 * 60 * 1000)
  const stop = async () => {
    clearInterval(keepAlive)
    await payload.destroy()
    process.exit(0)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop())
}

await main()
