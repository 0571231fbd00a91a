import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales, type Locale } from './locales'

type PerLocale = Record<Locale, string>

/**
 * Localized URL segments. Keys are the internal routes (the folders under
 * `app/(site)/[locale]`); values are what visitors see. Typed per locale, so
 * adding a locale in `locales.ts` points here with a type error.
 */
export const pathnames = {
  '/': '/',
  '/topics': { it: '/argomenti', fr: '/sujets', en: '/topics' } satisfies PerLocale,
  '/topics/[slug]': { it: '/argomenti/[slug]', fr: '/sujets/[slug]', en: '/topics/[slug]' } satisfies PerLocale,
  '/topics/[slug]/page/[page]': {
    it: '/argomenti/[slug]/pagina/[page]',
    fr: '/sujets/[slug]/page/[page]',
    en: '/topics/[slug]/page/[page]',
  } satisfies PerLocale,
  '/articles/[slug]': { it: '/articoli/[slug]', fr: '/articles/[slug]', en: '/articles/[slug]' } satisfies PerLocale,
  '/legal-notice': { it: '/avviso-legale', fr: '/mentions-legales', en: '/legal-notice' } satisfies PerLocale,
  '/search': { it: '/cerca', fr: '/recherche', en: '/search' } satisfies PerLocale,
} as const

export type SitePathname = keyof typeof pathnames

/** next-intl routing, built from the same locale list as Payload's localization. */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  pathnames,
  // next-intl would advertise every locale in a `Link` header, but an article is
  // only public in some locales, under a different slug in each: pages emit their
  // own hreflang alternates instead (see src/site/metadata.ts).
  alternateLinks: false,
})
