import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { seed } from '@/seed'
import { devAccounts } from '@/seed/accounts'
import { seedArticles } from '@/seed/data/articles'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload

const collections = ['users', 'topics', 'sources', 'glossary', 'articles', 'translations'] as const

async function snapshot() {
  const entries = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await ctx.payload.find({ collection, limit: 0, pagination: false, draft: true, locale: 'all' })
      return [collection, docs.map((doc) => `${doc.id}@${doc.updatedAt}`).sort()] as const
    }),
  )
  return Object.fromEntries(entries)
}

/**
 * The topic index at the foot of the publication this product is modelled on, as it reads there
 * (59 names, typo included): the demo topics must be exactly these. Held here, not read from
 * outside the repository.
 */
const referenceTopics =
  'CSS | NodeJS | DNS | DMARC | MAPI | NNTP | htaccess | PHP | HTTPS | Drupal | WEB3 | LLM | Wordpress | TLD | ' +
  'Nome dominio | IMAP | TCP | NFT | MariaDB | FTP | Zigbee | NMAP | SNMP | SEO | E-Mail | LXC | HTTP | MangoDB | ' +
  'SFTP | RAG | SSH | HTML | ChatGPT API | OSPF | JavaScript | Docker | OpenVZ | ChatGPT | VPS | ZIMBRA | SPF | UDP | ' +
  'Joomla | IPV6 | BGP | Django | Reactjs | DKIM | VMWare | RSYNC | Python | TFTP | Webdav | FAAS | Apache | IPV4 | ' +
  'LDAP | POP3 | SMTP'

/**
 * Our spelling of the reference's names: its typo corrected, and the official casing of
 * products and standards (the same in every language). Everything else is kept as it reads there.
 */
const officialNames: Record<string, string> = {
  MangoDB: 'MongoDB',
  Wordpress: 'WordPress',
  'E-Mail': 'E-mail',
  NMAP: 'Nmap',
  ZIMBRA: 'Zimbra',
  IPV6: 'IPv6',
  IPV4: 'IPv4',
  VMWare: 'VMware',
  RSYNC: 'rsync',
  Webdav: 'WebDAV',
  FAAS: 'FaaS',
  WEB3: 'Web3',
}

function referenceTopicNames(): string[] {
  return referenceTopics.split('|').map((name) => name.trim())
}

beforeAll(async () => {
  ctx = await createTestPayload()
  await seed(ctx.payload, { password: 'dinogeek-dev', createDevAccounts: true })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('seed', () => {
  it('creates the dev accounts, which can log in', async () => {
    for (const account of devAccounts) {
      const result = await ctx.payload.login({
        collection: 'users',
        data: { email: account.email, password: 'dinogeek-dev' },
      })
      expect(result.user?.role).toBe(account.role)
    }
  })

  it('creates every topic of the reference index, named in every locale', async () => {
    const reference = referenceTopicNames()
    const { docs } = await ctx.payload.find({ collection: 'topics', locale: 'all', limit: 0, pagination: false, sort: 'order' })
    expect(docs).toHaveLength(reference.length)
    const expected = reference.map((name) => officialNames[name] ?? name)
    const names = (locale: (typeof locales)[number]) => docs.map((doc) => (doc.name as unknown as Record<string, string>)[locale])
    expect(names('it')).toEqual(expected)
    // Names are the same in every language but the one generic term.
    for (const locale of locales) {
      expect(names(locale).filter((name, index) => name !== expected[index])).toEqual(
        locale === 'it' ? [] : [locale === 'fr' ? 'Nom de domaine' : 'Domain name'],
      )
    }
  })

  it('publishes at least 30 articles over at least 10 topics, public in every locale, citing 2–4 sources', async () => {
    const { docs } = await ctx.payload.find({ collection: 'articles', locale: 'all', limit: 0, pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThanOrEqual(30)
    expect(new Set(docs.map((doc) => doc.topic)).size).toBeGreaterThanOrEqual(10)
    for (const doc of docs) {
      expect(doc._status).toBe('published')
      expect([...(doc.publicLocales ?? [])].sort()).toEqual([...locales].sort())
      expect(doc.sources?.length).toBeGreaterThanOrEqual(2)
      expect(doc.sources?.length).toBeLessThanOrEqual(4)
      const titles = doc.title as unknown as Record<string, string>
      for (const locale of locales) expect(titles[locale]).toBeTruthy()
    }
    const tasks = await ctx.payload.find({ collection: 'translations', limit: 0, pagination: false, depth: 0 })
    expect(tasks.docs).toHaveLength(docs.length * (locales.length - 1))
    expect(tasks.docs.every((task) => task.status === 'approved')).toBe(true)
  })

  it('forms a translation memory from the approved translations', async () => {
    for (const locale of locales.filter((locale) => locale !== 'it')) {
      const { totalDocs } = await ctx.payload.count({
        collection: 'translation-memory',
        where: { targetLocale: { equals: locale } },
      })
      // Thirty articles: about 14 sentences of answer each, plus title, summary and SEO texts.
      expect(totalDocs).toBeGreaterThan(500)
    }
  })

  it('holds a glossary of every topic name and the house terms, names kept as they are', async () => {
    const { docs } = await ctx.payload.find({ collection: 'glossary', limit: 0, pagination: false })
    expect(docs.every((doc) => doc.review === 'accepted')).toBe(true)
    const byTitle = new Map(docs.map((doc) => [doc.title, doc]))
    const { docs: topics } = await ctx.payload.find({ collection: 'topics', limit: 0, pagination: false, locale: 'it' })
    for (const topic of topics) expect(byTitle.has(topic.name), topic.name).toBe(true)
    expect(byTitle.get('WordPress')).toMatchObject({ doNotTranslate: true, caseSensitive: true })
    expect(byTitle.get('Nome dominio')?.terms.map((term) => [term.locale, term.text])).toEqual([
      ['it', 'Nome dominio'],
      ['fr', 'Nom de domaine'],
      ['en', 'Domain name'],
    ])
    const encryption = byTitle.get('crittografia')?.terms.find((term) => term.status === 'forbidden')
    expect(encryption).toMatchObject({ locale: 'fr', text: 'cryptage' })
    expect(docs.length).toBeGreaterThan(topics.length + 10)
  })

  it('keeps the demo dates: published over months, some revised later, none stamped with the seed run', async () => {
    const seededAt = Date.now() - 60 * 60 * 1000
    const { docs } = await ctx.payload.find({ collection: 'articles', limit: 0, pagination: false, depth: 0 })
    const byTitle = new Map(seedArticles.map((article) => [article.content.it.title, article]))
    for (const doc of docs) {
      const data = byTitle.get(doc.title)
      expect(data, doc.title).toBeDefined()
      expect(doc.publishedAt).toBe(new Date(data?.publishedAt ?? '').toISOString())
      expect(doc.updatedAt).toBe(new Date(data?.updatedAt ?? data?.publishedAt ?? '').toISOString())
      expect(Date.parse(doc.updatedAt)).toBeLessThan(seededAt)
    }
    expect(new Set(docs.map((doc) => doc.publishedAt?.slice(0, 7))).size).toBeGreaterThanOrEqual(6)
    expect(docs.filter((doc) => doc.updatedAt !== doc.publishedAt).length).toBeGreaterThanOrEqual(10)
  })

  it('fills the legal page and site settings in every locale', async () => {
    for (const locale of locales) {
      const legal = await ctx.payload.findGlobal({ slug: 'legal', locale, fallbackLocale: false })
      expect(legal.title).toBeTruthy()
      expect(legal.body?.root.children.length).toBeGreaterThan(3)
      const settings = await ctx.payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false })
      expect(settings.tagline).toBeTruthy()
    }
  })

  it('is idempotent: a second run changes nothing', async () => {
    const before = await snapshot()
    const report = await seed(ctx.payload, { password: 'dinogeek-dev', createDevAccounts: true })
    expect(Object.values(report.created).every((count) => count === 0)).toBe(true)
    expect(await snapshot()).toEqual(before)
  })
})
