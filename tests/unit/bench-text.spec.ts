import { describe, expect, it } from 'vitest'

import { createRng, hashSeed } from '../../bench/lib/prng'
import { pickWeighted, shuffled, topicWeights } from '../../bench/lib/synthetic'
import { generateArticleContent, generateBody, MAX_BODY_WORDS, MIN_BODY_WORDS } from '../../bench/lib/text'
import { locales, perLocale } from '@/i18n/locales'
import { isSlug } from '@/lib/slugify'
import { richText } from '@/richtext/build'
import { countFieldWords } from '@/workflow/wordCount'

const topicName = perLocale((locale) => `Basi di dati (${locale})`)

describe('bench PRNG', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createRng('seed')
    const b = createRng('seed')
    const c = createRng('other')
    const run = (rng: ReturnType<typeof createRng>) => Array.from({ length: 5 }, () => rng.next())
    const first = run(a)
    expect(run(b)).toEqual(first)
    expect(run(c)).not.toEqual(first)
    expect(hashSeed('seed')).toBe(hashSeed('seed'))
  })

  it('stays in range', () => {
    const rng = createRng(42)
    for (let i = 0; i < 1000; i += 1) {
      const value = rng.next()
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThan(1)
      const n = rng.int(2, 4)
      expect([2, 3, 4]).toContain(n)
    }
  })

  it('shuffles without losing items', () => {
    const items = Array.from({ length: 24 }, (_, i) => i)
    const result = shuffled(items, createRng('s'))
    expect([...result].sort((a, b) => a - b)).toEqual(items)
    expect(result).not.toEqual(items)
  })
})

describe('bench topic distribution', () => {
  it('weights sum to 1 and decrease: a few large topics, a long tail', () => {
    const weights = topicWeights(59)
    expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 10)
    for (let i = 1; i < weights.length; i += 1) expect(weights[i]).toBeLessThan(weights[i - 1])
    expect(pickWeighted(weights, 0)).toBe(0)
    expect(pickWeighted(weights, 0.999999999)).toBe(58)
  })
})

describe('bench synthetic text', () => {
  it('every locale of every article has a body of 600–1,500 words, counted like the workflow counts', () => {
    for (let index = 0; index < 60; index += 1) {
      const article = generateArticleContent({ seed: 'test', index, topicName })
      for (const locale of locales) {
        const content = article[locale]
        const words = countFieldWords(richText(content.body))
        expect(words, `article ${index} ${locale}`).toBe(content.bodyWords)
        expect(words).toBeGreaterThanOrEqual(MIN_BODY_WORDS)
        expect(words).toBeLessThanOrEqual(MAX_BODY_WORDS)
      }
    }
  })

  it('bodies have several paragraphs, headings and (across articles) lists', () => {
    const types = new Set<string>()
    for (let index = 0; index < 10; index += 1) {
      const { body } = generateArticleContent({ seed: 'test', index, topicName }).fr
      expect(body.filter((block) => block.type === 'p').length).toBeGreaterThanOrEqual(4)
      expect(body.filter((block) => block.type === 'h2').length).toBeGreaterThanOrEqual(2)
      for (const block of body) types.add(block.type)
    }
    expect(types.has('ul') || types.has('ol')).toBe(true)
  })

  it('is deterministic and gives valid, unique, length-capped slugs and SEO fields', () => {
    const a = generateArticleContent({ seed: 'test', index: 7, topicName })
    const b = generateArticleContent({ seed: 'test', index: 7, topicName })
    expect(b).toEqual(a)
    const slugs = new Set<string>()
    for (let index = 0; index < 50; index += 1) {
      const article = generateArticleContent({ seed: 'test', index, topicName })
      for (const locale of locales) {
        const content = article[locale]
        expect(isSlug(content.slug)).toBe(true)
        expect(content.slug.length).toBeLessThanOrEqual(96)
        expect(content.seoTitle.length).toBeLessThanOrEqual(70)
        expect(content.seoDescription.length).toBeLessThanOrEqual(200)
        slugs.add(`${locale}:${content.slug}`)
      }
    }
    expect(slugs.size).toBe(50 * locales.length)
  })

  it('never overshoots the requested length', () => {
    for (const target of [620, 900, 1480]) {
      const body = generateBody(createRng(`t${target}`), 'it', target)
      expect(body.words).toBeLessThanOrEqual(target + 3)
      expect(body.words).toBeGreaterThanOrEqual(target - 3)
    }
  })
})
