import type { CollectionBeforeChangeHook } from 'payload'

import { exactKey } from '@/memory/normalise'
import type { TranslationMemory } from '@/payload-types'

/** The lookup key follows the source text on every write, whoever writes it. */
export const setKey: CollectionBeforeChangeHook<TranslationMemory> = ({ data, originalDoc }) => {
  const source = data.sourceText ?? originalDoc?.sourceText
  if (typeof source === 'string') data.key = exactKey(source)
  return data
}
