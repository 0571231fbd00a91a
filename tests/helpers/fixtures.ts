import type { Payload } from 'payload'

import type { Article, Source, Topic, User } from '@/payload-types'
import { richText } from '@/richtext/build'

export type Role = User['role']
export type TestUser = User & { collection: 'users' }

/** The password of every user `createUsers` makes. */
export const fixturePassword = 'correct-horse-battery-staple'
const password = fixturePassword

/** Creates one user per role (translator assigned to `fr`) with the Local API, bypassing access. */
export async function createUsers(payload: Payload): Promise<Record<Role, TestUser>> {
  const make = async (role: Role, translatorLocales?: User['translatorLocales']): Promise<TestUser> => {
    const doc = await payload.create({
      collection: 'users',
      data: { email: `${role}@test.example`, name: role, role, translatorLocales, password },
    })
    return { ...doc, collection: 'users' }
  }
  return {
    admin: await make('admin'),
    editor: await make('editor'),
    translator: await make('translator', ['fr']),
  }
}

export async function createTopic(payload: Payload, slug = 'dns'): Promise<Topic> {
  return payload.create({ collection: 'topics', locale: 'it', data: { name: slug.toUpperCase(), slug, order: 1 } })
}

export async function createSource(payload: Payload, overrides: Partial<Source> = {}): Promise<Source> {
  return payload.create({
    collection: 'sources',
    data: {
      type: 'standard',
      title: 'Domain names - implementation and specification',
      year: 1987,
      authors: [{ family: 'Mockapetris', given: 'Paul' }],
      container: 'RFC 1035',
      publisher: 'IETF',
      url: 'https://www.rfc-editor.org/rfc/rfc1035',
      doi: '10.17487/RFC1035',
      ...overrides,
    },
  })
}

type ArticleInput = {
  title: string
  slug?: string
  status?: 'draft' | 'published'
  topic: Topic['id']
  body?: string
  /** Import mode (as the seed): publishing creates no translation tasks. */
  withoutTasks?: boolean
}

export async function createArticle(payload: Payload, input: ArticleInput): Promise<Article> {
  return payload.create({
    collection: 'articles',
    locale: 'it',
    draft: input.status !== 'published',
    data: {
      title: input.title,
      slug: input.slug,
      topic: input.topic,
      body: richText([{ type: 'p', text: input.body ?? `Testo di ${input.title}.` }]),
      summary: `Sintesi di ${input.title}.`,
      _status: input.status ?? 'published',
    },
    context: input.withoutTasks ? { seeding: true } : undefined,
  })
}
