import type { CollectionConfig } from 'payload'

import { isEditor, isEditorField } from '@/access'
import { localeOptions } from '@/fields/localeOptions'
import { locales } from '@/i18n/locales'
import { isHttpUrl } from '@/lib/validators'
import { citableArticles, validateCitedArticle, validateRequestLocale } from './citedArticle'

/** A visitor asking to be cited in an article; editors triage it. */
export const CitationRequests: CollectionConfig = {
  slug: 'citation-requests',
  labels: {
    singular: { it: 'Richiesta di citazione', fr: 'Demande de citation', en: 'Citation request' },
    plural: { it: 'Richieste di citazione', fr: 'Demandes de citation', en: 'Citation requests' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'article', 'status', 'createdAt'],
    group: { it: 'Redazione', fr: 'Rédaction', en: 'Editorial' },
  },
  // Visitors create requests only through the site's form (honeypot, time token, per-IP limit), whose server
  // action writes with overrideAccess: an open API create would skip those checks, so only editors have one.
  access: { create: isEditor, read: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { it: 'Nome', fr: 'Nom', en: 'Name' } },
    { name: 'email', type: 'email', required: true, label: 'E-mail' },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      label: { it: 'Articolo', fr: 'Article', en: 'Article' },
      filterOptions: citableArticles,
      validate: validateCitedArticle,
    },
    {
      name: 'proposedUrl',
      type: 'text',
      required: true,
      maxLength: 2048,
      label: { it: 'Fonte proposta (URL)', fr: 'Source proposée (URL)', en: 'Proposed source (URL)' },
      validate: (value: string | null | undefined) =>
        (typeof value === 'string' && isHttpUrl(value)) || 'URL: only http:// and https:// addresses are accepted.',
    },
    {
      name: 'message',
      type: 'textarea',
      maxLength: 2000,
      label: { it: 'Messaggio', fr: 'Message', en: 'Message' },
    },
    {
      name: 'locale',
      type: 'select',
      options: localeOptions(locales),
      label: { it: 'Lingua del visitatore', fr: 'Langue du visiteur', en: 'Visitor language' },
      admin: { position: 'sidebar' },
      // Chosen when the request is made (by the form, or an editor recording one by hand), then fixed:
      // the article was checked against it. Not `required` in the schema, so stored rows need no migration.
      access: { update: () => false },
      validate: validateRequestLocale,
    },
    {
      name: 'status',
      type: 'select',
      // Not `required`: the default always applies, and callers need not send it.
      defaultValue: 'new',
      index: true,
      options: [
        { value: 'new', label: { it: 'Nuova', fr: 'Nouvelle', en: 'New' } },
        { value: 'accepted', label: { it: 'Accettata', fr: 'Acceptée', en: 'Accepted' } },
        { value: 'declined', label: { it: 'Rifiutata', fr: 'Refusée', en: 'Declined' } },
      ],
      label: { it: 'Stato', fr: 'Statut', en: 'Status' },
      admin: { position: 'sidebar' },
      // Visitors create requests as "new"; only editors triage.
      access: { create: isEditorField, update: isEditorField },
    },
  ],
}
