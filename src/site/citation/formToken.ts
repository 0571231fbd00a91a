import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A signed "form opened at" timestamp, to reject submissions made faster
 * than a person can type. The page renders one (for visitors without
 * JavaScript: its age then includes how long the cached page existed); with
 * JavaScript the form asks for a fresh one when the visitor first focuses it.
 */

const PURPOSE = 'citation-form-token'

function sign(issuedAt: number, secret: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${issuedAt}`).digest('base64url')
}

export function issueFormToken(secret: string, now: number = Date.now()): string {
  return `${now}.${sign(now, secret)}`
}

export type TokenCheck = { ok: true; ageMs: number } | { ok: false }

export function verifyFormToken(token: unknown, secret: string, now: number = Date.now()): TokenCheck {
  if (typeof token !== 'string') return { ok: false }
  const match = /^(\d{13})\.([\w-]{43})$/.exec(token)
  if (!match) return { ok: false }
  const issuedAt = Number(match[1])
  const expected = Buffer.from(sign(issuedAt, secret))
  const given = Buffer.from(match[2] ?? '')
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false }
  const ageMs = now - issuedAt
  // A token from the future was not issued by this server's clock.
  if (ageMs < -60_000) return { ok: false }
  return { ok: true, ageMs }
}
