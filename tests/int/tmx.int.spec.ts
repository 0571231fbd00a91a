import { createLocalReq, type ServerProps } from 'payload'
import type { ReactElement } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { MemoryTransfer } from '@/admin/components/MemoryTransfer'
import type { MemoryTransferClient } from '@/admin/components/MemoryTransferClient'
import type { TranslationMemory } from '@/payload-types'
import { readTmx } from '@/tmx/read'
import { exportTmx, importTmx, maxTmxBytes, tmxLimits } from '@/workflow/services/tmx'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { rawRequest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { createTranslator, password, publishArticle, translateAndApprove } from '../helpers/workflow'

/**
 * TMX export and import of the translation memory: export then import into an empty memory
 * gives the same pairs; a second import adds nothing; a malformed file changes nothing and
 * the answer names the unit and the problem; export follows the lookup's access rules, import
 * is editors' only, on REST and the Local API.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let english: TestUser
const tokens: Record<string, string> = {}

const italianBody =
  'Il DNS traduce i nomi in [indirizzi](https://example.com/ip). Un resolver interroga `dig` prima dei server radice.'
const frenchBody =
  'Le DNS traduit les noms en [adresses](https://example.com/ip). Un résolveur interroge `dig` avant les serveurs racine.'

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  english = await createTranslator(ctx.payload, 'en', 'english-tmx@test.example')
  const topic = await createTopic(ctx.payload)
  const article = await publishArticle(ctx.payload, users.editor, {
    topic: topic.id,
    text: { title: 'Che cos’è il DNS?', summary: 'Il DNS in breve.', seoDescription: 'Come funziona il DNS.', body: italianBody },
  })
  await translateAndApprove(ctx.payload, {
    articleId: article.id,
    locale: 'fr',
    translator: users.translator,
    editor: users.editor,
    text: {
      title: 'Qu’est-ce que le DNS ?',
      summary: 'Le DNS en bref.',
      seoDescription: 'Comment fonctionne le DNS.',
      body: frenchBody,
    },
  })
  for (const user of [users.editor, users.translator, english])
    tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const tokenOf = (user: TestUser) => tokens[user.email]

async function frenchPairs(): Promise<TranslationMemory[]> {
  const { docs } = await ctx.payload.find({
    collection: 'translation-memory',
    where: { targetLocale: { equals: 'fr' } },
    pagination: false,
    sort: 'id',
    depth: 0,
  })
  return docs
}

const comparable = (doc: TranslationMemory) => ({
  sourceLocale: doc.sourceLocale,
  targetLocale: doc.targetLocale,
  sourceText: doc.sourceText,
  targetText: doc.targetText,
  key: doc.key,
  contextBefore: doc.contextBefore ?? null,
  contextAfter: doc.contextAfter ?? null,
  article: doc.article,
  field: doc.field,
  approvedAt: doc.approvedAt,
})

const exportAs = (search: string, token?: string) =>
  rawRequest(ctx.payload, 'GET', `/translation-memory/tmx?${search}`, { token })
const importAs = (body: string, token?: string, search = 'from=it&to=fr') =>
  rawRequest(ctx.payload, 'POST', `/translation-memory/tmx?${search}`, {
    token,
    body,
    contentType: 'application/x-tmx+xml',
    headers: { 'Accept-Language': 'en' },
  })

describe('export', () => {
  it('writes every pair of the language pair as TMX 1.4b, tags with their markup', async () => {
    const answer = await exportAs('from=it&to=fr', tokenOf(users.editor))
    expect(answer.status).toBe(200)
    const pairs = await frenchPairs()
    expect(pairs.length).toBeGreaterThanOrEqual(5)
    const read = readTmx(answer.text, { from: 'it', to: 'fr' }, tmxLimits)
    expect(read.ok && read.units.map((unit) => [unit.tuid, unit.source, unit.target])).toEqual(
      pairs.map((pair) => [String(pair.id), pair.sourceText, pair.targetText]),
    )
    expect(answer.text).toContain('segtype="sentence"')
    expect(answer.text).toMatch(
      /<bpt i="1" x="1" type="link">\{&quot;.*https:\/\/example\.com\/ip.*<\/bpt>indirizzi<ept i="1"\/>/,
    )
    expect(answer.text).toMatch(/<ph x="1" type="x-code">\{&quot;.*dig.*<\/ph>/)
  })

  it('follows the lookup rules: 401 signed out, 403 another language, 400 bad languages', async () => {
    expect((await exportAs('from=it&to=fr')).status).toBe(401)
    expect((await exportAs('from=it&to=fr', tokenOf(english))).status).toBe(403)
    expect((await exportAs('from=it&to=fr', tokenOf(users.translator))).status).toBe(200)
    expect((await exportAs('from=it&to=it', tokenOf(users.editor))).status).toBe(400)
    expect((await exportAs('to=fr', tokenOf(users.editor))).status).toBe(400)
    const req = await createLocalReq({ user: english }, ctx.payload)
    await expect(exportTmx(req, { from: 'it', to: 'fr' })).rejects.toMatchObject({ status: 403 })
  })
})

describe('import', () => {
  it('into an empty memory gives the same pairs, marked as imported; a second import adds nothing', async () => {
    const before = await frenchPairs()
    const xml = (await exportAs('from=it&to=fr', tokenOf(users.editor))).text
    await ctx.payload.delete({ collection: 'translation-memory', where: { targetLocale: { equals: 'fr' } } })
    expect(await frenchPairs()).toEqual([])

    const first = await importAs(xml, tokenOf(users.editor))
    expect([first.status, JSON.parse(first.text)]).toMatchObject([200, { added: before.length, skipped: 0 }])
    const after = await frenchPairs()
    expect(after.map(comparable)).toEqual(before.map(comparable))
    expect(after.map((pair) => pair.origin)).toEqual(before.map(() => 'import'))
    expect(before.map((pair) => pair.origin)).toEqual(before.map(() => 'approval'))

    const again = await importAs(xml, tokenOf(users.editor))
    expect([again.status, JSON.parse(again.text)]).toMatchObject([200, { added: 0, skipped: before.length }])
    expect((await frenchPairs()).length).toBe(before.length)
  })

  it('is for editors only: 401 signed out, 403 translators (REST and Local API)', async () => {
    const xml = (await exportAs('from=it&to=fr', tokenOf(users.editor))).text
    const count = (await frenchPairs()).length
    expect((await importAs(xml)).status).toBe(401)
    expect((await importAs(xml, tokenOf(users.translator))).status).toBe(403)
    expect((await importAs(xml, tokenOf(users.editor), 'from=it&to=de')).status).toBe(400)
    const req = await createLocalReq({ user: users.translator }, ctx.payload)
    await expect(importTmx(req, { from: 'it', to: 'fr' }, xml)).rejects.toMatchObject({ status: 403 })
    expect((await frenchPairs()).length).toBe(count)
  })

  it('writes all the pairs or none: a failure after the first pair rolls the import back', async () => {
    const xml = (await exportAs('from=it&to=fr', tokenOf(users.editor))).text
    await ctx.payload.delete({ collection: 'translation-memory', where: { targetLocale: { equals: 'fr' } } })
    const create = ctx.payload.create.bind(ctx.payload)
    let calls = 0
    const spy = vi.spyOn(ctx.payload, 'create').mockImplementation((args: Parameters<typeof create>[0]) => {
      calls += 1
      if (calls === 2) throw new Error('disk full')
      return create(args)
    })
    try {
      const req = await createLocalReq({ user: users.editor }, ctx.payload)
      await expect(importTmx(req, { from: 'it', to: 'fr' }, xml)).rejects.toThrow('disk full')
    } finally {
      spy.mockRestore()
    }
    expect(calls).toBe(2)
    expect(await frenchPairs()).toEqual([])
  })

  it('changes nothing for a malformed file and says which unit and what is wrong', async () => {
    await ctx.payload.delete({ collection: 'translation-memory', where: { targetLocale: { equals: 'fr' } } })
    const good = (sentence: string) =>
      `<tu tuid="ok-${sentence.length}"><tuv xml:lang="it"><seg>${sentence}</seg></tuv><tuv xml:lang="fr"><seg>${sentence} (fr)</seg></tuv></tu>`
    const file = (units: string, { version = '1.4', srclang = 'it' } = {}) =>
      `<?xml version="1.0"?><tmx version="${version}"><header srclang="${srclang}" segtype="sentence"/><body>${good('Una frase valida.')}${units}</body></tmx>`
    const cases: Array<[string, string, number, RegExp]> = [
      ['not XML', 'Non è un file TMX <tu>', 400, /XML/],
      ['wrong version', file('', { version: '1.1' }), 400, /1\.1/],
      ['wrong language', file('', { srclang: 'en' }), 400, /srclang/],
      [
        'unbalanced tags',
        file('<tu tuid="t2"><tuv xml:lang="it"><seg><bpt i="1"/>a</seg></tuv><tuv xml:lang="fr"><seg>a</seg></tuv></tu>'),
        400,
        /Unit 2 \(tuid t2\): the tags .* not balanced/,
      ],
      ['missing tuv', file('<tu><tuv xml:lang="it"><seg>solo</seg></tuv></tu>'), 400, /Unit 2: no tuv in "fr"/],
    ]
    for (const [label, body, status, message] of cases) {
      const answer = await importAs(body, tokenOf(users.editor))
      expect([label, answer.status]).toEqual([label, status])
      const json = JSON.parse(answer.text) as { errors: Array<{ message: string }> }
      expect([label, json.errors[0]?.message]).toEqual([label, expect.stringMatching(message)])
      expect([label, (await frenchPairs()).length]).toEqual([label, 0])
    }
    const huge = file(good('x').repeat(Math.ceil(maxTmxBytes / 80)))
    expect((await importAs(huge, tokenOf(users.editor))).status).toBe(413)
    expect((await frenchPairs()).length).toBe(0)
  })
})

describe("the list view's export and import buttons", () => {
  type ClientProps = Parameters<typeof MemoryTransferClient>[0]
  const render = (user: TestUser | undefined) => {
    const i18n = { language: 'fr' } as unknown as ServerProps['i18n']
    return MemoryTransfer({ i18n, payload: ctx.payload, user }) as ReactElement<ClientProps> | null
  }

  it('offers editors every pair and the import, a translator the export of their pairs, nobody else anything', () => {
    const editor = render(users.editor)?.props
    expect(editor?.pairs.map((pair) => pair.to)).toEqual(['fr', 'en'])
    expect(editor?.canImport).toBe(true)
    expect(editor?.labels.export).toBe('Exporter en TMX')
    const translator = render(english)?.props
    expect([translator?.pairs.map((pair) => pair.label), translator?.canImport]).toEqual([['italien → anglais'], false])
    expect(render(undefined)).toBeNull()
  })
})
