/**
 * What a job shows besides its tasks: the derived status, the words of its source and the
 * leverage summed band by band. The words are those the leverage was counted on (the size of
 * the work, which approval does not shrink), or the task's words to translate where no
 * leverage was counted yet.
 */
import type { Leverage } from '@/memory/leverage'
import { readTaskLeverage, sumLeverage } from '@/memory/taskLeverage'
import type { TaskStatus } from '@/workflow/states'
import { approvalTimes, deriveJobStatus, type JobStatus } from './status'

export type SummaryTask = {
  status?: TaskStatus | null
  wordsToTranslate?: number | null
  leverage?: unknown
  history?: ReadonlyArray<{ at?: string | null; to?: string | null }> | null
}

export type JobSummary = {
  status: JobStatus
  totalWords: number
  /** Band by band over the tasks whose leverage was counted. */
  leverage: Leverage & { counted: number; tasks: number }
}

export function summarizeJob(tasks: readonly SummaryTask[], jobCreatedAt: string): JobSummary {
  const status = deriveJobStatus(
    tasks.map((task) => ({ status: task.status ?? 'todo', approvals: approvalTimes(task.history) })),
    jobCreatedAt,
  )
  const counted: Leverage[] = []
  let totalWords = 0
  for (const task of tasks) {
    const leverage = readTaskLeverage(task.leverage)
    if (leverage) counted.push(leverage)
    totalWords += leverage ? leverage.total.words : (task.wordsToTranslate ?? 0)
  }
  const sum = sumLeverage(counted)
  return { status, totalWords, leverage: { ...sum, counted: counted.length, tasks: tasks.length } }
}
