/**
 * `beforeInput` of each localized article field. In a target locale it shows
 * the Italian source of the field, read-only, right above the input; when the
 * source changed since the approved translation, the diff of that field. The
 * title field also carries the task banner (status, link, what to do next).
 */
import type { ServerComponentProps } from 'payload'
import Link from 'next/link'
import React from 'react'

import { isTranslatorUser } from '@/access/roles'
import { languageName, sourceLocale, type TargetLocale, targetLocales } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { relationId, sameId } from '@/lib/relations'
import { articleGlossary } from '@/admin/data/glossary'
import { translationContext } from '@/admin/data/translationContext'
import { termLabels } from '@/admin/i18n/termLabels'
import { adminLanguage, adminTranslator } from '@/admin/i18n/translator'
import { pickCheckMessages } from '@/admin/lib/checkText'
import { taskEditUrl } from '@/admin/lib/adminUrls'
import { changedFieldDiffs, isTranslatableField } from '@/admin/lib/fieldDiffs'
import { DiffView } from './DiffView'
import { FieldChecks } from './FieldChecks'
import { SourceValue } from './SourceValue'
import { StatusBadge } from './StatusBadge'
import '@/admin/styles/admin.css'

type Props = Pick<ServerComponentProps, 'field' | 'id' | 'req'>

function isTargetLocale(value: unknown): value is TargetLocale {
  return typeof value === 'string' && (targetLocales as readonly string[]).includes(value)
}

export async function SourceBeside({ field, id, req }: Props) {
  const locale = req.locale
  const name = 'name' in field ? field.name : undefined
  if (id === undefined || !isTargetLocale(locale) || !isTranslatableField(name)) return null

  const context = await translationContext(req, id, locale)
  if (!context) return null
  const admin = adminLanguage(req.i18n)
  const t = adminTranslator(admin)
  const { source, task } = context
  // The glossary and the live checks serve the translation work: only where there is a task.
  const concepts = task ? await articleGlossary(req, id, locale) : []
  const language = languageName(locale, adminLanguage(req.i18n))
  const adminRoute = req.payload.config.routes.admin

  const changed = task?.changedFields?.includes(name) ?? false
  // Without a snapshot (the earlier source was not recorded) the field is flagged but cannot be diffed.
  const [diff] =
    changed && task && source ? changedFieldDiffs({ changedFields: [name], sourceSnapshot: task.sourceSnapshot }, source) : []

  const translator = isTranslatorUser(req.user)
  const holdsTask = task?.status === 'in_progress' && sameId(relationId(task.assignee), req.user?.id)

  return (
    <div className="dg-admin" data-source-for={name}>
      {name === 'title' && (
        <div className="dg-banner" data-task-banner>
          {task ? (
            <>
              <span>{t('source.task', { language })}</span>
              <StatusBadge status={task.status ?? 'todo'} label={t(`status.${task.status ?? 'todo'}`)} />
              <Link prefetch={false} className="dg-link" href={taskEditUrl(adminRoute, task.id)}>
                {t('source.openTask')}
              </Link>
              {translator && <p>{holdsTask ? t('source.draftHint') : t('source.readOnlyHint')}</p>}
              {concepts.length > 0 && <p>{termLabels(admin).legend}</p>}
            </>
          ) : (
            <span>{t('source.noTask', { language })}</span>
          )}
        </div>
      )}
      <div className="dg-source" lang={sourceLocale}>
        <div className="dg-source__head">
          <span>{t('source.heading')}</span>
          <span className="dg-muted">{t('source.readOnly')}</span>
        </div>
        <div className="dg-source__body">
          <SourceValue
            value={source?.[name] ?? null}
            emptyLabel={t('source.empty')}
            terms={task ? { concepts, targetLocale: locale, labels: termLabels(admin) } : undefined}
          />
        </div>
        {changed && (
          <div className="dg-source__changes" lang={sourceLocale} data-diff-for={name}>
            <strong>{t('source.changed')}</strong>
            {diff && <DiffView diff={diff} emptyLabel={t('diff.formattingOnly')} />}
          </div>
        )}
      </div>
      {task && source && (
        <FieldChecks
          field={name}
          source={source[name] ?? null}
          targetLocale={locale}
          concepts={concepts}
          messages={pickCheckMessages(messages[admin])}
          language={admin}
        />
      )}
    </div>
  )
}
