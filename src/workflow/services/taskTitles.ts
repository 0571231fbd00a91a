/**
 * Keeps the stored task titles (src/workflow/taskTitle.ts) in step with the
 * article's Italian question. The title is stored because Payload's
 * `useAsTitle` must name a real field.
 */
import type { PayloadRequest } from 'payload'

import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import { taskTitle } from '@/workflow/taskTitle'

type Id = number | string

/** The article's Italian question as editors see it (the working draft). */
export async function sourceQuestion(req: PayloadRequest, articleId: Id): Promise<string | undefined> {
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    locale: sourceLocale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    select: { title: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return article?.title ?? undefined
}

/**
 * Renames every task of an article after its question changed. Straight through the
 * database adapter: a rename is not a workflow move (no history, no e-mail).
 */
export async function renameTasks(req: PayloadRequest, articleId: Id, question: string): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'translations',
    where: { article: { equals: articleId } },
    depth: 0,
    pagination: false,
    select: { locale: true, title: true },
    overrideAccess: true,
    req,
  })
  for (const task of docs) {
    const locale: Locale | undefined = isLocale(task.locale) ? task.locale : undefined
    if (!locale) continue
    const title = taskTitle(question, locale)
    if (task.title === title) continue
    await req.payload.db.updateOne({ collection: 'translations', id: task.id, data: { title }, req })
  }
}
