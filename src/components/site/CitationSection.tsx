import { getTranslations } from 'next-intl/server'

import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { issueFormToken } from '@/site/citation/formToken'

import { CitationForm } from './CitationForm'

type Props = {
  locale: Locale
  articleId: string | number
  contactEmail?: string | null
  /** The article's path in this locale. */ articlePath: string
}

/** The section's id: the form's no-JavaScript answer lands here. */
export const citationAnchor = 'cite'

/** "Want to be cited in this article?": the call to action and its form. */
export async function CitationSection({ locale, articleId, contactEmail, articlePath }: Props) {
  const t = await getTranslations({ locale, namespace: 'Citation' })
  return (
    <section className="citation-cta" id={citationAnchor} aria-labelledby="citation-title">
      <h2 id="citation-title">{t('heading')}</h2>
      <p>
        {contactEmail
          ? t.rich('intro', { email: contactEmail, mail: (chunks) => <a href={`mailto:${contactEmail}`}>{chunks}</a> })
          : t('introNoEmail')}
      </p>
      <CitationForm
        articleId={String(articleId)}
        locale={locale}
        permalink={`${articlePath}#${citationAnchor}`}
        initialToken={issueFormToken(env.payloadSecret)}
        labels={{
          name: t('name'),
          email: t('email'),
          url: t('url'),
          urlHint: t('urlHint'),
          message: t('message'),
          honeypot: t('honeypot'),
          submit: t('submit'),
          sending: t('sending'),
        }}
      />
    </section>
  )
}
