import { extractHeaderLanguage } from '@payloadcms/translations'
import { parseCookies, type PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/**
 * The admin language of whoever made a request, for the refusals and notes the
 * workflow writes. REST and GraphQL carry what the admin itself goes by: the
 * `payload-lng` cookie the language selector sets, else `Accept-Language`
 * (Payload's own order, payload/dist/utilities/getRequestLanguage.js). A Local
 * API call has neither, so the user's saved language comes next (users.language,
 * recorded at each sign-in), and Payload's fallback (Italian) last.
 */
export function callerLanguage(req: Pick<PayloadRequest, 'headers' | 'i18n' | 'user'>): Locale {
  const requested = requestedLanguage(req.headers)
  if (requested) return requested
  const saved = req.user && 'language' in req.user ? req.user.language : undefined
  if (isLocale(saved)) return saved
  return isLocale(req.i18n?.language) ? req.i18n.language : defaultLocale
}

/** The admin language a request names (cookie, then Accept-Language); undefined when it names none of ours. */
export function requestedLanguage(headers: Headers | undefined): Locale | undefined {
  if (!headers) return undefined
  const cookie = parseCookies(headers).get('payload-lng')
  if (isLocale(cookie)) return cookie
  const accept = headers.get('accept-language')
  const fromHeader = accept ? extractHeaderLanguage(accept) : undefined
  return isLocale(fromHeader) ? fromHeader : undefined
}
