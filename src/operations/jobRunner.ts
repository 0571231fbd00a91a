import type { Payload } from 'payload'

/**
 * The life of a jobs runner (`npm run jobs`, or a server with JOBS_AUTORUN).
 *
 * Payload marks a job `processing` when a runner takes it and never gives it
 * back if that runner dies: the job (a mail, a scheduled publication) would
 * wait forever. So a runner that starts first releases jobs left processing
 * for longer than any of ours takes, and a runner asked to stop lets its
 * current run finish before it closes the database. A released job runs
 * again: a mail whose sending was cut off may go out twice, never not at all.
 */

/** Far longer than any of our jobs runs (a mail, a digest, a publication take seconds). */
export const STALLED_AFTER_MS = 10 * 60 * 1000

export async function releaseStalledJobs(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        { updatedAt: { less_than: new Date(now.getTime() - STALLED_AFTER_MS).toISOString() } },
      ],
    },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  if (docs.length > 0) payload.logger.warn(`Jobs: released ${docs.length} job(s) a stopped runner had left processing.`)
  return docs.length
}

/** Stops the runner's timers, waits up to `graceMs` for a run in progress, then closes Payload. */
export async function stopJobRunner(payload: Payload, graceMs = 25_000): Promise<void> {
  const crons = [...payload.crons]
  for (const cron of crons) cron.pause()
  const deadline = Date.now() + graceMs
  while (crons.some((cron) => cron.isBusy()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (crons.some((cron) => cron.isBusy()))
    payload.logger.warn('Jobs: stopping with a run still in progress; its jobs are released at the next start.')
  await payload.destroy()
}
