/**
 * The Translations view (/admin/translations). Translators get their queue:
 * tasks assigned to them, then tasks they may claim. Editors and admins get
 * counts per status and language, every open task with its assignee (filterable)
 * and the coverage matrix. Everything is read through the Local API as the
 * signed-in user (`overrideAccess: false`), so access rules decide what shows.
 */
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isEditorUser, translatorLocales } from '@/access/roles'
import { languageName } from '@/i18n/locales'
import { leverageTranslator } from '@/admin/components/LeverageTable'
import { loadCoverage } from '@/admin/data/coverage'
import { loadMyJobs } from '@/admin/data/jobs'
import { loadLeverageTotals } from '@/admin/data/leverageTotals'
import { translatorOptions } from '@/admin/data/lookups'
import { loadQueue, type QueuePage } from '@/admin/data/queue'
import { loadStatusCounts } from '@/admin/data/statusCounts'
import { adminLanguage, adminTranslator, type AdminT } from '@/admin/i18n/translator'
import { translatorFor } from '@/i18n/messages'
import { adminUrl, translationsViewPath } from '@/admin/lib/adminUrls'
import {
  allTasksWhere,
  claimableWhere,
  firstParam,
  mineWhere,
  pageParam,
  parseQueueFilters,
  type SearchParams,
} from '@/admin/lib/queueFilters'
import { CoverageMatrix } from './CoverageMatrix'
import { LeverageTotalsTable } from './LeverageTotalsTable'
import { MyJobsTable } from './MyJobsTable'
import { Pagination } from './Pagination'
import { QueueFiltersForm } from './QueueFiltersForm'
import { QueueTable } from './QueueTable'
import { StatusCountsTable } from './StatusCountsTable'
import { AdminTemplate } from './AdminTemplate'
import '@/admin/styles/admin.css'

function Section({
  title,
  count,
  testId,
  children,
}: {
  title: string
  count?: string
  testId: string
  children: React.ReactNode
}) {
  return (
    <section className="dg-section" data-testid={testId}>
      <h2 className="dg-section__title">
        {title}
        {count && <span className="dg-section__count">{count}</span>}
      </h2>
      {children}
    </section>
  )
}

function pageLabels(t: AdminT, list: Pick<QueuePage, 'page' | 'totalPages'>) {
  return {
    page: t('queue.page', { page: list.page, pages: list.totalPages }),
    previous: t('queue.previous'),
    next: t('queue.next'),
  }
}

export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  const viewUrl = adminUrl(adminRoute, translationsViewPath)
  // Custom views are not behind Payload's login redirect: send anonymous visitors to the login.
  if (!user) redirect(`${adminUrl(adminRoute, '/login')}?redirect=${encodeURIComponent(viewUrl)}`)

  const language = adminLanguage(req.i18n)
  const t = adminTranslator(language)
  const query: SearchParams = searchParams ?? {}
  const editor = isEditorUser(user)
  const tables = { t, language, adminRoute }
  const pager = (list: Pick<QueuePage, 'page' | 'totalPages'>, param: string) => (
    <Pagination page={list.page} totalPages={list.totalPages} param={param} searchParams={query} labels={pageLabels(t, list)} />
  )

  let content: React.ReactNode
  if (editor) {
    const filters = parseQueueFilters(query)
    const search = firstParam(query, 'q')?.trim() || undefined
    const lt = leverageTranslator(language)
    const [counts, leverage, open, coverage, translators] = await Promise.all([
      loadStatusCounts(payload, user),
      loadLeverageTotals(payload, user),
      loadQueue(payload, user, { where: allTasksWhere(filters), page: pageParam(query, 'page'), limit: 25 }),
      loadCoverage(payload, user, { page: pageParam(query, 'coveragePage'), search }),
      translatorOptions(payload, user),
    ])
    content = (
      <>
        <Section title={t('sections.counts')} testId="section-counts">
          <StatusCountsTable counts={counts} {...tables} />
        </Section>
        <Section title={lt('workspaceTitle')} testId="section-leverage">
          <p className="dg-muted">{lt('workspaceIntro')}</p>
          <LeverageTotalsTable totals={leverage} t={lt} language={language} />
        </Section>
        <Section title={t('sections.open')} count={t('queue.total', { count: open.totalDocs })} testId="section-open">
          <QueueFiltersForm filters={filters} translators={translators} t={t} language={language} keep={{ q: search }} />
          <QueueTable rows={open.rows} {...tables} editor emptyLabel={t('empty.open')} testId="queue-open" />
          {pager(open, 'page')}
        </Section>
        <Section
          title={t('sections.coverage')}
          count={t('coverage.articles', { count: coverage.totalDocs })}
          testId="section-coverage"
        >
          <p className="dg-muted">{t('coverage.intro')}</p>
          <form className="dg-filters" method="get">
            {(['status', 'locale', 'assignee'] as const).map((name) => {
              const value = firstParam(query, name)
              return value ? <input key={name} type="hidden" name={name} value={value} /> : null
            })}
            <label>
              {t('coverage.search')}
              <input type="search" name="q" defaultValue={search ?? ''} />
            </label>
            <button type="submit" className="dg-button dg-button--secondary">
              {t('coverage.searchButton')}
            </button>
          </form>
          <CoverageMatrix rows={coverage.rows} {...tables} />
          {pager(coverage, 'coveragePage')}
        </Section>
      </>
    )
  } else {
    const locales = translatorLocales(user)
    const [mine, claimable, jobs] = await Promise.all([
      loadQueue(payload, user, { where: mineWhere(user), page: pageParam(query, 'minePage') }),
      loadQueue(payload, user, { where: claimableWhere(locales), page: pageParam(query, 'claimPage') }),
      loadMyJobs(payload, user),
    ])
    content = (
      <>
        <Section title={translatorFor(language, 'Jobs')('workspace.mine')} testId="section-jobs">
          <MyJobsTable rows={jobs} language={language} adminRoute={adminRoute} />
        </Section>
        <Section title={t('sections.mine')} count={t('queue.total', { count: mine.totalDocs })} testId="section-mine">
          <QueueTable rows={mine.rows} {...tables} editor={false} emptyLabel={t('empty.mine')} testId="queue-mine" />
          {pager(mine, 'minePage')}
        </Section>
        <Section
          title={t('sections.claimable')}
          count={t('queue.total', { count: claimable.totalDocs })}
          testId="section-claimable"
        >
          <QueueTable
            rows={claimable.rows}
            {...tables}
            editor={false}
            emptyLabel={t('empty.claimable')}
            testId="queue-claimable"
          />
          {pager(claimable, 'claimPage')}
        </Section>
      </>
    )
  }

  const languages = translatorLocales(user).map((code) => languageName(code, language))
  return (
    <AdminTemplate initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <SetStepNav nav={[{ label: t('view.title'), url: viewUrl }]} />
      <Gutter className="dg-admin dg-view">
        <header className="dg-view__header">
          <h1>{t('view.title')}</h1>
          <p className="dg-view__intro">
            {editor ? t('view.introEditor') : t('view.introTranslator', { languages: languages.join(', ') })}
          </p>
        </header>
        {content}
      </Gutter>
    </AdminTemplate>
  )
}
