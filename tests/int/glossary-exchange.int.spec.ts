import { createLocalReq, type ServerProps } from 'payload'
import type { ReactElement } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GlossaryTransfer } from '@/admin/components/GlossaryTransfer'
import type { GlossaryTransferClient } from '@/admin/components/GlossaryTransferClient'
import type { Glossary, Topic } from '@/payload-types'
import { exportGlossary, importGlossary, maxGlossaryBytes } from '@/workflow/services/glossaryExchange'
import { createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { rawRequest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { as, password } from '../helpers/workflow'

/**
 * Glossary import and export (TBX-Basic and CSV) per role: signed out nothing, translators
 * export, editors and admins import. A round trip export → import changes nothing; a malformed
 * file is refused with the line or conceptEntry and the glossary stays exactly as it was; an
 * import writes all or nothing.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let dns: Topic
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  dns = await createTopic(ctx.payload, 'dns')
  await ctx.payload.update({
    collection: 'topics',
    id: dns.id,
    locale: 'fr',
    data: { name: 'Résolution de noms', slug: 'resolution' },
  })
  await createTopic(ctx.payload, 'web')
  await ctx.payload.create({
    collection: 'glossary',
    data: {
      terms: [
        { locale: 'it', text: 'resolver', status: 'preferred' },
        { locale: 'fr', text: 'résolveur', status: 'preferred' },
        { locale: 'fr', text: 'solveur', status: 'forbidden' },
        { locale: 'en', text: 'resolver', status: 'preferred' },
      ],
      note: 'Il server che risponde "chi è?" & co.\nSeconda riga.',
      topic: dns.id,
      review: 'accepted',
    },
    ...as(users.editor),
  })
  await ctx.payload.create({
    collection: 'glossary',
    data: {
      terms: [{ locale: 'it', text: 'NodeJS', status: 'preferred' }],
      doNotTranslate: true,
      caseSensitive: true,
      review: 'accepted',
    },
    ...as(users.editor),
  })
  await ctx.payload.create({
    collection: 'glossary',
    data: { terms: [{ locale: 'it', text: 'proposta', status: 'preferred' }], review: 'pending' },
    ...as(users.translator),
  })
  for (const user of Object.values(users)) tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const tokenOf = (user: TestUser) => tokens[user.email]

/** Everything the glossary holds, updatedAt included: "unchanged" means this is equal. */
async function snapshot(): Promise<Glossary[]> {
  const { docs } = await ctx.payload.find({ collection: 'glossary', pagination: false, sort: 'id', depth: 0 })
  return docs
}

const exportAs = (format: string, token?: string) =>
  rawRequest(ctx.payload, 'GET', `/glossary/export?format=${format}`, { token })

const importAs = (body: string, token?: string, contentType = 'application/x-tbx+xml', search = '', language = 'en') =>
  rawRequest(ctx.payload, 'POST', `/glossary/import${search}`, {
    token,
    body,
    contentType,
    headers: { 'Accept-Language': language },
  })

type Refusal = {
  errors: Array<{ message: string; data?: { problems: Array<{ code: string; message: string }>; total: number } }>
}

const tbx = (entries: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="it" xmlns="urn:iso:std:iso:30042:ed-2">
  <text>
    <body>
${entries}
    </body>
  </text>
</tbx>
`
const concept = (id: string, inner: string) => `      <conceptEntry id="${id}">${inner}</conceptEntry>`
const langSec = (lang: string, term: string, status = 'preferredTerm-admn-sts') =>
  `<langSec xml:lang="${lang}"><termSec><term>${term}</term><termNote type="administrativeStatus">${status}</termNote></termSec></langSec>`

describe('export', () => {
  it('is refused signed out (401) and for another format (400)', async () => {
    expect((await exportAs('tbx')).status).toBe(401)
    const answer = await exportAs('xlsx', tokenOf(users.editor))
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.text)).toMatchObject({ errors: [{ message: expect.any(String) }] })
  })

  it('gives a translator the accepted entries as TBX-Basic, without pending proposals', async () => {
    const answer = await exportAs('tbx', tokenOf(users.translator))
    expect(answer.status).toBe(200)
    expect(answer.text).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="it" xmlns="urn:iso:std:iso:30042:ed-2">')
    expect(answer.text).toContain('<descrip type="subjectField">dns</descrip>')
    expect(answer.text).toContain('<term>solveur</term>')
    expect(answer.text).toContain('deprecatedTerm-admn-sts')
    expect(answer.text).toContain('<note>dinogeek:doNotTranslate</note>')
    expect(answer.text).toContain('<note>dinogeek:caseSensitive</note>')
    expect(answer.text).not.toContain('proposta')
    expect(answer.text.match(/<conceptEntry /g)).toHaveLength(2)
  })

  it('gives the same as CSV, with a header row and quoted fields', async () => {
    const answer = await exportAs('csv', tokenOf(users.translator))
    expect(answer.status).toBe(200)
    const [header, ...rows] = answer.text.replace(/^\uFEFF/, '').split('\r\n')
    expect(header).toBe(
      '"it","it_status","fr","fr_status","fr","fr_status","en","en_status","doNotTranslate","caseSensitive","note","topic"',
    )
    expect(rows[0]).toMatch(
      /^"resolver","preferred","résolveur","preferred","solveur","forbidden","resolver","preferred","false","false","Il server che risponde ""chi è\?"" & co\.\nSeconda riga\.","dns"$/,
    )
    expect(answer.text).not.toContain('proposta')
  })

  it('is refused on the Local API without a user', async () => {
    const req = await createLocalReq({}, ctx.payload)
    await expect(exportGlossary(req, 'tbx')).rejects.toMatchObject({ status: 403 })
  })
})

describe('import', () => {
  it('is refused signed out (401) and to translators (403, REST and Local API), changing nothing', async () => {
    const before = await snapshot()
    const file = tbx(concept('c1', langSec('it', 'gateway')))
    expect((await importAs(file)).status).toBe(401)
    const translator = await importAs(file, tokenOf(users.translator))
    expect(translator.status).toBe(403)
    expect((JSON.parse(translator.text) as Refusal).errors[0]?.message).toBe('Only editors can import into the glossary.')
    const req = await createLocalReq({ user: users.translator }, ctx.payload)
    await expect(importGlossary(req, new TextEncoder().encode(file), 'tbx')).rejects.toMatchObject({ status: 403 })
    expect(await snapshot()).toEqual(before)
  })

  it.each(['tbx', 'csv'])('of its own %s export changes nothing', async (format) => {
    const before = await snapshot()
    const exported = (await exportAs(format, tokenOf(users.editor))).text
    const answer = await importAs(exported, tokenOf(users.editor), format === 'csv' ? 'text/csv' : 'application/x-tbx+xml')
    expect([answer.status, JSON.parse(answer.text)]).toMatchObject([200, { created: 0, updated: 0, unchanged: 2 }])
    expect(await snapshot()).toEqual(before)
  })

  it('updates entries matched by their Italian term and creates the others, accepted, for editors and admins', async () => {
    const file = tbx(
      [
        concept(
          'c1',
          `<descrip type="subjectField">Résolution de noms</descrip>${langSec('it', 'Resolver')}${langSec('fr', 'résolveur')}`,
        ),
        concept('c2', `<note>Porta d'uscita.</note>${langSec('it', 'gateway')}${langSec('en', 'gateway')}`),
      ].join('\n'),
    )
    const answer = await importAs(file, tokenOf(users.editor))
    expect([answer.status, JSON.parse(answer.text)]).toMatchObject([
      200,
      { created: 1, updated: 1, unchanged: 0, message: '1 new entry, 1 updated, none already up to date.' },
    ])
    const docs = await snapshot()
    const resolver = docs.find((doc) => doc.title === 'Resolver')
    expect(resolver).toMatchObject({ topic: dns.id, review: 'accepted', note: null, doNotTranslate: false })
    expect(resolver?.terms.map((term) => [term.locale, term.text, term.status])).toEqual([
      ['it', 'Resolver', 'preferred'],
      ['fr', 'résolveur', 'preferred'],
    ])
    expect(docs.find((doc) => doc.title === 'gateway')).toMatchObject({ review: 'accepted', note: "Porta d'uscita." })

    const csv = '\uFEFFit;en;doNotTranslate;topic\r\nPayload;Payload;true;web\r\n'
    const admin = await importAs(csv, tokenOf(users.admin), 'text/csv')
    expect([admin.status, JSON.parse(admin.text)]).toMatchObject([200, { created: 1 }])
    expect((await snapshot()).find((doc) => doc.title === 'Payload')).toMatchObject({ doNotTranslate: true, review: 'accepted' })
  })

  it('accepts a form upload with the file in its "file" field', async () => {
    const boundary = 'glossary-boundary'
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="terms.csv"',
      'Content-Type: application/octet-stream',
      '',
      'it,fr\r\nrouter,routeur',
      `--${boundary}--`,
      '',
    ].join('\r\n')
    const answer = await importAs(body, tokenOf(users.editor), `multipart/form-data; boundary=${boundary}`)
    expect([answer.status, JSON.parse(answer.text)]).toMatchObject([200, { created: 1 }])
    expect((await snapshot()).some((doc) => doc.title === 'router')).toBe(true)
    const noFile = [`--${boundary}`, 'Content-Disposition: form-data; name="other"', '', 'x', `--${boundary}--`, ''].join('\r\n')
    const refused = await importAs(noFile, tokenOf(users.editor), `multipart/form-data; boundary=${boundary}`)
    expect([refused.status, (JSON.parse(refused.text) as Refusal).errors[0]?.message]).toEqual([
      400,
      'Send the file as the request body, or as the “file” field of a form.',
    ])
  })

  it('refuses a malformed file with the line or the conceptEntry, and writes nothing', async () => {
    const before = await snapshot()
    const good = concept('ok', langSec('it', 'nuovo termine'))
    const cases: Array<[string, string, string, RegExp]> = [
      ['not XML', '<tbx>\n<text><body></text>', 'application/xml', /^File: not well-formed XML \(line 2, column \d+\)/],
      ['another root', '<?xml version="1.0"?><tmx version="1.4"/>', 'application/xml', /the root element is “tmx”/],
      [
        'unknown language',
        tbx(`${good}\n${concept('c2', langSec('it', 'x') + langSec('de', 'y'))}`),
        'application/xml',
        /^conceptEntry 2 \(id “c2”\), line 6: the language “de” is not one of the site's \(it, fr, en\)/,
      ],
      [
        'empty term',
        tbx(`${good}\n${concept('c2', langSec('it', 'x') + langSec('fr', ' '))}`),
        'application/xml',
        /conceptEntry 2 .*a term in “fr” is empty/,
      ],
      [
        'unknown status',
        tbx(concept('c1', langSec('it', 'x', 'okTerm'))),
        'application/xml',
        /the status “okTerm” of a term in “it” is unknown/,
      ],
      [
        'unknown topic',
        tbx(concept('c1', `<descrip type="subjectField">cucina</descrip>${langSec('it', 'x')}`)),
        'application/xml',
        /no topic has the slug or name “cucina”/,
      ],
      [
        'duplicate concept',
        tbx(`${good}\n${concept('c2', langSec('it', 'Nuovo termine'))}`),
        'application/xml',
        /the term “Nuovo termine” is also in conceptEntry ok/,
      ],
      ['CSV line', 'it,fr,fr_status\r\nuno,un,preferred\r\ndue,deux,maybe\r\n', 'text/csv', /^Line 3: the status “maybe”/],
      ['CSV header', 'it,colour\r\nuno,blu\r\n', 'text/csv', /^Line 1: unknown column “colour”/],
    ]
    for (const [label, body, type, message] of cases) {
      const answer = await importAs(body, tokenOf(users.editor), type)
      expect([label, answer.status]).toEqual([label, 400])
      const json = JSON.parse(answer.text) as Refusal
      expect([label, json.errors[0]?.message]).toEqual([
        label,
        expect.stringContaining('The file was not imported (nothing was changed)'),
      ])
      expect([label, json.errors[0]?.data?.problems[0]?.message]).toEqual([label, expect.stringMatching(message)])
      expect([label, await snapshot()]).toEqual([label, before])
    }
    // Latin-1 bytes (the REST helper sends text as UTF-8, so this goes through the Local API).
    const req = await createLocalReq({ user: users.editor }, ctx.payload)
    const latin1 = Uint8Array.from(Buffer.from('it\r\nr\u00e9seau\r\n', 'latin1'))
    expect(await importGlossary(req, latin1, 'csv')).toMatchObject({ ok: false, problems: [{ code: 'notUtf8' }] })
    expect(await snapshot()).toEqual(before)
  })

  it('lists the problems of reading and of matching together, in file order', async () => {
    const before = await snapshot()
    const csv =
      'it,fr,fr_status,topic\r\nrete,réseau,maybe,\r\nserver,serveur,preferred,cucina\r\ncliente,client,preferred,dns\r\n'
    const answer = await importAs(csv, tokenOf(users.editor), 'text/csv')
    const json = JSON.parse(answer.text) as Refusal
    expect([answer.status, json.errors[0]?.data?.total]).toEqual([400, 2])
    expect(json.errors[0]?.data?.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^Line 2: the status “maybe”/),
      'Line 3: no topic has the slug or name “cucina”',
    ])
    expect(await snapshot()).toEqual(before)
  })

  it('refuses in the caller’s language', async () => {
    const answer = await importAs('it,fr\r\n,un\r\n', tokenOf(users.editor), 'text/csv', '', 'fr')
    const json = JSON.parse(answer.text) as Refusal
    expect(json.errors[0]?.message).toMatch(
      /^Le fichier n'a pas été importé \(rien n'a changé\) : 1 problème\. Le premier : Ligne 2 : aucun terme en it/,
    )
  })

  it('refuses the wrong content (415), a file too large (413), an unknown format (400), an empty body (400)', async () => {
    const before = await snapshot()
    expect((await importAs('{"terms":[]}', tokenOf(users.editor), 'application/json')).status).toBe(415)
    expect((await importAs('x', tokenOf(users.editor), 'image/png')).status).toBe(415)
    const huge = `it\r\n${'parola\r\n'.repeat(Math.ceil(maxGlossaryBytes / 8) + 10)}`
    expect((await importAs(huge, tokenOf(users.editor), 'text/csv')).status).toBe(413)
    expect((await importAs('it\r\nx\r\n', tokenOf(users.editor), 'text/csv', '?format=xlsx')).status).toBe(400)
    expect((await importAs('', tokenOf(users.editor), 'text/csv')).status).toBe(400)
    expect(await snapshot()).toEqual(before)
  })

  it('writes all the entries or none: a failure after the first rolls the import back', async () => {
    const before = await snapshot()
    const file = tbx([concept('a', langSec('it', 'primo')), concept('b', langSec('it', 'secondo'))].join('\n'))
    const create = ctx.payload.create.bind(ctx.payload)
    let calls = 0
    const spy = vi.spyOn(ctx.payload, 'create').mockImplementation((args: Parameters<typeof create>[0]) => {
      calls += 1
      if (calls === 2) throw new Error('disk full')
      return create(args)
    })
    try {
      const req = await createLocalReq({ user: users.editor }, ctx.payload)
      await expect(importGlossary(req, new TextEncoder().encode(file), 'tbx')).rejects.toThrow('disk full')
    } finally {
      spy.mockRestore()
    }
    expect(calls).toBe(2)
    expect(await snapshot()).toEqual(before)
  })
})

describe("the list view's buttons", () => {
  type ClientProps = Parameters<typeof GlossaryTransferClient>[0]
  const render = (user: TestUser | undefined) => {
    const i18n = { language: 'fr' } as unknown as ServerProps['i18n']
    return GlossaryTransfer({ i18n, payload: ctx.payload, user }) as ReactElement<ClientProps> | null
  }

  it('offers editors export and import, translators the export, nobody else anything', () => {
    expect(render(users.editor)?.props).toMatchObject({
      canImport: true,
      labels: { exportTbx: 'Exporter en TBX', exportCsv: 'Exporter en CSV' },
    })
    expect(render(users.translator)?.props.canImport).toBe(false)
    expect(render(undefined)).toBeNull()
  })
})
