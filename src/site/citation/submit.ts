import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { defaultLocale, isLocale, localeNames, sourceLocale, type Locale } from '@/i18n/locales'
import { deliverMail } from '@/email/delivery'
import { translatorFor } from '@/i18n/messages'
import { publicArticleById } from '@/site/data/publicArticle'
import { absoluteUrl, localizedPath } from '@/site/paths'
import { verifyFormToken } from './formToken'
import type { RateLimiter } from './rateLimit'
import {
  readCitationInput,
  validateCitation,
  type CitationField,
  type CitationInput,
  type FieldError,
  type FieldErrors,
} from './validate'

/**
 * What happens when a visitor sends the "cite me" form. Framework-free (the
 * server action passes in the request's details), so integration tests run
 * the real thing against a Payload instance.
 */

export type CitationFormState = {
  status: 'idle' | 'success' | 'error'
  /** Shown above the form, in the visitor's language. */
  message?: string
  fieldErrors?: Partial<Record<CitationField, string>>
  /** What the visitor typed, so a form without JavaScript comes back filled in. */
  values?: CitationInput
}

export type SubmitDeps = {
  payload: Payload
  ip: string
  secret: string
  limiter: RateLimiter
  now?: number
  /** Minimum time between opening the form and sending it. */
  minFillMs?: number
  log?: (message: string) => void
}

export const MIN_FILL_MS = 3_000

type CitationT = ReturnType<typeof translatorFor<'Citation'>>

function fieldMessage(t: CitationT, error: FieldError): string {
  return error.code === 'tooLong' ? t('tooLong', { max: error.max }) : t(error.code)
}

function errorState(t: CitationT, values: CitationInput, errors: FieldErrors, message = t('errorSummary')): CitationFormState {
  const fieldErrors: Partial<Record<CitationField, string>> = {}
  for (const [field, error] of Object.entries(errors) as [CitationField, FieldError][])
    fieldErrors[field] = fieldMessage(t, error)
  return { status: 'error', message, fieldErrors, values }
}

/** Maps Payload's field validation errors back to the form fields (a second line of defence). */
function payloadFieldErrors(error: ValidationError): FieldErrors {
  const errors: FieldErrors = {}
  for (const item of error.data.errors) {
    if (item.path === 'email') errors.email = { code: 'invalidEmail' }
    else if (item.path === 'proposedUrl') errors.proposedUrl = { code: 'invalidUrl' }
    else if (item.path === 'name' || item.path === 'message') errors[item.path] = { code: 'required' }
  }
  return errors
}

export async function submitCitationRequest(form: FormData, deps: SubmitDeps): Promise<CitationFormState> {
  const now = deps.now ?? Date.now()
  const log = deps.log ?? ((message: string) => deps.payload.logger.warn(message))
  const rawLocale = form.get('locale')
  const locale: Locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const t = translatorFor(locale, 'Citation')
  const values = readCitationInput(form)

  // Honeypot: people never see this field; bots fill every input. They are told
  // it worked (so they do not adapt) and nothing is stored.
  const trap = form.get('website')
  if (typeof trap === 'string' && trap.trim() !== '') return { status: 'success', message: t('success', { email: values.email }) }

  const errors = validateCitation(values)
  if (Object.keys(errors).length > 0) return errorState(t, values, errors)

  const token = verifyFormToken(form.get('startedAt'), deps.secret, now)
  if (!token.ok || token.ageMs < (deps.minFillMs ?? MIN_FILL_MS)) return errorState(t, values, {}, t('tooFast'))

  if (!(await deps.limiter.take(deps.ip, now))) return errorState(t, values, {}, t('rateLimited'))

  const { payload } = deps
  const articleId = form.get('article')
  const article =
    typeof articleId === 'string' && /^[\w-]{1,64}$/.test(articleId) ? await publicArticleById(payload, locale, articleId) : null
  if (!article || !article.slug) return errorState(t, values, {}, t('unavailable'))

  // The request and the editors' notice are one write: queued (MAIL_DELIVERY=queue), the mail is a job
  // in this transaction; sent directly, it leaves once the request is stored.
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    // The collection has no anonymous create (the API would skip the checks above): the form writes on
    // the visitor's behalf, setting only the visitor's fields, so `status` keeps its default.
    await payload.create({
      collection: 'citation-requests',
      overrideAccess: true,
      data: {
        name: values.name,
        email: values.email,
        proposedUrl: values.proposedUrl,
        message: values.message || undefined,
        article: article.id,
        locale,
      },
      req,
    })
    await notifyEditors(req, {
      locale,
      values,
      title: article.title,
      url: absoluteUrl(localizedPath(locale, '/articles/[slug]', { slug: article.slug })),
    })
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    // Unpublished between the look-up above and the write: the collection's own check refused it.
    if (error instanceof ValidationError && error.data.errors.some((item) => item.path === 'article')) {
      return errorState(t, values, {}, t('unavailable'))
    }
    if (error instanceof ValidationError) return errorState(t, values, payloadFieldErrors(error))
    log(`[citation] could not store a request: ${error instanceof Error ? error.message : String(error)}`)
    return errorState(t, values, {}, t('failed'))
  }

  return { status: 'success', message: t('success', { email: values.email }) }
}

/** The notice to the contact address from the site settings (src/email/delivery.ts: sent after the commit, or queued with it). */
async function notifyEditors(
  req: PayloadRequest,
  args: { locale: Locale; values: CitationInput; title: string; url: string },
): Promise<void> {
  const { payload } = req
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false, req })
  if (!settings.contactEmail) return
  // Editors work in the source language; the visitor's language is named in the message.
  const t = translatorFor(sourceLocale, 'CitationEmail')
  const language = localeNames[args.locale]
  const lines = [
    t('intro', { title: args.title, language }),
    '',
    t('name', { name: args.values.name }),
    t('email', { email: args.values.email }),
    t('url', { url: args.values.proposedUrl }),
    t('article', { url: args.url }),
  ]
  if (args.values.message) lines.push('', t('message'), args.values.message)
  await deliverMail(
    { payload, req },
    {
      to: settings.contactEmail,
      replyTo: args.values.email,
      subject: t('subject', { title: args.title, language }),
      text: lines.join('\n'),
    },
    'Citation request e-mail',
  )
}
