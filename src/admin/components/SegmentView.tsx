/**
 * The switch between the field view and the segment view, at the top of an article in a
 * target language (a `ui` field). The strings, in the admin language, and the task go to the
 * client part, which reads and saves the segments through /api/translations/:id/segments.
 */
import type { ServerComponentProps } from 'payload'
import React from 'react'

import { languageName, targetLocales, type TargetLocale } from '@/i18n/locales'
import { messages, translatorFor } from '@/i18n/messages'
import { segmentStatuses } from '@/segments/states'
import { translatableFields } from '@/workflow/fingerprint'
import { translationContext } from '@/admin/data/translationContext'
import { adminLanguage, adminTranslator } from '@/admin/i18n/translator'
import { pickCheckMessages } from '@/admin/lib/checkText'
import { capitalize } from '@/admin/lib/text'
import { termLabels } from '@/admin/i18n/termLabels'
import { SegmentEditor, type SegmentEditorLabels } from './SegmentEditor'

type Props = Pick<ServerComponentProps, 'id' | 'req'>

function isTargetLocale(value: unknown): value is TargetLocale {
  return typeof value === 'string' && (targetLocales as readonly string[]).includes(value)
}

const problemKinds = [
  'empty',
  'missing',
  'extra',
  'duplicate',
  'wrongKind',
  'unbalanced',
  'unclosed',
  'misplaced',
  'stray',
] as const
const editorKeys = [
  'heading',
  'loading',
  'loadFailed',
  'source',
  'readOnly',
  'unaligned',
  'progressLabel',
  'confirm',
  'confirmHint',
  'confirmed',
  'unconfirm',
  'save',
  'saving',
  'saved',
  'unsaved',
  'saveFailed',
  'matches',
  'noMatches',
  'insert',
  'diffLegend',
  'tags',
  'tagPlaced',
  'tagMissing',
  'noTags',
] as const

export async function SegmentView({ id, req }: Props) {
  const locale = req.locale
  if (id === undefined || !isTargetLocale(locale) || !req.user) return null
  const context = await translationContext(req, id, locale)
  if (!context?.task) return null
  const language = adminLanguage(req.i18n)
  const t = translatorFor(language, 'SegmentEditor')
  const admin = adminTranslator(language)
  const targetName = capitalize(languageName(locale, language), language)
  const labels: SegmentEditorLabels = {
    view: { label: t('view.label'), fields: t('view.fields'), segments: t('view.segments'), saveFirst: t('view.saveFirst') },
    editor: Object.fromEntries(editorKeys.map((key) => [key, t(`editor.${key}`)])) as SegmentEditorLabels['editor'],
    target: t('editor.target', { language: targetName }),
    // Templates the client fills ({n}, {score}…): ICU placeholders kept as they are.
    templates: {
      segment: t.raw('editor.segment') as string,
      targetLabel: t.raw('editor.targetLabel') as string,
      progress: t.raw('editor.progress') as string,
      insertLabel: t.raw('editor.insertLabel') as string,
      tagInsert: t.raw('editor.tagInsert') as string,
    },
    status: Object.fromEntries(segmentStatuses.map((status) => [status, t.raw(`status.${status}`) as string])),
    problems: Object.fromEntries(problemKinds.map((kind) => [kind, t.raw(`problems.${kind}`) as string])),
    fields: Object.fromEntries(translatableFields.map((field) => [field, capitalize(admin(`fields.${field}`), language)])),
    // {provider} is filled by the client.
    machine: Object.fromEntries(
      (['button', 'working', 'hint', 'none', 'saveFirst', 'failed'] as const).map((key) => [
        key,
        t.raw(`machine.${key}`) as string,
      ]),
    ) as SegmentEditorLabels['machine'],
    glossary: termLabels(language),
    checks: pickCheckMessages(messages[language]),
    language,
  }
  return <SegmentEditor apiRoute={req.payload.config.routes.api} taskId={context.task.id} locale={locale} labels={labels} />
}
