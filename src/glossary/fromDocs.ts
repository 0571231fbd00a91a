import type { Glossary } from '@/payload-types'

import type { GlossaryConcept } from './terms'

/** Glossary entries as the checks read them. */
export function conceptOf(doc: Glossary): GlossaryConcept {
  return {
    id: doc.id,
    terms: doc.terms.map(({ locale, text, status }) => ({ locale, text, status })),
    doNotTranslate: doc.doNotTranslate ?? false,
    caseSensitive: doc.caseSensitive ?? false,
    note: doc.note,
  }
}
