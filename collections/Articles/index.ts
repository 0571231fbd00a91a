import type { CollectionConfig } from 'payload'

import { isEditor, isEditorField } from '@/access'
import { localeOptions } from '@/fields/localeOptions'
import { articleBodyEditor } from '@/fields/richTextEditor'
import { slugField } from '@/fields/slug'
import { slugReuseField } from '@/fields/slugReuse'
import { label, textPerLocale } from '@/i18n/labels'
import { locales } from '@/i18n/locales'
import { articleLivePreview } from '@/preview/livePreview'
import { dropArticleRedirects, refuseRedirectedArticleSlug } from '@/redirects/services/articleSlugs'
import { canReadArticles, canUpdateArticle } from './access'
import { applyRequestedPublication } from './hooks/applyRequestedPublication'
import { captureMinorEdit } from './hooks/captureMinorEdit'
import { computeSearchText } from './hooks/computeSearchText'
import { guardReads } from './hooks/guardReads'
import { hideNonPublicLocales } from './hooks/hideNonPublicLocales'
import { keepPublicLocales } from './hooks/keepPublicLocales'
import { removeTranslationTasks } from './hooks/removeTranslationTasks'
import { refuseUnknownCitations } from './hooks/refuseUnknownCitations'
import { renameTranslationTasks } from './hooks/renameTranslationTasks'
import { putBackPublishedRow, restoreAsDraft } from './hooks/restoreAsDraft'
import { routeArticleWrites } from './hooks/routeArticleWrites'
import {
  rememberArticleBeforeChange,
  rememberArticleBeforeDelete,
  revalidateArticleAfterChange,
  revalidateArticleAfterDelete,
} from './hooks/revalidateArticle'

/** Non-localized fields belong to the source: translators see them read-only. */
const editorOnlyWrite = { create: isEditorField, update: isEditorField }

/**
 * In a target locale, each translatable field shows its Italian source (and what changed) above
 * the input. A fresh object per field: Payload's sanitizer writes into `admin` objects.
 */
const withSource = () => ({ components: { beforeInput: ['/src/admin/components/SourceBeside#SourceBeside'] } })

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: label('Labels.articles.singular'),
    plural: label('Labels.articles.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'topic', '_status', 'publishedAt', 'updatedAt'],
    group: textPerLocale('Labels.groups.content'),
    // The draft of the language being edited on the site's real page, as it is typed (src/preview).
    livePreview: articleLivePreview,
    // Publishing from the article is the editor's, in Italian: translators save drafts and a
    // target language goes public (or offline) through its task, so no such buttons there.
    components: {
      // Editors group the selected articles (or everything outdated in a language) into a translation job.
      beforeListTable: ['/src/admin/components/CreateJob#CreateJob'],
      edit: {
        PublishButton: '/src/admin/components/PublishButtonForEditors#PublishButtonForEditors',
        UnpublishButton: '/src/admin/components/UnpublishButtonForEditors#UnpublishButtonForEditors',
      },
    },
  },
  versions: {
    // Payload's scheduled publish: each run follows the per-language rules (src/scheduling).
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  access: {
    read: canReadArticles,
    create: isEditor,
    update: canUpdateArticle,
    delete: isEditor,
  },
  defaultSort: '-publishedAt',
  // Topic pages list a topic's articles newest first.
  indexes: [{ fields: ['topic', 'publishedAt'] }],
  hooks: {
    // Every write is a draft; publishing is one language at a time (see hooks/routeArticleWrites).
    // Reads: a known locale, and for anonymous callers no fallback, no drafts, no cross-language filters (hooks/guardReads).
    beforeOperation: [routeArticleWrites, guardReads],
    beforeChange: [
      refuseUnknownCitations,
      refuseRedirectedArticleSlug,
      captureMinorEdit,
      keepPublicLocales,
      restoreAsDraft,
      rememberArticleBeforeChange,
    ],
    // Revalidation runs last: it reads the final state, after the publication and the task updates.
    afterChange: [putBackPublishedRow, applyRequestedPublication, renameTranslationTasks, revalidateArticleAfterChange],
    afterRead: [hideNonPublicLocales],
    // Snapshot before the tasks go: removing them shrinks `publicLocales`.
    beforeDelete: [rememberArticleBeforeDelete, removeTranslationTasks],
    afterDelete: [dropArticleRedirects, revalidateArticleAfterDelete],
  },
  fields: [
    {
      // Not stored: which translation tasks the last save created or outdated, and "View on site" links.
      name: 'publication',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/src/admin/components/PublishSummary#PublishSummary' },
      },
    },
    {
      // Not stored: what is scheduled for this article and what ran (src/admin/components/ScheduleSummary).
      name: 'schedule',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/src/admin/components/ScheduleSummary#ScheduleSummary' },
      },
    },
    {
      // Not stored: a Preview link per language the signed-in user may preview (src/preview).
      name: 'preview',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/src/admin/components/PreviewLinks#PreviewLinks' },
      },
    },
    {
      // Not stored: in a target language, the switch between the field view and the segment view.
      name: 'segmentView',
      type: 'ui',
      admin: { disableListColumn: true, components: { Field: '/src/admin/components/SegmentView#SegmentView' } },
    },
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: label('Labels.articles.questionTitle'),
      admin: withSource(),
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('Labels.articles.answer'),
      editor: articleBodyEditor,
      admin: withSource(),
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('Labels.articles.inShort'),
      admin: withSource(),
    },
    {
      type: 'collapsible',
      label: 'SEO',
      fields: [
        {
          name: 'seoTitle',
          type: 'text',
          localized: true,
          maxLength: 70,
          label: label('Labels.articles.seoTitle'),
          admin: withSource(),
        },
        {
          name: 'seoDescription',
          type: 'textarea',
          localized: true,
          maxLength: 200,
          label: label('Labels.articles.seoDescription'),
          admin: withSource(),
        },
      ],
    },
    {
      name: 'sources',
      access: editorOnlyWrite,
      type: 'relationship',
      relationTo: 'sources',
      hasMany: true,
      label: label('Labels.articles.sourcesUsed'),
      admin: {
        isSortable: true,
        description: label('Labels.articles.sourcesHint'),
      },
    },
    slugField('title'),
    slugReuseField(),
    {
      // Per save, not stored: a typo fix in the source that should not outdate translations.
      name: 'minorEdit',
      type: 'checkbox',
      virtual: true,
      label: label('Labels.articles.minorEdit'),
      // Payload renders virtual fields read-only unless told otherwise: editors tick this one.
      admin: { position: 'sidebar', readOnly: false },
      access: { create: isEditorField, update: isEditorField },
      // Read back unticked: the form keeps a value the server does not send, so a tick would outlive its save.
      hooks: { afterRead: [() => false] },
    },
    {
      name: 'topic',
      access: editorOnlyWrite,
      type: 'relationship',
      relationTo: 'topics',
      required: true,
      index: true,
      label: label('Labels.articles.topic'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      access: editorOnlyWrite,
      type: 'date',
      index: true,
      label: label('Labels.articles.publishedOn'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: {
        // The first publish stamps the date; editors may still set it by hand.
        beforeChange: [
          ({ siblingData, value }) => (!value && siblingData._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    {
      // Derived: what the site's search matches (src/site/search/searchText.ts). Never shown
      // or returned by the API; the site reads it with overrideAccess.
      name: 'searchText',
      type: 'textarea',
      localized: true,
      access: { read: () => false },
      admin: { hidden: true },
      hooks: { beforeChange: [computeSearchText] },
    },
    {
      // Derived (see hooks/computePublicLocales): the source once published, plus each
      // target locale whose translation is approved or outdated.
      name: 'publicLocales',
      type: 'select',
      hasMany: true,
      index: true,
      options: localeOptions(locales),
      label: label('Labels.articles.publicLanguages'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'author',
      access: editorOnlyWrite,
      type: 'relationship',
      relationTo: 'users',
      label: label('Labels.articles.author'),
      admin: { position: 'sidebar' },
      hooks: {
        beforeChange: [({ value, req, operation }) => (operation === 'create' && !value && req.user ? req.user.id : value)],
      },
    },
  ],
}
