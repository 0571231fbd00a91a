import type { PayloadRequest } from 'payload'

import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'
import type { Translation, User } from '@/payload-types'
import { relationId } from '@/lib/relations'
import { childReq } from './childReq'
import { deliverMail } from '@/email/delivery'
import { composeWorkflowEmail, type WorkflowEmailEvent } from '@/workflow/notifications'

type Recipient = Pick<User, 'email' | 'role' | 'language' | 'translatorLocales'>

/**
 * One workflow e-mail per recipient, each in the recipient's admin language,
 * sent now or queued with the task change (src/email/delivery.ts).
 */
export async function notify(
  req: PayloadRequest,
  task: Pick<Translation, 'id' | 'article' | 'locale'>,
  recipients: readonly Recipient[],
  event: WorkflowEmailEvent,
): Promise<void> {
  if (recipients.length === 0) return
  const articleId = relationId(task.article)
  const article =
    articleId === undefined
      ? null
      : await req.payload.findByID({
          collection: 'articles',
          id: articleId,
          locale: sourceLocale,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          req: childReq(req),
          disableErrors: true,
          select: { title: true },
        })
  const taskLocale: Locale = isLocale(task.locale) ? task.locale : sourceLocale
  const taskUrl = `${req.payload.config.serverURL}/admin/collections/translations/${task.id}`
  for (const recipient of recipients) {
    // The recipient's admin language (saved at sign-in); unknown yet, a translator reads the task's language.
    const recipientLocale: Locale = isLocale(recipient.language)
      ? recipient.language
      : recipient.role === 'translator'
        ? taskLocale
        : sourceLocale
    const { subject, text } = composeWorkflowEmail({
      event,
      recipientLocale,
      articleTitle: article?.title ?? `#${articleId}`,
      taskLocale,
      taskUrl,
    })
    await deliverMail({ payload: req.payload, req }, { to: recipient.email, subject, text }, 'Workflow e-mail')
  }
}

export async function findUser(req: PayloadRequest, id: User['id'] | string | undefined): Promise<User | null> {
  if (id === undefined) return null
  return req.payload.findByID({ collection: 'users', id, depth: 0, req, disableErrors: true })
}

export async function findEditors(req: PayloadRequest): Promise<User[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { equals: 'editor' } },
    pagination: false,
    limit: 0,
    depth: 0,
    req: childReq(req),
  })
  return docs
}
