import type { CollectionBeforeChangeHook } from 'payload'

import { isEditorUser } from '@/access/roles'
import type { Glossary } from '@/payload-types'

/**
 * A translator's entry is a proposal: it stays pending, and out of other translators' checks,
 * until an editor accepts it. Editors' entries, and the system's (seed, import), are accepted as written.
 */
export const markProposals: CollectionBeforeChangeHook<Glossary> = ({ data, req, operation }) => {
  if (!req.user || isEditorUser(req.user)) return operation === 'create' ? { ...data, review: data.review ?? 'accepted' } : data
  return operation === 'create' ? { ...data, review: 'pending', proposedBy: req.user?.id } : { ...data, review: 'pending' }
}
