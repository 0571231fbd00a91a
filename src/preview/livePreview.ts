import type { LivePreviewConfig } from 'payload'

import { isLocale } from '@/i18n/locales'
import { issuePreviewHref } from './data/issue'

/**
 * Payload's Live Preview panel in the article editor: the page of the language
 * being edited, through a Preview link made for the signed-in user (none when
 * they may not preview it, and then Payload shows no panel). Widths of a phone,
 * a tablet and a desktop; the labels are their sizes, which need no translation.
 */
export const articleLivePreview: LivePreviewConfig = {
  url: async ({ data, locale, req }) => {
    const id: unknown = data?.id
    if ((typeof id !== 'number' && typeof id !== 'string') || !isLocale(locale?.code) || !req.user) return null
    return issuePreviewHref(req.payload, req.user, id, locale.code)
  },
  breakpoints: [
    { name: 'mobile', label: '390 × 844', width: 390, height: 844 },
    { name: 'tablet', label: '768 × 1024', width: 768, height: 1024 },
    { name: 'desktop', label: '1440 × 900', width: 1440, height: 900 },
  ],
}
