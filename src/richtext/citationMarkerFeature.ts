import { createServerFeature } from '@payloadcms/richtext-lexical'

import en from '../../messages/en.json'
import fr from '../../messages/fr.json'
import it from '../../messages/it.json'

const strings = (messages: typeof it) => {
  const { cite, citeSource, noSources } = messages.CitationMarkers
  return { cite, citeSource, noSources }
}

/** The editor's "[n]" picker (client half: ./CitationMarkerFeatureClient); strings from messages/*.json. */
export const CitationMarkerFeature = createServerFeature({
  feature: {
    ClientFeature: '/src/richtext/CitationMarkerFeatureClient#CitationMarkerFeatureClient',
    i18n: { it: strings(it), fr: strings(fr), en: strings(en) },
  },
  key: 'citationMarker',
})
