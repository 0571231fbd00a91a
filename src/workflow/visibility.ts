import { sourceLocale, type Locale } from '@/i18n/locales'
import { isPublicStatus } from './states'

export type TaskVisibility = { locale: Locale; status?: string | null; approvedAt?: string | null }

/**
 * A target locale is public while its task is approved or outdated — and, once a
 * translation has been approved, it stays online while it is being updated
 * (translators then work on drafts; the approved text is what visitors read).
 */
export function isTaskLocalePublic(task: TaskVisibility): boolean {
  return isPublicStatus(task.status) || Boolean(task.approvedAt)
}

/** The locales in which an article may be shown to the public, in a stable order. */
export function publicLocalesFor(args: { sourcePublished: boolean; tasks: readonly TaskVisibility[] }): Locale[] {
  const result = new Set<Locale>()
  if (!args.sourcePublished) return []
  result.add(sourceLocale)
  for (const task of args.tasks) if (isTaskLocalePublic(task)) result.add(task.locale)
  return [...result].sort()
}
