import { describe, expect, it } from 'vitest'

import { findTerms, termForms } from '@/glossary/match'
import type { GlossaryConcept } from '@/glossary/terms'

const server: GlossaryConcept = {
  id: 1,
  doNotTranslate: false,
  caseSensitive: false,
  terms: [
    { locale: 'it', text: 'server', status: 'preferred' },
    { locale: 'fr', text: 'serveur', status: 'preferred' },
    { locale: 'en', text: 'server', status: 'preferred' },
  ],
}
const localNetwork: GlossaryConcept = {
  id: 2,
  doNotTranslate: false,
  caseSensitive: false,
  terms: [
    { locale: 'it', text: 'rete locale', status: 'preferred' },
    { locale: 'fr', text: 'réseau local', status: 'preferred' },
    { locale: 'fr', text: 'LAN', status: 'allowed' },
  ],
}
const network: GlossaryConcept = {
  id: 3,
  doNotTranslate: false,
  caseSensitive: false,
  terms: [
    { locale: 'it', text: 'rete', status: 'preferred' },
    { locale: 'fr', text: 'réseau', status: 'preferred' },
  ],
}
const nodejs: GlossaryConcept = {
  id: 4,
  doNotTranslate: true,
  caseSensitive: true,
  terms: [{ locale: 'it', text: 'NodeJS', status: 'preferred' }],
}

describe('glossary term forms', () => {
  it('adds the simple plural of the last word in each language', () => {
    expect(termForms('protocollo', 'it')).toEqual(['protocollo', 'protocolli'])
    expect(termForms('chiave pubblica', 'it')).toEqual(['chiave pubblica', 'chiave pubbliche'])
    expect(termForms('disco', 'it')).toEqual(['disco', 'dischi', 'disci'])
    expect(termForms('réseau', 'fr')).toEqual(['réseau', 'réseaux'])
    expect(termForms('journal', 'fr')).toEqual(['journal', 'journaux', 'journals'])
    expect(termForms('proxy', 'en')).toEqual(['proxy', 'proxies'])
    expect(termForms('cache', 'en')).toEqual(['cache', 'caches'])
    expect(termForms('switch', 'en')).toEqual(['switch', 'switches'])
  })
})

describe('finding glossary terms', () => {
  it('matches whole words only, with plurals, whatever the case', () => {
    const hits = findTerms('I Server della rete aziendale non sono observer.', 'it', [server])
    expect(hits.map((hit) => hit.found)).toEqual(['Server'])
    expect(findTerms('Tre servers e un webserver.', 'en', [server]).map((hit) => hit.found)).toEqual(['servers'])
  })

  it('prefers the longest term where terms overlap', () => {
    const hits = findTerms('La rete locale e la rete geografica.', 'it', [network, localNetwork])
    expect(hits.map((hit) => [hit.found, hit.concept.id])).toEqual([
      ['rete locale', 2],
      ['rete', 3],
    ])
  })

  it('keeps the case of case-sensitive terms', () => {
    expect(findTerms('NodeJS e nodejs non sono la stessa grafia.', 'it', [nodejs]).map((hit) => hit.start)).toEqual([0])
  })

  it('reads only the terms of the asked statuses', () => {
    const concept: GlossaryConcept = {
      ...localNetwork,
      terms: [{ locale: 'fr', text: 'réseau domestique', status: 'forbidden' }],
    }
    expect(findTerms('Un réseau domestique.', 'fr', [concept])).toEqual([])
    expect(findTerms('Un réseau domestique.', 'fr', [concept], ['forbidden'])).toHaveLength(1)
  })
})
