import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { slugify } from '@/lib/slugify'
import type { RichTextBlock } from '@/richtext/build'
import { countWords } from '@/workflow/wordCount'
import { createRng, type Rng } from './prng'
import { vocabularyFor, type Vocabulary } from './words'

/**
 * Synthetic article text: headings, paragraphs, lists, the odd quote, link,
 * inline code and code block, in the compact `RichTextBlock` notation that
 * `src/richtext/build.ts` turns into Lexical JSON. Body length is 600–1,500
 * words (counted like the translation workflow counts them), deterministic per seed.
 */

export const MIN_BODY_WORDS = 600
export const MAX_BODY_WORDS = 1500

export type SyntheticContent = {
  title: string
  slug: string
  summary: string
  seoTitle: string
  seoDescription: string
  body: RichTextBlock[]
  /** Words in `body`, as `countWords` counts the rendered text. */
  bodyWords: number
}

/** A run of words: `markup` goes into the seed notation, `plain` is what a reader sees. */
type Run = { markup: string; plain: string }

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function joinWords(words: string[]): string {
  // Elided glue words ("l'", "dell'") attach to the next word.
  return words.reduce((text, word, index) => (index === 0 ? word : text.endsWith("'") ? text + word : `${text} ${word}`), '')
}

function wordRun(rng: Rng, vocabulary: Vocabulary, count: number): string[] {
  const words: string[] = []
  for (let i = 0; i < count; i += 1) {
    words.push(rng.chance(0.35) ? rng.pick(vocabulary.glue) : rng.pick(vocabulary.content))
  }
  // A sentence does not end on an elided article.
  while (words.length > 0 && (words[words.length - 1] ?? '').endsWith("'")) words[words.length - 1] = rng.pick(vocabulary.content)
  return words
}

/** One sentence of exactly `count` counted words (plain), with an optional link or code span. */
function sentence(rng: Rng, vocabulary: Vocabulary, count: number, options: { decorate: boolean }): Run {
  const words = wordRun(rng, vocabulary, count)
  const plainWords = [...words]
  const markupWords = [...words]
  const at = options.decorate && words.length >= 6 ? rng.int(1, words.length - 2) : -1
  // Only a whole word (not an elided article, nor one glued to it) becomes a link or code span.
  const decorable = at > 0 && !(words[at] ?? "'").endsWith("'") && !(words[at - 1] ?? "'").endsWith("'")
  if (decorable) {
    if (rng.chance(0.5)) {
      const identifier = rng.pick(vocabulary.code).replace(/\s+/g, '-')
      plainWords[at] = identifier
      markupWords[at] = `\`${identifier}\``
    } else {
      const label = words[at] ?? 'link'
      markupWords[at] = `[${label}](https://example.org/docs/${encodeURIComponent(slugify(label) || 'page')})`
    }
  }
  const end = rng.chance(0.1) ? '?' : '.'
  return {
    markup: capitalize(joinWords(markupWords)) + end,
    plain: capitalize(joinWords(plainWords)) + end,
  }
}

function paragraph(rng: Rng, vocabulary: Vocabulary, maxWords: number): { text: string; words: number } {
  const sentences = rng.int(3, 6)
  const markup: string[] = []
  let words = 0
  for (let i = 0; i < sentences && words < maxWords; i += 1) {
    const length = Math.min(rng.int(8, 22), maxWords - words)
    if (length < 3) break
    const run = sentence(rng, vocabulary, length, { decorate: rng.chance(0.25) })
    markup.push(run.markup)
    words += countWords(run.plain)
  }
  return { text: markup.join(' '), words }
}

function heading(rng: Rng, vocabulary: Vocabulary): { text: string; words: number } {
  const words = wordRun(rng, vocabulary, rng.int(2, 6))
  const text = capitalize(joinWords(words))
  return { text, words: countWords(text) }
}

function listItems(rng: Rng, vocabulary: Vocabulary, maxWords: number): { items: string[]; words: number } {
  const items: string[] = []
  let words = 0
  const count = rng.int(3, 6)
  for (let i = 0; i < count; i += 1) {
    const length = Math.min(rng.int(4, 12), maxWords - words)
    if (length < 2) break
    const text = capitalize(joinWords(wordRun(rng, vocabulary, length)))
    items.push(text)
    words += countWords(text)
  }
  return { items, words }
}

function codeBlock(rng: Rng, vocabulary: Vocabulary): { block: RichTextBlock; words: number } {
  const lines: string[] = []
  const count = rng.int(3, 6)
  for (let i = 0; i < count; i += 1) {
    const name = rng.pick(vocabulary.code).replace(/[^A-Za-z]+/g, '')
    lines.push(`const v${i} = await ${name || 'run'}(${rng.int(1, 99)})`)
  }
  const code = lines.join('\n')
  return { block: { type: 'code', language: 'ts', code }, words: countWords(code) }
}

/** Body blocks totalling exactly `targetWords` counted words (within a few words), never more. */
export function generateBody(rng: Rng, locale: Locale, targetWords: number): { blocks: RichTextBlock[]; words: number } {
  const vocabulary = vocabularyFor(locale)
  const blocks: RichTextBlock[] = []
  let words = 0
  const remaining = () => targetWords - words
  const addParagraph = () => {
    const p = paragraph(rng, vocabulary, remaining())
    if (p.words === 0) return false
    blocks.push({ type: 'p', text: p.text })
    words += p.words
    return true
  }

  // Introduction, then sections: heading, paragraphs, sometimes a list, sub-heading, quote or code.
  addParagraph()
  addParagraph()
  let guard = 0
  while (remaining() >= 40 && guard < 200) {
    guard += 1
    const h = heading(rng, vocabulary)
    blocks.push({ type: 'h2', text: h.text })
    words += h.words
    const paragraphs = rng.int(2, 4)
    for (let i = 0; i < paragraphs && remaining() >= 10; i += 1) {
      addParagraph()
      if (rng.chance(0.15) && remaining() >= 30) {
        const sub = heading(rng, vocabulary)
        blocks.push({ type: 'h3', text: sub.text })
        words += sub.words
      }
    }
    if (rng.chance(0.45) && remaining() >= 30) {
      const list = listItems(rng, vocabulary, remaining())
      if (list.items.length > 0) {
        blocks.push({ type: rng.chance(0.5) ? 'ul' : 'ol', items: list.items })
        words += list.words
      }
    }
    if (rng.chance(0.12) && remaining() >= 40) {
      const code = codeBlock(rng, vocabulary)
      if (code.words <= remaining()) {
        blocks.push(code.block)
        words += code.words
      }
    }
    if (rng.chance(0.08) && remaining() >= 30) {
      const run = sentence(rng, vocabulary, rng.int(10, 20), { decorate: false })
      blocks.push({ type: 'quote', text: run.markup })
      words += countWords(run.plain)
    }
  }
  // Close with a paragraph that uses up what is left.
  while (remaining() >= 3 && guard < 400) {
    guard += 1
    if (!addParagraph()) break
  }
  return { blocks, words }
}

function truncateWords(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  const cut = text.slice(0, maxLength + 1)
  const space = cut.lastIndexOf(' ')
  return (space > maxLength / 2 ? cut.slice(0, space) : text.slice(0, maxLength)).replace(/[\s,;:]+$/, '')
}

function plainSentences(rng: Rng, vocabulary: Vocabulary, count: number): string {
  const parts: string[] = []
  for (let i = 0; i < count; i += 1) parts.push(sentence(rng, vocabulary, rng.int(12, 20), { decorate: false }).plain)
  return parts.join(' ')
}

/**
 * One article in every locale. `index` makes slugs unique (suffix `-<index>`);
 * each locale's body length is the article's base length ± 7 %, kept within bounds.
 */
export function generateArticleContent(args: {
  seed: string
  index: number
  topicName: Record<Locale, string>
}): Record<Locale, SyntheticContent> {
  const base = createRng(`${args.seed}:${args.index}`)
  const baseWords = base.int(MIN_BODY_WORDS + 50, MAX_BODY_WORDS - 100)
  const result = {} as Record<Locale, SyntheticContent>
  for (const locale of locales) {
    const rng = createRng(`${args.seed}:${args.index}:${locale}`)
    const vocabulary = vocabularyFor(locale)
    const target = Math.max(
      MIN_BODY_WORDS + 20,
      Math.min(MAX_BODY_WORDS - 20, Math.round(baseWords * (0.93 + rng.next() * 0.14))),
    )
    const title = rng
      .pick(vocabulary.questions)
      .replace('{a}', rng.pick(vocabulary.content))
      .replace('{b}', rng.pick(vocabulary.content))
      .replace('{topic}', args.topicName[locale])
    const body = generateBody(rng, locale, target)
    const summary = plainSentences(rng, vocabulary, 2)
    const slugBase = slugify(title).slice(0, 80).replace(/-+$/, '')
    result[locale] = {
      title: capitalize(title),
      slug: `${slugBase}-${args.index}`,
      summary,
      seoTitle: truncateWords(capitalize(title), 70),
      seoDescription: truncateWords(summary, 200),
      body: body.blocks,
      bodyWords: body.words,
    }
  }
  return result
}

/** A frequent word of the locale's vocabulary: the benchmark's search query. */
export function searchWord(locale: Locale): string {
  return vocabularyFor(locale).content[0] ?? 'performance'
}
