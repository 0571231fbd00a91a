import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

/** next-intl routing, built from the same locale list as Payload's localization. */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
})
