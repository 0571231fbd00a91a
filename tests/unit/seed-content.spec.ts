import { describe, expect, it } from 'vitest'

import { MAX_SLUG_LENGTH, slugify } from '@/lib/slugify'
import { citationMarkers } from '@/richtext/citationMarkers'
import { seedArticles } from '@/seed/data/articles'
import { seedSources } from '@/seed/data/sources'
import { seedTopics } from '@/seed/data/topics'
import { richText } from '@/richtext/build'
import { seedLanguages as locales } from '@/seed/types'

/** The demo content as data: what the seed will write, checked without a database. */
describe('seed content', () => {
  it('has at least 30 articles over at least 10 topics, each citing 2–4 known sources', () => {
    expect(seedArticles.length).toBeGreaterThanOrEqual(30)
    expect(new Set(seedArticles.map((article) => article.topic)).size).toBeGreaterThanOrEqual(10)
    const topicKeys = new Set(seedTopics.map((topic) => topic.key))
    const sourceKeys = new Set(seedSources.map((source) => source.key))
    expect(sourceKeys.size).toBe(seedSources.length)
    expect(new Set(seedSources.map((source) => source.title)).size).toBe(seedSources.length)
    expect(new Set(seedArticles.map((article) => article.key)).size).toBe(seedArticles.length)
    for (const article of seedArticles) {
      expect(topicKeys.has(article.topic), article.key).toBe(true)
      expect(article.sources.length, article.key).toBeGreaterThanOrEqual(2)
      expect(article.sources.length, article.key).toBeLessThanOrEqual(4)
      for (const key of article.sources) expect(sourceKeys.has(key), `${article.key}: ${key}`).toBe(true)
    }
  })

  it('writes every article as a question with an answer, a summary and a body in every language', () => {
    for (const article of seedArticles) {
      for (const locale of locales) {
        const content = article.content[locale]
        expect(content.title, `${article.key}/${locale}`).toMatch(/\?$/)
        expect(content.summary.length, `${article.key}/${locale}`).toBeGreaterThan(80)
        expect(content.body.length, `${article.key}/${locale}`).toBeGreaterThanOrEqual(4)
        expect(
          content.body.some((block) => block.type === 'h2'),
          `${article.key}/${locale}`,
        ).toBe(true)
        expect(content.seoTitle.length).toBeLessThanOrEqual(70)
        expect(content.seoDescription.length).toBeLessThanOrEqual(200)
      }
    }
  })

  it('gives every language a short slug that ends on a whole word of its question, unique in that language', () => {
    for (const locale of locales) {
      const slugs = seedArticles.map((article) => article.content[locale].slug)
      expect(new Set(slugs).size, locale).toBe(slugs.length)
    }
    for (const article of seedArticles) {
      for (const locale of locales) {
        const { slug, title } = article.content[locale]
        // Stored as written: already normalized and within the length cap.
        expect(slug, `${article.key}/${locale}`).toBe(slugify(slug))
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
        // "…-dimension" for "dimensioni" would be a cut word; "dont" for "don't" is a whole one.
        const words = new Set([...slugify(title).split('-'), ...slugify(title.replace(/['’]/g, '')).split('-')])
        const last = slug.split('-').at(-1) ?? ''
        expect(words.has(last), `${article.key}/${locale}: ${slug}`).toBe(true)
      }
    }
  })

  it('cites its sources inline in every language, with the same markers, none beyond its source list', () => {
    for (const article of seedArticles) {
      const perLocale = locales.map((locale) => [...new Set(citationMarkers(richText(article.content[locale].body)))].sort())
      const [italian] = perLocale
      expect(italian?.length, article.key).toBeGreaterThan(0)
      for (const markers of perLocale) expect(markers, article.key).toEqual(italian)
      expect(Math.max(...(italian ?? [])), article.key).toBeLessThanOrEqual(article.sources.length)
    }
  })

  it('spreads publication over at least six months, with revisions after publication on some articles only', () => {
    const months = new Set(seedArticles.map((article) => article.publishedAt.slice(0, 7)))
    expect(months.size).toBeGreaterThanOrEqual(6)
    const revised = seedArticles.filter((article) => article.updatedAt !== undefined)
    expect(revised.length).toBeGreaterThanOrEqual(seedArticles.length / 3)
    expect(revised.length).toBeLessThan(seedArticles.length)
    for (const article of seedArticles) {
      const published = Date.parse(article.publishedAt)
      expect(Number.isNaN(published), article.key).toBe(false)
      if (article.updatedAt !== undefined) {
        // At least a day later: "Updated on" must show a different date than "Published on".
        expect(Date.parse(article.updatedAt) - published, article.key).toBeGreaterThan(24 * 3600 * 1000)
      }
    }
  })
})
