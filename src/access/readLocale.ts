import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { locales } from '@/i18n/locales'
import { parseRequestLocale, type RequestLocale } from '@/i18n/requestLocale'
import { readRefusal } from './readRefusal'

/** The operations that read a localized collection (the hook names of find, findByID, count, findDistinct). */
export const readOperations: ReadonlySet<string> = new Set(['read', 'count', 'readDistinct'])

/**
 * Settles `req.locale` for a read (see parseRequestLocale): the access rules
 * and the database then see one known code or `all`. An unknown code is a 400.
 */
export function settleReadLocale(req: PayloadRequest): RequestLocale {
  // Typed as a locale, but REST, GraphQL and untyped callers may put any string (or null) here.
  const raw: unknown = req.locale
  const parsed = parseRequestLocale(raw)
  if (!parsed.ok) throw readRefusal(parsed.message)
  // GraphQL types a localized field as one string: every language at once (`?locale=all` on
  // /api/graphql, which its own `locale` argument cannot even express) fails to serialize.
  if (parsed.locale === 'all' && req.payloadAPI === 'GraphQL') {
    throw readRefusal(
      `GraphQL reads one locale at a time: use its locale argument (${locales.join(', ')}), or REST for locale=all.`,
    )
  }
  req.locale = parsed.locale
  return parsed.locale
}

/** For localized collections without other read rules (topics): the locale check alone. */
export const checkReadLocale: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (readOperations.has(operation) && overrideAccess !== true) settleReadLocale(req)
  return args
}
