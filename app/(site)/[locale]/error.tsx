'use client'

import { useErrorPageCopy } from '@/components/site/ErrorPageCopy'

type Props = { error: Error & { digest?: string }; reset: () => void }

/**
 * What a visitor sees when a page fails to render (the database is down, a
 * bug): a message in the page's language, a retry and the way home. The
 * error itself is logged on the server; the browser gets only its digest.
 */
export default function LocaleError({ reset }: Props) {
  const { locale, ...t } = useErrorPageCopy()
  return (
    <main id="main" className="site-main" tabIndex={-1}>
      <div className="container not-found">
        <h1>{t.title}</h1>
        <p className="lead">{t.description}</p>
        <ul className="not-found-links">
          <li>
            <button type="button" onClick={reset}>
              {t.retry}
            </button>
          </li>
          <li>
            <a href={`/${locale}`}>{t.backHome}</a>
          </li>
        </ul>
      </div>
    </main>
  )
}
