import type { Access, FieldAccess, Where } from 'payload'

import { isAdminUser, isEditorUser } from './roles'

/** Typed access functions, reused by name in every collection and global. */

export const anyone: Access = () => true

export const isLoggedIn: Access = ({ req: { user } }) => Boolean(user)

export const isAdmin: Access = ({ req: { user } }) => isAdminUser(user)

export const isEditor: Access = ({ req: { user } }) => isEditorUser(user)

export const isAdminField: FieldAccess = ({ req: { user } }) => isAdminUser(user)

export const isEditorField: FieldAccess = ({ req: { user } }) => isEditorUser(user)

/** Field-level: written by hooks only; no API caller may set the field (reads follow the collection). */
export const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/** Anonymous callers see published documents only; any signed-in staff member sees drafts too. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (user) return true
  const published: Where = { _status: { equals: 'published' } }
  return published
}

/** Admins manage everyone; other users may read and update only themselves. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  const self: Where = { id: { equals: user.id } }
  return self
}

/** Editors assign tasks to translators, so they see the team; translators see only themselves. */
export const editorOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const self: Where = { id: { equals: user.id } }
  return self
}

/** Field-level: editors read the field on everyone; anyone else only on their own account. */
export const editorOrSelfField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const docId = id ?? (doc as { id?: number | string } | undefined)?.id
  return docId !== undefined && String(docId) === String(user.id)
}
