import type { CollectionAfterLoginHook } from 'payload'

import { requestedLanguage } from '@/workflow/callerLanguage'

/**
 * Payload keeps the admin language in a cookie only, which e-mails and Local
 * API calls never see. So each sign-in records the language the login request
 * names (the admin's cookie, else Accept-Language) on the user: workflow
 * e-mails to them and their Local API refusals use it. One write, only when it changed.
 */
export const rememberLanguage: CollectionAfterLoginHook = async ({ req, user }) => {
  const language = requestedLanguage(req.headers)
  if (!language || user.language === language) return user
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: { language },
    overrideAccess: true,
    depth: 0,
    req,
    context: { disableRevalidate: true },
  })
  return { ...user, language }
}
