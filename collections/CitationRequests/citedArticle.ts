import { isValidID, type FilterOptions, type PayloadRequest } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { childReq } from '@/workflow/services/childReq'
import { publicArticles, publicInLocale } from '@/workflow/visibility'

/**
 * A citation request is about a page a visitor can read: an article public in
 * the request's language. A draft, a missing id and an article not public in
 * that language get the same answer, so the API tells no one which ids exist.
 */
export const notCitableMessage = 'This article does not take citation requests in this language.'

function idOf(value: unknown): number | string | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value !== null && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return null
}

async function isCitable(req: PayloadRequest, id: number | string, locale: Locale): Promise<boolean> {
  const idType = req.payload.collections.articles.customIDType ?? req.payload.db.defaultIDType
  if (!isValidID(id, idType)) return false
  const { totalDocs } = await req.payload.count({
    collection: 'articles',
    where: { and: [{ id: { equals: id } }, publicInLocale(locale)] },
    // Whoever creates the request (an editor, or the form's server action), the rule is the visitor's.
    overrideAccess: true,
    req: childReq(req),
  })
  return totalDocs > 0
}

type ValidateArgs = {
  req: PayloadRequest
  operation?: 'create' | 'update' | 'read' | 'delete'
  previousValue?: unknown
  siblingData: { locale?: unknown }
}

/** The `article` field's validation: true, or the message. */
export async function validateCitedArticle(
  value: unknown,
  { req, operation, previousValue, siblingData }: ValidateArgs,
): Promise<string | true> {
  const id = idOf(value)
  if (id === null) return req.t('validation:required')
  // Editors keep triaging a request whose article has been unpublished since: only a new choice is checked.
  if (operation === 'update' && String(id) === String(idOf(previousValue))) return true
  // Without a language the `locale` field reports the problem; there is nothing to check against.
  if (!isLocale(siblingData.locale)) return true
  return (await isCitable(req, id, siblingData.locale)) || notCitableMessage
}

/** The admin's article picker offers what validation accepts (published; public in the chosen language once there is one). */
export const citableArticles: FilterOptions = ({ siblingData }) => {
  const locale = siblingData && typeof siblingData === 'object' && 'locale' in siblingData ? siblingData.locale : undefined
  return publicArticles(locale)
}

/** The `locale` field's validation: required on creation (it is fixed afterwards). */
export function validateRequestLocale(
  value: unknown,
  { req, operation }: Pick<ValidateArgs, 'req' | 'operation'>,
): string | true {
  if (operation !== 'create' || isLocale(value)) return true
  return value === undefined || value === null || value === ''
    ? req.t('validation:required')
    : req.t('validation:invalidSelection')
}
