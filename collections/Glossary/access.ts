import type { Access, Where } from 'payload'

import { isEditorUser } from '@/access/roles'

/** Editors read every entry; translators the accepted ones and their own proposals; visitors none. */
export const canReadGlossary: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const acceptedOrMine: Where = { or: [{ review: { equals: 'accepted' } }, { proposedBy: { equals: user.id } }] }
  return acceptedOrMine
}

/** Editors change any entry; a translator only a proposal of theirs that no editor has accepted yet. */
export const canChangeGlossary: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const ownPending: Where = { and: [{ review: { equals: 'pending' } }, { proposedBy: { equals: user.id } }] }
  return ownPending
}
