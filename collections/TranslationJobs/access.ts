import type { Access, Where } from 'payload'

import { isEditorUser } from '@/access/roles'

/**
 * Editors see every job; a translator (or an agency account) sees only the jobs assigned to
 * them. The job's tasks are read under the tasks' own rules (collections/Translations/access.ts).
 */
export const canReadJobs: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isEditorUser(user)) return true
  const assigned: Where = { assignee: { equals: user.id } }
  return assigned
}
