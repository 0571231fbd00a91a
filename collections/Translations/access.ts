import type { Access, Where } from 'payload'

import { isEditorUser, translatorLocales } from '@/access/roles'

/** Editors see every task; a translator sees the tasks in the locales assigned to them. */
export const canReadTranslations: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const mine: Where = { locale: { in: translatorLocales(user) } }
  return mine
}

/**
 * Editors update any task. A translator may update tasks of their locales that
 * are theirs or unassigned (to claim them); which fields and moves are allowed
 * is checked by the `applyWorkflow` hook.
 */
export const canUpdateTranslation: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const mineOrFree: Where = {
    and: [
      { locale: { in: translatorLocales(user) } },
      { or: [{ assignee: { equals: user.id } }, { assignee: { exists: false } }] },
    ],
  }
  return mineOrFree
}
