/**
 * The admin's home page, one per role, instead of Payload's grid of
 * collection cards. Translators start with their open tasks (overdue first,
 * with the words to translate) and what they can claim; editors with what
 * waits for them: tasks in review, outdated languages and new citation
 * requests. Every count links to the list it counts. Reads go through the
 * Local API as the signed-in user, so access rules decide what shows.
 */
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'

import { isEditorUser, translatorLocales } from '@/access/roles'
import { languageName, targetLocales } from '@/i18n/locales'
import { loadQueue } from '@/admin/data/queue'
import { adminLanguage, adminTranslator } from '@/admin/i18n/translator'
import { adminUrl, taskListUrl, translationsViewPath } from '@/admin/lib/adminUrls'
import { claimableWhere, mineWhere } from '@/admin/lib/queueFilters'
import { capitalize } from '@/admin/lib/text'
import { QueueTable } from './QueueTable'
import '@/admin/styles/admin.css'

type Card = { key: string; label: string; count: number; href: string }

function Cards({ cards }: { cards: Card[] }) {
  return (
    <ul className="dg-dashboard__cards">
      {cards.map((card) => (
        <li key={card.key} data-dashboard-card={card.key}>
          <Link prefetch={false} href={card.href} className="dg-dashboard__card">
            <span className="dg-dashboard__count" data-count>
              {card.count}
            </span>
            <span>{card.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** Payload renders the dashboard view inside its own admin frame already (unlike views at paths of ours). */
export async function DashboardView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(adminUrl(adminRoute, '/login'))

  const language = adminLanguage(req.i18n)
  const t = adminTranslator(language)
  const tables = { t, language, adminRoute }
  const count = async (collection: 'translations' | 'citation-requests', where: Where) =>
    (await payload.count({ collection, where, overrideAccess: false, user })).totalDocs

  let content: React.ReactNode
  if (isEditorUser(user)) {
    const [review, outdated, citations] = await Promise.all([
      loadQueue(payload, user, { where: { status: { equals: 'in_review' } }, page: 1, limit: 10 }),
      Promise.all(
        targetLocales.map((code) =>
          count('translations', { and: [{ status: { equals: 'outdated' } }, { locale: { equals: code } }] }),
        ),
      ),
      count('citation-requests', { status: { equals: 'new' } }),
    ])
    const cards: Card[] = [
      {
        key: 'in_review',
        label: t('dashboard.inReview'),
        count: review.totalDocs,
        href: taskListUrl(adminRoute, { status: 'in_review' }),
      },
      ...targetLocales.map((code, index) => ({
        key: `outdated_${code}`,
        label: t('dashboard.outdatedIn', { language: languageName(code, language) }),
        count: outdated[index] ?? 0,
        href: taskListUrl(adminRoute, { status: 'outdated', locale: code }),
      })),
      {
        key: 'citations_new',
        label: t('dashboard.newCitationRequests'),
        count: citations,
        href: adminUrl(adminRoute, '/collections/citation-requests?where[or][0][and][0][status][equals]=new'),
      },
    ]
    content = (
      <>
        <Cards cards={cards} />
        <section className="dg-section" data-testid="dashboard-review">
          <h2 className="dg-section__title">{t('dashboard.reviewHeading')}</h2>
          <QueueTable rows={review.rows} {...tables} editor emptyLabel={t('dashboard.noReview')} testId="queue-review" />
        </section>
      </>
    )
  } else {
    const languages = translatorLocales(user)
    const [mine, claimable] = await Promise.all([
      // Due dates first, the most urgent (so the overdue) at the top.
      loadQueue(payload, user, { where: mineWhere(user), page: 1, limit: 20 }),
      count('translations', claimableWhere(languages)),
    ])
    const cards: Card[] = [
      {
        key: 'mine',
        label: t('dashboard.myOpenTasks'),
        count: mine.totalDocs,
        href: adminUrl(adminRoute, translationsViewPath),
      },
      {
        key: 'claimable',
        label: t('dashboard.claimable'),
        count: claimable,
        href: adminUrl(adminRoute, translationsViewPath),
      },
    ]
    content = (
      <>
        <Cards cards={cards} />
        <section className="dg-section" data-testid="dashboard-mine">
          <h2 className="dg-section__title">{t('sections.mine')}</h2>
          <QueueTable rows={mine.rows} {...tables} editor={false} emptyLabel={t('empty.mine')} testId="queue-mine" />
        </section>
      </>
    )
  }

  return (
    <Gutter className="dg-admin dg-view dg-dashboard">
      <div data-dashboard={isEditorUser(user) ? 'editor' : 'translator'}>
        <header className="dg-view__header">
          <h1>{t('dashboard.greeting', { name: user.name || user.email })}</h1>
          <p className="dg-view__intro">
            {isEditorUser(user)
              ? t('dashboard.introEditor')
              : t('dashboard.introTranslator', {
                  languages: translatorLocales(user)
                    .map((code) => capitalize(languageName(code, language), language))
                    .join(', '),
                })}
          </p>
          <p>
            <Link prefetch={false} className="dg-link" href={adminUrl(adminRoute, translationsViewPath)}>
              {t('nav.workspace')}
            </Link>
          </p>
        </header>
        {content}
      </div>
    </Gutter>
  )
}
