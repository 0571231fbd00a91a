import type { Access } from 'payload'

import { isEditorUser, translatorLocales } from '@/access/roles'
import { isLocale } from '@/i18n/locales'
import { childReq } from '@/workflow/services/childReq'
import { publicArticles } from '@/workflow/visibility'

/**
 * Staff read everything (drafts included). Anonymous callers read published
 * articles, and for a single-locale request only those public in that locale,
 * so REST, GraphQL and the Local API never answer with a hidden translation.
 */
export const canReadArticles: Access = ({ req }) => {
  if (req.user) return true
  return publicArticles(req.locale)
}

/**
 * Editors update any article. A translator may update one only in a locale
 * assigned to them, and only while they hold an in-progress task for that
 * article and locale (the `guardTranslatorSave` hook then limits them to drafts).
 */
export const canUpdateArticle: Access = async ({ req, id }) => {
  const { user } = req
  if (!user) return false
  if (isEditorUser(user)) return true
  if (id === undefined || !isLocale(req.locale) || !translatorLocales(user).some((locale) => locale === req.locale)) {
    return false
  }
  const open = await req.payload.count({
    collection: 'translations',
    where: {
      and: [
        { article: { equals: id } },
        { locale: { equals: req.locale } },
        { assignee: { equals: user.id } },
        { status: { equals: 'in_progress' } },
      ],
    },
    req: childReq(req),
  })
  return open.totalDocs > 0
}
