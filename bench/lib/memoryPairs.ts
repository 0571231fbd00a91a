/**
 * Translation-memory pairs from the synthetic catalogue, for the memory bench: each synthetic
 * article's Italian fields segmented as the memory segments them, paired segment by segment
 * with the same article's French text. The French is not a translation of the Italian (the
 * catalogue's locales are generated apart), which lookups do not care about: they match on
 * the source side only.
 */
import { perLocale, type Locale } from '@/i18n/locales'
import { richText } from '@/richtext/build'
import { segmentField } from '@/segments/field'
import { queriesOf } from '@/memory/leverage'

import { generateArticleContent } from './text'

export type BenchPair = { source: string; target: string; before: string | null; after: string | null }

const topicNames: Partial<Record<Locale, string>> = { it: 'Prestazioni', fr: 'Performances', en: 'Performance' }
/** Every locale gets a name: a locale added later reads the English one. */
const topicName = perLocale((locale) => topicNames[locale] ?? 'Performance')

/** At least `count` pairs (then cut to `count`), article after article from `firstIndex`; also says how many articles it used. */
export function syntheticPairs(seed: string, count: number, firstIndex = 0): { pairs: BenchPair[]; articles: number } {
  const pairs: BenchPair[] = []
  let index = firstIndex
  while (pairs.length < count) {
    const content = generateArticleContent({ seed, index, topicName })
    const fields: Array<[string, unknown, unknown]> = [
      ['body', richText(content.it.body), richText(content.fr.body)],
      ['summary', content.it.summary, content.fr.summary],
    ]
    for (const [field, it, fr] of fields) {
      const source = segmentField(field, it, 'it').segments
      const target = segmentField(field, fr, 'fr').segments
      const context = queriesOf(source)
      source.forEach((segment, i) => {
        pairs.push({
          source: segment.text,
          target: target[i]?.text ?? segment.text,
          before: context[i]?.before ?? null,
          after: context[i]?.after ?? null,
        })
      })
    }
    index += 1
  }
  return { pairs: pairs.slice(0, count), articles: index - firstIndex }
}
