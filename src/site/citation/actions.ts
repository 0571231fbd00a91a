'use server'

import { headers } from 'next/headers'

import { env } from '@/env'
import { sitePayload } from '@/site/payload'
import { clientIp } from '@/security/clientIp'
import { issueFormToken } from './formToken'
import { citationRateLimiter } from './citationLimiter'
import { submitCitationRequest, type CitationFormState } from './submit'

/** The citation form's action: works as a plain POST without JavaScript, and through React with it. */
export async function sendCitationRequest(_previous: CitationFormState, form: FormData): Promise<CitationFormState> {
  const [payload, requestHeaders] = await Promise.all([sitePayload(), headers()])
  return submitCitationRequest(form, {
    payload,
    ip: clientIp(requestHeaders, env.trustedProxyHops, (message) => payload.logger.warn(message)),
    secret: env.payloadSecret,
    limiter: citationRateLimiter((message) => payload.logger.warn(message)),
  })
}

/** A fresh "form opened at" token, requested when the visitor starts filling in the form. */
export async function startCitationForm(): Promise<string> {
  return issueFormToken(env.payloadSecret)
}
