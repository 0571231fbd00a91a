import { createHmac, timingSafeEqual } from 'node:crypto'

import { isLocale, type Locale } from '@/i18n/locales'

/**
 * A preview link's token: who may open which article in which language, until
 * when, signed with a key derived from the Payload secret (HMAC-SHA256). It is
 * no password: the preview route also needs the same user's live session, and
 * the page checks that session and the user's rights again on every request.
 *
 * Format: `<payload>.<signature>`, both base64url; the payload is JSON
 * `{ u, a, l, e }` (user id, article id, locale, expiry in seconds).
 */

export type PreviewClaims = { userId: string; articleId: string; locale: Locale; expiresAt: number }

export type TokenCheck =
  | { ok: true; claims: PreviewClaims }
  /** Malformed or not signed by us: nothing in it can be believed. */
  | { ok: false; reason: 'forged' }
  /** Signed by us but past its expiry: the claims are authentic, the right to preview is gone. */
  | { ok: false; reason: 'expired'; claims: PreviewClaims }

/** How long a preview link works after the admin rendered it. */
export const PREVIEW_TOKEN_TTL_S = 2 * 60 * 60

/** Domain separation: the session secret itself never signs anything else than sessions. */
function previewKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('dinogeek-preview-token-v1').digest()
}

function sign(body: string, secret: string): string {
  return createHmac('sha256', previewKey(secret)).update(body).digest('base64url')
}

export function createPreviewToken(
  input: { userId: number | string; articleId: number | string; locale: Locale; now?: number; ttlSeconds?: number },
  secret: string,
): string {
  const nowS = Math.floor((input.now ?? Date.now()) / 1000)
  const body = Buffer.from(
    JSON.stringify({
      u: String(input.userId),
      a: String(input.articleId),
      l: input.locale,
      e: nowS + (input.ttlSeconds ?? PREVIEW_TOKEN_TTL_S),
    }),
  ).toString('base64url')
  return `${body}.${sign(body, secret)}`
}

function parseClaims(body: string): PreviewClaims | null {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { u, a, l, e } = value as Record<string, unknown>
  if (typeof u !== 'string' || typeof a !== 'string' || u === '' || a === '') return null
  if (typeof l !== 'string' || !isLocale(l) || typeof e !== 'number' || !Number.isInteger(e)) return null
  return { userId: u, articleId: a, locale: l, expiresAt: e }
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,1024}\.[A-Za-z0-9_-]{43}$/

export function verifyPreviewToken(token: unknown, secret: string, now: number = Date.now()): TokenCheck {
  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return { ok: false, reason: 'forged' }
  const [body, signature] = token.split('.') as [string, string]
  const expected = Buffer.from(sign(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' }
  const claims = parseClaims(body)
  if (!claims) return { ok: false, reason: 'forged' }
  if (claims.expiresAt <= Math.floor(now / 1000)) return { ok: false, reason: 'expired', claims }
  return { ok: true, claims }
}
