import { languageName, type Locale } from '../i18n/locales'
import { translatorFor } from '../i18n/messages'
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
