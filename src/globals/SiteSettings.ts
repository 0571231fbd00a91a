import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { label, textPerLocale } from '@/i18n/labels'
import { revalidateSiteSettings } from './hooks/revalidateSiteSettings'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('Labels.siteSettings.label'),
  admin: { group: textPerLocale('Labels.groups.site') },
  // Site settings are the admin's (docs/product.md, "Who uses it"): the contact address receives citation requests.
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [revalidateSiteSettings] },
  fields: [
    { name: 'tagline', type: 'text', localized: true, required: true, label: label('Labels.siteSettings.tagline') },
    {
      name: 'promo',
      type: 'text',
      localized: true,
      label: label('Labels.siteSettings.footerPromoLine'),
    },
    {
      name: 'contactEmail',
      type: 'email',
      required: true,
      label: label('Labels.siteSettings.contactEmail'),
      admin: {
        description: label('Labels.siteSettings.contactEmailHint'),
      },
    },
  ],
}
