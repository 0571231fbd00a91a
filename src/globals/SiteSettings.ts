import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '@/access'
import { revalidateSiteSettings } from '@/globals/hooks/revalidateSiteSettings'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { it: 'Impostazioni del sito', fr: 'Réglages du site', en: 'Site settings' },
  admin: { group: { it: 'Sito', fr: 'Site', en: 'Site' } },
  // Site settings are the admin's (docs/product.md, "Who uses it"): the contact address receives citation requests.
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [revalidateSiteSettings] },
  fields: [
    { name: 'tagline', type: 'text', localized: true, required: true, label: { it: 'Motto', fr: 'Slogan', en: 'Tagline' } },
    {
      name: 'promo',
      type: 'text',
      localized: true,
      label: { it: 'Riga promozionale del piè di pagina', fr: 'Ligne promotionnelle du pied de page', en: 'Footer promo line' },
    },
    {
      name: 'contactEmail',
      type: 'email',
      required: true,
      label: { it: 'E-mail di contatto', fr: 'E-mail de contact', en: 'Contact e-mail' },
      admin: {
        description: {
          it: 'Riceve le richieste di citazione.',
          fr: 'Reçoit les demandes de citation.',
          en: 'Receives citation requests.',
        },
      },
    },
  ],
}
