import type { Env } from '@/env'

/**
 * With JOBS_AUTORUN on (the default), the server's jobs runner starts with the
 * server rather than at the first admin or API request (Payload starts its cron
 * from `getPayload({ cron: true })`), so a scheduled publication runs on time
 * after a restart with no visitor yet. Not during `next build`.
 */
export async function startJobs(env: Pick<Env, 'jobsAutoRun' | 'isBuildPhase'>): Promise<void> {
  if (!env.jobsAutoRun || env.isBuildPhase) return
  const [{ getPayload }, { default: config }, { releaseStalledJobs }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/operations/jobRunner'),
  ])
  const payload = await getPayload({ config, cron: true })
  // Jobs a runner that died left taken (src/operations/jobRunner.ts).
  await releaseStalledJobs(payload)
}
