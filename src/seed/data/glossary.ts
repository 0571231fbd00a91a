import type { GlossaryTerm } from '@/glossary/terms'
import { locales, sourceLocale, type Locale } from '@/i18n/locales'
import type { SeedTopic } from '@/seed/types'

type SeedTerm = GlossaryTerm & { locale: Locale }
export type SeedConcept = { terms: SeedTerm[]; doNotTranslate: boolean; caseSensitive: boolean; note?: string }

const t = (locale: Locale, text: string, status: GlossaryTerm['status'] = 'preferred'): SeedTerm => ({ locale, text, status })

/** House terms of a tech publication: what translators most often get wrong or translate three ways. */
export const seedCommonTerms: SeedConcept[] = [
  { terms: [t('it', 'server'), t('fr', 'serveur'), t('en', 'server')], doNotTranslate: false, caseSensitive: false },
  { terms: [t('it', 'rete'), t('fr', 'réseau'), t('en', 'network')], doNotTranslate: false, caseSensitive: false },
  {
    terms: [t('it', 'password'), t('fr', 'mot de passe'), t('fr', 'password', 'forbidden'), t('en', 'password')],
    doNotTranslate: false,
    caseSensitive: false,
  },
  { terms: [t('it', 'nome utente'), t('fr', "nom d'utilisateur"), t('en', 'username')], doNotTranslate: false, caseSensitive: false },
  { terms: [t('it', 'certificato'), t('fr', 'certificat'), t('en', 'certificate')], doNotTranslate: false, caseSensitive: false },
  { terms: [t('it', 'chiave pubblica'), t('fr', 'clé publique'), t('en', 'public key')], doNotTranslate: false, caseSensitive: false },
  {
    terms: [t('it', 'crittografia'), t('fr', 'chiffrement'), t('fr', 'cryptage', 'forbidden'), t('en', 'encryption')],
    doNotTranslate: false,
    caseSensitive: false,
    note: 'In francese il termine corretto è « chiffrement »; « cryptage » è un errore frequente.',
  },
  { terms: [t('it', 'sito web'), t('fr', 'site web'), t('en', 'website')], doNotTranslate: false, caseSensitive: false },
  {
    terms: [t('it', 'motore di ricerca'), t('fr', 'moteur de recherche'), t('en', 'search engine')],
    doNotTranslate: false,
    caseSensitive: false,
  },
  {
    terms: [t('it', 'database'), t('it', 'banca dati', 'allowed'), t('fr', 'base de données'), t('en', 'database')],
    doNotTranslate: false,
    caseSensitive: false,
  },
  {
    terms: [t('it', 'file di configurazione'), t('fr', 'fichier de configuration'), t('en', 'configuration file')],
    doNotTranslate: false,
    caseSensitive: false,
  },
  { terms: [t('it', 'indirizzo IP'), t('fr', 'adresse IP'), t('en', 'IP address')], doNotTranslate: false, caseSensitive: false },
  { terms: [t('it', 'backup'), t('fr', 'sauvegarde'), t('fr', 'backup', 'allowed'), t('en', 'backup')], doNotTranslate: false, caseSensitive: false },
  { terms: [t('it', 'aggiornamento'), t('fr', 'mise à jour'), t('en', 'update')], doNotTranslate: false, caseSensitive: false },
  { terms: [t('it', 'riga di comando'), t('fr', 'ligne de commande'), t('en', 'command line')], doNotTranslate: false, caseSensitive: false },
  { terms: [t('it', 'browser'), t('fr', 'navigateur'), t('en', 'browser')], doNotTranslate: false, caseSensitive: false },
  { terms: [t('it', 'Payload')], doNotTranslate: true, caseSensitive: true, note: 'Nome di prodotto.' },
  { terms: [t('it', 'Next.js')], doNotTranslate: true, caseSensitive: true, note: 'Nome di prodotto.' },
]

/**
 * Topic names: a name that is the same in every language is a name to keep as it is
 * (do not translate, case-sensitive); the others are ordinary concepts.
 */
export function topicConcepts(topics: readonly SeedTopic[]): SeedConcept[] {
  return topics.map((topic) => {
    const same = new Set(locales.map((locale) => topic.name[locale])).size === 1
    return same
      ? { terms: [t(sourceLocale, topic.name[sourceLocale])], doNotTranslate: true, caseSensitive: true }
      : { terms: locales.map((locale) => t(locale, topic.name[locale])), doNotTranslate: false, caseSensitive: false }
  })
}
