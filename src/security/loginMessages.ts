import { adminTranslator } from '@/admin/i18n/translator'
import type { Locale } from '@/i18n/locales'
import type { LoginRefusal } from './loginThrottle'

const keys = { address: 'throttledAddress', pair: 'throttledPair', account: 'throttledAccount' } as const

/**
 * What a refused caller reads (REST and GraphQL `errors[0].message`, the admin's login
 * toast), in the admin language Payload picked for the request, like its own login errors.
 */
export function refusalMessage(refusal: LoginRefusal, language: Locale): string {
  const minutes = Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60))
  return adminTranslator(language)(`login.${keys[refusal.reason]}`, { minutes })
}
