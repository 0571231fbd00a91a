'use client'
/**
 * What a save of the article did to its translations, and where it is online.
 * After each save it reads the tasks again and names those the save created or
 * outdated ("French: outdated", "English: created"); it always lists the
 * languages the article is public in, each with a "View on site" link.
 */
import { useDocumentInfo, useLocale } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { locales, type Locale } from '@/i18n/locales'
import { withSlug } from '@/admin/lib/slugPath'
import { taskChanges, type TaskChange, type TaskState } from '@/admin/lib/taskChanges'

export type PublishSummaryLabels = {
  heading: string
  created: Record<string, string>
  outdated: Record<string, string>
  status: Record<string, Record<string, string>>
  viewOnSite: Record<string, string>
  notPublic: string
}

type Props = { apiRoute: string; labels: PublishSummaryLabels; articlePaths: Record<Locale, string> }

async function readJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'include' })
  return response.ok ? response.json() : null
}

export function PublishSummaryClient({ apiRoute, labels, articlePaths }: Props) {
  const { id, savedDocumentData } = useDocumentInfo()
  const { code } = useLocale()
  const [tasks, setTasks] = useState<TaskState[] | null>(null)
  const [changes, setChanges] = useState<TaskChange[]>([])
  const [online, setOnline] = useState<{ locale: Locale; path: string }[]>([])
  const previous = useRef<TaskState[] | null>(null)
  const savedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : ''

  useEffect(() => {
    if (id === undefined || id === null) return
    let cancelled = false
    const articleId = encodeURIComponent(String(id))
    void (async () => {
      const taskList = await readJson(
        `${apiRoute}/translations?where[article][equals]=${articleId}&depth=0&limit=100&select[locale]=true&select[status]=true`,
      )
      const docs =
        taskList && typeof taskList === 'object' && 'docs' in taskList && Array.isArray(taskList.docs)
          ? (taskList.docs as TaskState[])
          : []
      // The published row: which languages are online, under which slug.
      const published = await Promise.all(
        locales.map(async (locale) => {
          const doc = await readJson(
            `${apiRoute}/articles/${articleId}?locale=${locale}&draft=false&depth=0&select[slug]=true&select[publicLocales]=true`,
          )
          if (!doc || typeof doc !== 'object') return null
          const { slug, publicLocales } = doc as { slug?: unknown; publicLocales?: unknown }
          const isPublic = Array.isArray(publicLocales) && publicLocales.includes(locale)
          return isPublic && typeof slug === 'string' && slug ? { locale, path: withSlug(articlePaths[locale], slug) } : null
        }),
      )
      if (cancelled) return
      if (previous.current) setChanges(taskChanges(previous.current, docs))
      previous.current = docs
      setTasks(docs)
      setOnline(published.filter((entry): entry is { locale: Locale; path: string } => entry !== null))
    })()
    return () => {
      cancelled = true
    }
  }, [apiRoute, articlePaths, id, savedAt])

  if (id === undefined || id === null || tasks === null) return null
  const current = online.find((entry) => entry.locale === code)
  return (
    <div className="dg-admin dg-card dg-publish-summary" data-publish-summary>
      <h3>{labels.heading}</h3>
      {changes.length > 0 && (
        <ul className="dg-publish-summary__changes" role="status" data-publish-changes>
          {changes.map((change) => (
            <li key={change.locale} data-change={`${change.locale}:${change.kind}`}>
              {(change.kind === 'created' ? labels.created : labels.outdated)[change.locale]}
            </li>
          ))}
        </ul>
      )}
      <ul className="dg-publish-summary__tasks">
        {tasks.map((task) => (
          <li key={task.locale} data-task-locale={task.locale} data-status={task.status}>
            {labels.status[task.locale]?.[task.status] ?? task.status}
          </li>
        ))}
      </ul>
      {online.length === 0 ? (
        <p className="dg-muted">{labels.notPublic}</p>
      ) : (
        <ul className="dg-publish-summary__links">
          {(current ? [current, ...online.filter((entry) => entry !== current)] : online).map((entry) => (
            <li key={entry.locale}>
              <a href={entry.path} target="_blank" rel="noopener" data-view-on-site={entry.locale}>
                {labels.viewOnSite[entry.locale]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
