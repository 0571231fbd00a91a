import type { CheckboxField } from 'payload'

import { isEditorField } from '@/access'
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
    admin: { position: 'sidebar', readOnly: false, description: label('Labels.redirects.reuseSlugHint') },
    access: { create: isEditorField, update: isEditorField },
    hooks: { afterRead: [() => false] },
  }
}
