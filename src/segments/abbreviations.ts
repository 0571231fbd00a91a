/**
 * Abbreviations after which a sentence never ends, per language.
 *
 * Why a list of our own: `Intl.Segmenter` follows the Unicode sentence rules, which end a
 * sentence at "M. Dupont" or "p. es. Redis" (a full stop, a space, a capital). ICU has
 * per-language exceptions for that but the JavaScript API does not expose them. Only
 * abbreviations that cannot close a sentence belong here: "ecc.", "etc." often do, so they
 * are left to the standard rules (no break before a lowercase word, a break before a capital).
 * A language missing from the table (a locale added later) still gets the standard rules.
 */
const byLanguage: Partial<Record<string, readonly string[]>> = {
  it: [
    'p.',
    'es.',
    'cfr.',
    'sig.',
    'sigg.',
    'sig.ra',
    'sig.na',
    'dott.',
    'dott.ssa',
    'prof.',
    'prof.ssa',
    'ing.',
    'avv.',
    'dr.',
    'on.',
    'pag.',
    'pagg.',
    'cap.',
    'capp.',
    'fig.',
    'figg.',
    'tab.',
    'vol.',
    'n.',
    'nn.',
    'art.',
    'sez.',
    'par.',
    'vd.',
    'ca.',
    'rif.',
    'tel.',
    'S.p.A.',
    'ad es.',
  ],
  fr: [
    'M.',
    'MM.',
    'p.',
    'ex.',
    'cf.',
    'env.',
    'chap.',
    'fig.',
    'vol.',
    'art.',
    'éd.',
    'coll.',
    'resp.',
    'av.',
    'apr.',
    'J.-C.',
    'St.',
    'Ste.',
  ],
  en: [
    'e.g.',
    'i.e.',
    'cf.',
    'vs.',
    'Mr.',
    'Mrs.',
    'Ms.',
    'Dr.',
    'Prof.',
    'Sr.',
    'Jr.',
    'St.',
    'Fig.',
    'fig.',
    'No.',
    'Vol.',
    'vol.',
    'pp.',
    'p.',
    'ch.',
    'Ch.',
    'approx.',
    'Sec.',
    'sec.',
    'Eq.',
    'eq.',
  ],
}

/** Shared by every language: "et al." in citations, and initials ("J. R. Smith", "M. Dupont"). */
const everywhere = ['al.']

function withCapitals(list: readonly string[]): Set<string> {
  // A sentence may start with the abbreviation ("E.g. Redis", "Cfr. il cap. 3").
  return new Set(list.flatMap((entry) => [entry, entry.charAt(0).toUpperCase() + entry.slice(1)]))
}

const cache = new Map<string, Set<string>>()

/** The set for a BCP 47 tag ("fr-CA" uses "fr"). */
export function abbreviationsFor(locale: string): ReadonlySet<string> {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? ''
  let set = cache.get(language)
  if (!set) {
    set = withCapitals([...(byLanguage[language] ?? []), ...everywhere])
    cache.set(language, set)
  }
  return set
}

/** One letter and a full stop: an initial. */
const initial = /^\p{Lu}\.$/u

/** True when the word before a candidate break is an abbreviation that cannot end a sentence. */
export function endsWithAbbreviation(before: string, locale: string): boolean {
  const words = before.trimEnd().split(/\s+/u)
  // Opening brackets and quotes are not part of the word: "(e.g." is "e.g.".
  const last = (words.at(-1) ?? '').replace(/^[\p{Ps}\p{Pi}"'«]+/u, '')
  if (last === '') return false
  if (initial.test(last)) return true
  const set = abbreviationsFor(locale)
  if (set.has(last)) return true
  // Two-word abbreviations ("ad es.").
  const previous = words.at(-2)
  return previous !== undefined && set.has(`${previous} ${last}`)
}
