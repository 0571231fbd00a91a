import { languageName, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import type { TranslatableField } from './fingerprint'

export type WorkflowEmailEvent =
  | { kind: 'assigned'; words: number }
  | { kind: 'changes_requested'; comment: string }
  | { kind: 'submitted'; translator: string }
  | { kind: 'outdated'; fields: readonly TranslatableField[] }

export type WorkflowEmailInput = {
  event: WorkflowEmailEvent
  /** Language the recipient reads: a translator's target language, Italian for editors. */
  recipientLocale: Locale
  articleTitle: string
  taskLocale: Locale
  taskUrl: string
}

/** Subject and text of a workflow notification, in the recipient's language (strings from messages/*.json). */
export function composeWorkflowEmail(input: WorkflowEmailInput): { subject: string; text: string } {
  const t = translatorFor(input.recipientLocale, 'WorkflowEmail')
  const common = { title: input.articleTitle, language: languageName(input.taskLocale, input.recipientLocale) }
  const open = t('openTask', { url: input.taskUrl })
  const { event } = input
  switch (event.kind) {
    case 'assigned':
      return { subject: t('assignedSubject', common), text: `${t('assignedBody', { ...common, words: event.words })}\n\n${open}` }
    case 'changes_requested':
      return {
        subject: t('changesRequestedSubject', common),
        text: `${t('changesRequestedBody', { ...common, comment: event.comment })}\n\n${open}`,
      }
    case 'submitted':
      return {
        subject: t('submittedSubject', common),
        text: `${t('submittedBody', { ...common, translator: event.translator })}\n\n${open}`,
      }
    case 'outdated':
      return {
        subject: t('outdatedSubject', common),
        text: `${t('outdatedBody', { ...common, fields: event.fields.map((field) => t(`fields.${field}`)).join(', ') })}\n\n${open}`,
      }
  }
}

export type NewTaskLine = { title: string; locale: Locale; words: number; url: string }

/** At most this many tasks are listed in one mail; the rest are counted. */
export const newTasksListed = 20

/** The batched "new tasks in your languages" mail, in the recipient's language. */
export function composeNewTasksEmail(input: { recipientLocale: Locale; tasks: readonly NewTaskLine[]; workspaceUrl: string }): {
  subject: string
  text: string
} {
  const { recipientLocale: locale, tasks } = input
  const t = translatorFor(locale, 'Workflow')
  const languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    [...new Set(tasks.map((task) => task.locale))].map((code) => languageName(code, locale)),
  )
  const listed = tasks.slice(0, newTasksListed)
  const lines = listed.map((task) =>
    t('newTasksEmail.item', { title: task.title, language: languageName(task.locale, locale), words: task.words, url: task.url }),
  )
  if (tasks.length > listed.length) lines.push(t('newTasksEmail.more', { count: tasks.length - listed.length }))
  return {
    subject: t('newTasksEmail.subject', { count: tasks.length, languages }),
    text: [
      t('newTasksEmail.intro'),
      '',
      ...lines,
      '',
      t('newTasksEmail.workspace', { url: input.workspaceUrl }),
      '',
      t('newTasksEmail.footer'),
    ].join('\n'),
  }
}
