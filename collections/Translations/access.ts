import type { Access, Where } from 'payload'

import { isEditorUser, translatorLocales } from '../../src/access/roles'

/** Editors see every task; a translator sees tasks in the locales assigned to them. */
export const canReadTranslations: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const mine: Where = { locale: { in: translatorLocales(user) } }
  return mine
}
