import type { ReactNode } from 'react'

/**
 * The admin (`app/(payload)`) and the site (`app/(site)/[locale]`) each render
 * their own <html>; this root only passes children through (next-intl's pattern).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
