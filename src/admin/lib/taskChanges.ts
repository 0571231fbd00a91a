import { isLocale, type Locale } from '@/i18n/locales'

export type TaskState = { locale: string; status: string }

export type TaskChange = { locale: Locale; kind: 'created' | 'outdated' }

/** Tasks created or outdated between two reads of the article's tasks. */
export function taskChanges(before: readonly TaskState[], after: readonly TaskState[]): TaskChange[] {
  const previous = new Map(before.map((task) => [task.locale, task.status]))
  const changes: TaskChange[] = []
  for (const task of after) {
    if (!isLocale(task.locale)) continue
    const was = previous.get(task.locale)
    if (was === undefined) changes.push({ locale: task.locale, kind: 'created' })
    else if (task.status === 'outdated' && was !== 'outdated') changes.push({ locale: task.locale, kind: 'outdated' })
  }
  return changes
}
