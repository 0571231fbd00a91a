import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorUser, translatorLocales } from '@/access/roles'
import { isLocale, locales } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import { callerLanguage } from '@/workflow/callerLanguage'
import { lookupMemory } from '@/workflow/services/translationMemory'

/** Longer than any sentence; a longer text is not a segment. */
export const maxLookupText = 2000
const hashPattern = /^[0-9a-f]{64}$/

function refuse(req: PayloadRequest, status: number, key: 'signIn' | 'badLanguages' | 'badText' | 'notYourLanguage') {
  const t = translatorFor(callerLanguage(req), 'TranslationMemory')
  const message = t(`lookup.${key}`, { locales: locales.join(', '), max: maxLookupText })
  return Response.json({ errors: [{ message }] }, { status })
}

/** A context hash, or null for "field edge"; anything else means "no context given". */
function contextParam(value: string | null): string | null | undefined {
  if (value === 'none') return null
  return value !== null && hashPattern.test(value) ? value : undefined
}

/**
 * `GET /api/translation-memory/lookup?from=it&to=fr&text=…` (optional `before`/`after`: the
 * hashes of the neighbouring source segments, or `none`, for 101 % matches; `limit` 1–20):
 * the best matches with score and band. Editors may look up any pair, translators the pairs
 * into their languages, visitors nothing — the same rules as reading the collection.
 */
export const lookupEndpoint: Endpoint = {
  path: '/lookup',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, 'signIn')
    const params = req.searchParams
    const from = params.get('from')
    const to = params.get('to')
    if (!isLocale(from) || !isLocale(to) || from === to) return refuse(req, 400, 'badLanguages')
    const text = params.get('text')?.trim() ?? ''
    if (text === '' || text.length > maxLookupText) return refuse(req, 400, 'badText')
    if (!isEditorUser(req.user) && !translatorLocales(req.user).includes(to)) return refuse(req, 403, 'notYourLanguage')
    const limit = Math.min(20, Math.max(1, Number.parseInt(params.get('limit') ?? '5', 10) || 5))
    const matches = await lookupMemory(req.payload, {
      from,
      to,
      text,
      before: contextParam(params.get('before')),
      after: contextParam(params.get('after')),
      limit,
    })
    return Response.json({ matches })
  },
}
