import { createServerFeature } from '@payloadcms/richtext-lexical'

import { perLocale } from '@/i18n/locales'
import { messages, type Messages } from '@/i18n/messages'

/** Payload's translator fills `{{n}}`; the messages files use ICU's `{n}`. */
const payloadPlaceholders = (text: string) => text.replace(/\{(\w+)\}/g, '{{$1}}')

const strings = ({ CitationMarkers }: Messages) => ({
  cite: CitationMarkers.cite,
  citeSource: payloadPlaceholders(CitationMarkers.citeSource),
  noSources: CitationMarkers.noSources,
})

/** The editor's "[n]" picker (client half: ./CitationMarkerFeatureClient); strings from messages/*.json. */
export const CitationMarkerFeature = createServerFeature({
  feature: {
    ClientFeature: '/src/richtext/CitationMarkerFeatureClient#CitationMarkerFeatureClient',
    i18n: perLocale((locale) => strings(messages[locale])),
  },
  key: 'citationMarker',
})
