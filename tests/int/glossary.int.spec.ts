import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Glossary } from '@/payload-types'
import { createUsers, type TestUser } from '../helpers/fixtures'
import { graphql, rest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { anonymous, as, createTranslator, password } from '../helpers/workflow'

/**
 * The glossary: editors write, translators read accepted entries and may propose new ones that
 * stay pending (and theirs alone) until an editor accepts them; visitors read nothing. On the
 * Local API with overrideAccess: false, REST and GraphQL.
 */

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let english: TestUser
let accepted: Glossary
const tokens: Record<string, string> = {}

const serverTerms = [
  { locale: 'it' as const, text: 'server', status: 'preferred' as const },
  { locale: 'fr' as const, text: 'serveur', status: 'preferred' as const },
  { locale: 'fr' as const, text: 'servant', status: 'forbidden' as const },
]

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  english = await createTranslator(ctx.payload, 'en', 'english@test.example')
  accepted = await ctx.payload.create({
    collection: 'glossary',
    data: { terms: serverTerms, review: 'accepted' },
    ...as(users.editor),
  })
  for (const user of [users.editor, users.translator, english])
    tokens[user.email] = await tokenFor(ctx.payload, user.email, password)
})

afterAll(async () => {
  await ctx?.cleanup()
})

async function countAll() {
  return (await ctx.payload.count({ collection: 'glossary' })).totalDocs
}

describe('editors', () => {
  it('write accepted entries, titled by their Italian terms', () => {
    expect(accepted).toMatchObject({ title: 'server', review: 'accepted', doNotTranslate: false, caseSensitive: false })
    expect(accepted.proposedBy ?? null).toBeNull()
  })

  it('are refused an entry without a usable Italian term or with a term twice, and nothing is written', async () => {
    const before = await countAll()
    const noItalian = await rest(ctx.payload, 'POST', '/glossary', {
      token: tokens[users.editor.email],
      body: { terms: [{ locale: 'fr', text: 'pare-feu', status: 'preferred' }] },
    })
    expect(noItalian.status).toBe(400)
    expect(JSON.stringify(noItalian.json)).toContain('Serve almeno un termine in it che non sia vietato.')
    const twice = await rest(ctx.payload, 'POST', '/glossary', {
      token: tokens[users.editor.email],
      body: {
        terms: [
          { locale: 'it', text: 'firewall', status: 'preferred' },
          { locale: 'it', text: 'Firewall', status: 'allowed' },
        ],
      },
    })
    expect(twice.status).toBe(400)
    expect(JSON.stringify(twice.json)).toContain('Il termine «Firewall» compare due volte per la lingua it.')
    expect(await countAll()).toBe(before)
  })
})

describe('translators', () => {
  let proposal: Glossary

  it('propose entries that stay pending, whatever they ask for', async () => {
    const created = await rest(ctx.payload, 'POST', '/glossary', {
      token: tokens[users.translator.email],
      body: { terms: [{ locale: 'it', text: 'pare-fuoco', status: 'preferred' }], review: 'accepted' },
    })
    expect(created.status).toBe(201)
    proposal = (created.json as { doc: Glossary }).doc
    expect(proposal.review).toBe('pending')
    expect(typeof proposal.proposedBy === 'object' ? proposal.proposedBy?.id : proposal.proposedBy).toBe(users.translator.id)
  })

  it('cannot accept their own proposal, but may correct it', async () => {
    const updated = await ctx.payload.update({
      collection: 'glossary',
      id: proposal.id,
      data: { review: 'accepted', terms: [{ locale: 'it', text: 'parafuoco', status: 'preferred' }] },
      ...as(users.translator),
    })
    expect(updated).toMatchObject({ review: 'pending', title: 'parafuoco' })
  })

  it('read accepted entries and their own proposals, not other translators’ proposals', async () => {
    const mine = await ctx.payload.find({ collection: 'glossary', ...as(users.translator) })
    expect(mine.docs.map((doc) => doc.title).sort()).toEqual(['parafuoco', 'server'])
    const other = await ctx.payload.find({ collection: 'glossary', ...as(english) })
    expect(other.docs.map((doc) => doc.title)).toEqual(['server'])
    const byId = await rest(ctx.payload, 'GET', `/glossary/${proposal.id}`, { token: tokens[english.email] })
    expect(byId.status).toBe(404)
    const query = `{ GlossaryEntries { docs { title review } } }`
    const viaGraphql = await graphql(ctx.payload, query, { token: tokens[english.email] })
    expect(viaGraphql.data).toEqual({ GlossaryEntries: { docs: [{ title: 'server', review: 'accepted' }] } })
  })

  it('cannot change or delete accepted entries', async () => {
    const patch = await rest(ctx.payload, 'PATCH', `/glossary/${accepted.id}`, {
      token: tokens[users.translator.email],
      body: { terms: [{ locale: 'it', text: 'servitore', status: 'preferred' }] },
    })
    expect(patch.status).toBe(403)
    const removal = await rest(ctx.payload, 'DELETE', `/glossary/${accepted.id}`, { token: tokens[users.translator.email] })
    expect(removal.status).toBe(403)
    await expect(ctx.payload.delete({ collection: 'glossary', id: accepted.id, ...as(english) })).rejects.toThrow()
    const unchanged = await ctx.payload.findByID({ collection: 'glossary', id: accepted.id })
    expect(unchanged.terms.map((term) => term.text)).toEqual(['server', 'serveur', 'servant'])
  })

  it('see a proposal once an editor accepts it', async () => {
    await ctx.payload.update({ collection: 'glossary', id: proposal.id, data: { review: 'accepted' }, ...as(users.editor) })
    const other = await ctx.payload.find({ collection: 'glossary', ...as(english) })
    expect(other.docs.map((doc) => doc.title).sort()).toEqual(['parafuoco', 'server'])
  })
})

describe('visitors', () => {
  it('read nothing and write nothing on any API', async () => {
    const before = await countAll()
    await expect(ctx.payload.find({ collection: 'glossary', ...anonymous })).rejects.toThrow()
    expect((await rest(ctx.payload, 'GET', '/glossary')).status).toBe(403)
    expect((await rest(ctx.payload, 'GET', `/glossary/${accepted.id}`)).status).toBe(403)
    const create = await rest(ctx.payload, 'POST', '/glossary', { body: { terms: serverTerms } })
    expect(create.status).toBe(403)
    const viaGraphql = await graphql(
      ctx.payload,
      `
        {
          GlossaryEntries {
            docs {
              title
            }
          }
        }
      `,
    )
    expect(viaGraphql.data?.GlossaryEntries ?? null).toBeNull()
    expect(viaGraphql.errors?.length).toBeGreaterThan(0)
    expect(await countAll()).toBe(before)
  })
})
