import type { TextField } from 'payload'

import { label } from '@/i18n/labels'
import { isSlug, slugify } from '@/lib/slugify'

/**
 * A localized slug, unique per locale (the database index is on slug + locale),
 * generated from `fromField` of the same locale when left empty, always normalized.
 */
export function slugField(fromField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    unique: true,
    index: true,
    label: 'Slug',
    admin: {
      position: 'sidebar',
      description: label('Labels.fields.slugHint'),
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = data?.[fromField]
          return typeof source === 'string' && source.trim() ? slugify(source) : value
        },
      ],
    },
    validate: (value: string | null | undefined) => {
      if (value === null || value === undefined || value === '') return true
      return isSlug(value) || 'Slug: a–z, 0–9 and hyphens only.'
    },
  }
}
