'use client'

import { useParams } from 'next/navigation'

export type NotFoundCopy = {
  title: string
  description: string
  backHome: string
  topics: string
  siteName: string
  searchLabel: string
  searchSubmit: string
  homePath: string
  topicsPath: string
  searchPath: string
}

type Props = { copy: Record<string, NotFoundCopy>; fallbackLocale: string }

/**
 * The 404's content in the language of the URL. A not-found page gets no
 * params, and asking the request for its locale would make Next give up
 * server rendering of the 404; the router's params are available during
 * server rendering, so this picks the right copy there (no JavaScript needed).
 */
export function LocalizedNotFound({ copy, fallbackLocale }: Props) {
  const params = useParams<{ locale?: string }>()
  const text = copy[params?.locale ?? ''] ?? copy[fallbackLocale]
  if (!text) return null
  return (
    <>
      <header className="site-header">
        <div className="container header-inner">
          <div className="brand-block">
            <a className="brand" href={text.homePath}>
              <span aria-hidden="true" className="brand-mark">
                ◆
              </span>
              {text.siteName}
            </a>
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <div className="container not-found">
          <h1>{text.title}</h1>
          <p className="lead">{text.description}</p>
          <form role="search" className="search-form search-form--large" action={text.searchPath} method="get">
            <label htmlFor="not-found-search">{text.searchLabel}</label>
            <div className="search-row">
              <input id="not-found-search" type="search" name="q" maxLength={100} autoComplete="off" />
              <button type="submit">{text.searchSubmit}</button>
            </div>
          </form>
          <ul className="not-found-links">
            <li>
              <a href={text.homePath}>{text.backHome}</a>
            </li>
            <li>
              <a href={text.topicsPath}>{text.topics}</a>
            </li>
          </ul>
        </div>
      </main>
    </>
  )
}
