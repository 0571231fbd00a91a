import './loadEnv'

import { getPayload } from 'payload'

import { buildAppConfig } from '@/buildConfig'
import { env } from '@/env'
import { releaseStalledJobs, stopJobRunner } from '@/operations/jobRunner'
import { setRevalidator } from '@/site/revalidation/revalidate'
import { revalidateRemotely } from '@/site/revalidation/remote'

/**
 * `npm run jobs`: a worker that runs the background jobs (scheduled
 * publications and new-task digests every minute, queued e-mails every ten
 * seconds), for deployments with several app replicas started with
 * `JOBS_AUTORUN=false`. Run one: it shares their database and secret; pages
 * are revalidated by a signed request to the app at REVALIDATE_URL
 * (src/site/revalidation/remote.ts). On SIGTERM it finishes the run in
 * progress before it exits (src/operations/jobRunner.ts).
 */
async function main() {
  const config = await buildAppConfig({ ...env, jobsAutoRun: true })
  const payload = await getPayload({ config, cron: true })
  setRevalidator((revalidation) => revalidateRemotely(revalidation, payload))
  await releaseStalledJobs(payload)
  payload.logger.info(`Jobs worker: running due jobs (pages revalidated at ${env.revalidateUrl}).`)
  // The cron timers keep the process alive; this keeps it alive whatever the scheduler does with them.
  const keepAlive = setInterval(() => undefined, 60 * 60 * 1000)
  const stop = async () => {
    clearInterval(keepAlive)
    await stopJobRunner(payload)
    process.exit(0)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop())
}

await main()
