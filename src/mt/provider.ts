import type { Locale } from '@/i18n/locales'

/**
 * What the workflow needs from a machine-translation service: a list of texts in,
 * the same number of texts out, in order. Texts may carry XML placeholders for
 * inline tags (`<x id="1"/>`, `<g id="2">…</g>`); an adapter must hand them back intact.
 */
export type TranslationRequest = {
  texts: readonly string[]
  source: Locale
  target: Locale
  /** The provider's own glossary for this language pair, when it has one. */
  glossaryId?: string
}

export type GlossaryEntry = { source: string; target: string }

export type MachineTranslator = {
  /** `deepl`, `libretranslate`: shown to the translator beside the pre-fill button. */
  readonly name: string
  translate(request: TranslationRequest): Promise<string[]>
  /** Uploads a glossary for one language pair and returns its id; absent when the service has no glossaries. */
  createGlossary?(pair: { name: string; source: Locale; target: Locale; entries: readonly GlossaryEntry[] }): Promise<string>
}

/**
 * Why a provider refused. The kinds are ours, the same for every provider, so the
 * translator's message does not depend on which service answered.
 */
export type MachineTranslationFailure = 'auth' | 'quota' | 'rateLimit' | 'tooLarge' | 'badRequest' | 'unavailable' | 'badResponse'

export class MachineTranslationError extends Error {
  constructor(
    readonly kind: MachineTranslationFailure,
    readonly provider: string,
    /** The provider's own words (logged for the administrator, never shown to visitors). */
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${provider}: ${kind}${status ? ` (HTTP ${status})` : ''}: ${detail}`)
    this.name = 'MachineTranslationError'
  }
}
