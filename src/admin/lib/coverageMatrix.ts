/**
 * The editors' coverage matrix: one row per article, one cell per target
 * locale, holding that locale's task (or nothing when the article has no task
 * there, i.e. its source was never published).
 */
import type { TargetLocale } from '@/i18n/locales'
import type { TaskStatus } from '@/workflow/states'

export type CoverageTask = {
  id: number | string
  article: number | string | { id: number | string }
  locale: TargetLocale
  status?: TaskStatus | null
}

export type CoverageCell = { taskId: number | string; status: TaskStatus } | null

export type CoverageRow = {
  articleId: number | string
  title: string
  cells: Record<TargetLocale, CoverageCell>
}

export function buildCoverageRows(
  articles: readonly { id: number | string; title?: string | null }[],
  tasks: readonly CoverageTask[],
  locales: readonly TargetLocale[],
): CoverageRow[] {
  const byKey = new Map<string, CoverageCell>()
  for (const task of tasks) {
    const articleId = typeof task.article === 'object' ? task.article.id : task.article
    byKey.set(`${articleId}:${task.locale}`, { taskId: task.id, status: task.status ?? 'todo' })
  }
  return articles.map((article) => ({
    articleId: article.id,
    title: article.title ?? '',
    cells: Object.fromEntries(locales.map((locale) => [locale, byKey.get(`${article.id}:${locale}`) ?? null])) as Record<
      TargetLocale,
      CoverageCell
    >,
  }))
}
