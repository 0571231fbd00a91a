import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { adminLanguage } from '@/admin/i18n/translator'
import { clientIp } from '@/security/clientIp'
import { refusalMessage } from '@/security/loginMessages'
import { createLoginThrottle, type AdmittedAttempt, type LoginRefusal, type LoginThrottle } from '@/security/loginThrottle'

/**
 * Payload's login operation runs `beforeOperation` before it looks the user up and
 * `afterLogin` only once the password matched (node_modules/payload/dist/auth/operations/login.js):
 * the first admits or refuses the attempt, the second takes it back. That covers REST
 * (the admin's login form), GraphQL and every error in between (unknown e-mail, wrong
 * password) without depending on how the error is reported.
 */

export class LoginThrottled extends APIError<{ loginThrottled: true; message: string; retryAfterSeconds: number }> {
  constructor(refusal: LoginRefusal, message: string) {
    // `data` keeps the message public in a minified build (see src/workflow/errors.ts).
    super(message, 429, { loginThrottled: true, message, retryAfterSeconds: refusal.retryAfterSeconds }, true)
    // Set by hand: a minified build renames the class, and `loggingLevels` matches on this name.
    this.name = 'LoginThrottled'
  }
}

export type ThrottleLoginsOptions = {
  throttle: LoginThrottle
  /** Reverse proxies trusted to append to X-Forwarded-For (env.trustedProxyHops). */
  trustedProxyHops: () => number
  now?: () => number
}

function accountOf(args: unknown): string {
  if (typeof args !== 'object' || args === null || !('data' in args)) return ''
  const data = args.data
  if (typeof data !== 'object' || data === null || !('email' in data)) return ''
  // The same normalisation as Payload's lookup, so "Editor@x" and "editor@x" are one account.
  return typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
}

export function throttleLoginHooks(options: ThrottleLoginsOptions): {
  beforeOperation: CollectionBeforeOperationHook
  afterLogin: CollectionAfterLoginHook
} {
  const admitted = new WeakMap<PayloadRequest, AdmittedAttempt>()
  const now = options.now ?? Date.now

  return {
    beforeOperation: ({ args, operation, req }) => {
      // Local API calls come from the server's own code (seed, scripts, tests), not from a visitor.
      if (operation !== 'login' || req.payloadAPI === 'local') return args
      // The same address rule as the citation form's limit: a client cannot choose the address it is counted by.
      const ip = clientIp(req.headers, options.trustedProxyHops(), (message) => req.payload.logger.warn(message))
      const result = options.throttle.admit({ account: accountOf(args), ip }, now())
      if ('refusal' in result) {
        req.responseHeaders ??= new Headers()
        req.responseHeaders.set('Retry-After', String(result.refusal.retryAfterSeconds))
        throw new LoginThrottled(result.refusal, refusalMessage(result.refusal, adminLanguage(req.i18n)))
      }
      admitted.set(req, result.admitted)
      return args
    },
    afterLogin: ({ req, user }) => {
      const attempt = admitted.get(req)
      if (attempt) {
        options.throttle.succeeded(attempt, now())
        admitted.delete(req)
      }
      return user
    },
  }
}

/** The app's throttle: one per server process. */
export const loginThrottle = createLoginThrottle()
