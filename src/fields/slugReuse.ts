import type { CheckboxField } from 'payload'

import { isEditorField } from '@/access'
import { isEditorUser } from '@/access/roles'
import { label } from '@/i18n/labels'
import { reuseRedirectedSlugField } from '@/redirects/services/claimSlug'

/**
 * Per save, not stored: the editor's consent to give this document a slug
 * that still redirects another one's old URL (src/redirects/services/claimSlug.ts).
 */
export function slugReuseField(): CheckboxField {
  return {
    name: reuseRedirectedSlugField,
    type: 'checkbox',
    virtual: true,
    label: label('Labels.redirects.reuseSlug'),
    // Payload renders virtual fields read-only unless told otherwise.
    admin: {
      position: 'sidebar',
      readOnly: false,
      description: label('Labels.redirects.reuseSlugHint'),
      // Only editors may give the consent: nobody else is shown a box they cannot tick.
      condition: (_data, _siblingData, { user }) => isEditorUser(user),
    },
    access: { create: isEditorField, update: isEditorField },
    hooks: { afterRead: [() => false] },
  }
}
