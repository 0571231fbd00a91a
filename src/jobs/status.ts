/**
 * A translation job's status, derived from its tasks (never stored, so it cannot drift from
 * them). Each task first gets a state relative to the job, because the same task status means
 * different things in an old and a new job: an outdated task that was approved after the job
 * was created is work this job delivered and the source has changed since ("needs update");
 * an outdated task that was not approved since is work the job still has to do.
 */
import type { TaskStatus } from '@/workflow/states'

export const jobStatuses = ['todo', 'in_progress', 'in_review', 'done', 'needs_update'] as const
export type JobStatus = (typeof jobStatuses)[number]

/** What a job's status is derived from, per task. */
export type JobTaskState = {
  status: TaskStatus
  /** Times (ISO) at which the task moved to approved (from its history). */
  approvals: readonly string[]
}

export type TaskInJob = 'todo' | 'in_progress' | 'in_review' | 'done' | 'needs_update'

/** One task's state in a job created at `jobCreatedAt` (ISO). */
export function taskStateInJob(task: JobTaskState, jobCreatedAt: string): TaskInJob {
  if (task.status === 'approved') return 'done'
  if (task.status === 'outdated') {
    const created = Date.parse(jobCreatedAt)
    const deliveredHere = task.approvals.some((at) => Date.parse(at) >= created)
    return deliveredHere ? 'needs_update' : 'todo'
  }
  return task.status
}

/**
 * The job's status:
 * - no task, or nothing started yet → todo;
 * - every task approved → done;
 * - every task approved or delivered here and outdated since (at least one) → needs update;
 * - every task delivered (in review or approved, at least one in review) → in review;
 * - anything else (some work started or delivered, some not) → in progress.
 */
export function jobStatus(states: readonly TaskInJob[]): JobStatus {
  if (states.length === 0) return 'todo'
  if (states.every((state) => state === 'done')) return 'done'
  if (states.every((state) => state === 'done' || state === 'needs_update')) return 'needs_update'
  if (states.every((state) => state === 'todo')) return 'todo'
  if (states.every((state) => state === 'done' || state === 'in_review')) return 'in_review'
  return 'in_progress'
}

/** Done and needs-update jobs hold no open work: their tasks may go into a new job. */
export function isOpenInJob(state: TaskInJob): boolean {
  return state !== 'done' && state !== 'needs_update'
}

/** The job's status from its tasks' states and its creation time. */
export function deriveJobStatus(tasks: readonly JobTaskState[], jobCreatedAt: string): JobStatus {
  return jobStatus(tasks.map((task) => taskStateInJob(task, jobCreatedAt)))
}

/** The approval times in a task's history (entries moving it to approved). */
export function approvalTimes(history: ReadonlyArray<{ at?: string | null; to?: string | null }> | null | undefined): string[] {
  return (history ?? [])
    .filter((entry) => entry.to === 'approved' && typeof entry.at === 'string')
    .map((entry) => String(entry.at))
}
