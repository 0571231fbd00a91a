'use client'

import { useParams } from 'next/navigation'
import type { ReactNode } from 'react'

type Props = { pages: Record<string, ReactNode>; fallbackLocale: string }

/**
 * Shows the 404 page of the URL's language. A not-found page gets no params,
 * and asking the request for its locale would make Next give up server
 * rendering of the 404; the router's params are available during server
 * rendering, so this picks the right page there (no JavaScript needed). The
 * pages themselves (header, footer, language switcher included) are rendered
 * on the server, one per language.
 */
export function LocalizedNotFound({ pages, fallbackLocale }: Props) {
  const params = useParams<{ locale?: string }>()
  return <>{pages[params?.locale ?? ''] ?? pages[fallbackLocale] ?? null}</>
}
