import type { Access, Where } from 'payload'

import { isEditorUser, translatorLocales } from '@/access/roles'

/** Editors read every pair; a translator the pairs into the languages assigned to them; visitors none. */
export const canReadMemory: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const mine: Where = { targetLocale: { in: translatorLocales(user) } }
  return mine
}
