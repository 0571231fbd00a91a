'use client'

import { createContext, useContext, type ReactNode } from 'react'

/** The error page's words in the page's language (the `ErrorPage` messages), and that language. */
export type ErrorPageCopy = { locale: string; title: string; description: string; retry: string; backHome: string }

const Copy = createContext<ErrorPageCopy | null>(null)

/**
 * Hands the error boundary (error.tsx, which gets no props of ours) its words.
 * A plain context rather than next-intl's client provider: that one ships the
 * ICU message formatter to every visitor for four fixed strings.
 */
export function ErrorPageCopyProvider({ copy, children }: { copy: ErrorPageCopy; children: ReactNode }) {
  return <Copy.Provider value={copy}>{children}</Copy.Provider>
}

export function useErrorPageCopy(): ErrorPageCopy {
  const copy = useContext(Copy)
  if (!copy) throw new Error('useErrorPageCopy: no ErrorPageCopyProvider above the error page')
  return copy
}
