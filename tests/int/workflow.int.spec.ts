import { createLocalReq } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { outbox } from '@/email/consoleTransport'
import { setRevalidator } from '@/site/revalidation/revalidate'
import type { Revalidation } from '@/site/revalidation/targets'
import type { Article, Topic, Translation } from '@/payload-types'
import { richText } from '@/richtext/build'
import { ensureTranslationTasks } from '@/workflow/services/sourceChanges'
import { createArticle, createTopic, createUsers, type TestUser } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { textData } from '../helpers/workflow'

let ctx: TestPayload
let users: Record<'admin' | 'editor' | 'translator', TestUser>
let topic: Topic

const as = (user: TestUser) => ({ overrideAccess: false as const, user })

beforeAll(async () => {
  ctx = await createTestPayload()
  users = await createUsers(ctx.payload)
  topic = await createTopic(ctx.payload)
})

afterAll(async () => {
  await ctx?.cleanup()
})

beforeEach(() => {
  outbox.length = 0
})

async function tasksOf(article: Article): Promise<Translation[]> {
  const { docs } = await ctx.payload.find({
    collection: 'translations',
    where: { article: { equals: article.id } },
    sort: 'locale',
    depth: 0,
  })
  return docs
}

async function task(article: Article, locale: 'fr' | 'en'): Promise<Translation> {
  const found = (await tasksOf(article)).find((doc) => doc.locale === locale)
  if (!found) throw new Error(`no ${locale} task`)
  return found
}

/** Runs the whole loop for the French task: claim, start, translate (draft), submit, approve. */
async function translateAndApprove(article: Article, frenchTitle: string): Promise<Translation> {
  const fr = await task(article, 'fr')
  await ctx.payload.update({
    collection: 'translations',
    id: fr.id,
    data: { assignee: users.translator.id, status: 'in_progress' },
    ...as(users.translator),
  })
  await ctx.payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'fr',
    draft: true,
    data: {
      title: frenchTitle,
      body: richText([{ type: 'p', text: 'Le corps traduit.' }]),
      summary: 'Le résumé.',
    },
    ...as(users.translator),
  })
  await ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'in_review' }, ...as(users.translator) })
  return ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'approved' }, ...as(users.editor) })
}

describe('task creation on publish', () => {
  it('creates one task per target locale, and publishing again creates nothing', async () => {
    const article = await createArticle(ctx.payload, { title: 'Compiti automatici', topic: topic.id, status: 'published' })
    expect((await tasksOf(article)).map((doc) => [doc.locale, doc.status])).toEqual([
      ['en', 'todo'],
      ['fr', 'todo'],
    ])
    await ctx.payload.update({ collection: 'articles', id: article.id, locale: 'it', data: { _status: 'published' } })
    expect(await tasksOf(article)).toHaveLength(2)
  })

  it('a draft creates no task', async () => {
    const article = await createArticle(ctx.payload, { title: 'Solo bozza', topic: topic.id, status: 'draft' })
    expect(await tasksOf(article)).toHaveLength(0)
  })

  it('keeps one task per locale under two concurrent publishes', async () => {
    const article = await createArticle(ctx.payload, { title: 'Concorrenza', topic: topic.id, status: 'draft' })
    // Two saves of the same document may collide in the database itself (SQLite); whichever
    // publishes, the unique article × locale key keeps exactly one task per locale.
    const results = await Promise.allSettled(
      [1, 2].map((n) =>
        ctx.payload.update({
          collection: 'articles',
          id: article.id,
          locale: 'it',
          data: { summary: `Versione ${n}`, _status: 'published' },
        }),
      ),
    )
    expect(results.some((result) => result.status === 'fulfilled')).toBe(true)
    expect((await tasksOf(article)).map((doc) => doc.locale)).toEqual(['en', 'fr'])
  })

  it('task creation itself is race-safe', async () => {
    const article = await createArticle(ctx.payload, { title: 'Gara', topic: topic.id, status: 'draft' })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { _status: 'published' },
      context: { seeding: true },
    })
    const req = await createLocalReq({}, ctx.payload)
    const created = await Promise.all([1, 2, 3].map(() => ensureTranslationTasks(req, article.id)))
    expect(created.reduce((sum, count) => sum + count, 0)).toBe(2)
    expect((await tasksOf(article)).map((doc) => doc.locale)).toEqual(['en', 'fr'])
  })

  it('counts the words to translate', async () => {
    const article = await createArticle(ctx.payload, {
      title: 'Quante parole ci sono',
      body: 'Uno due tre quattro cinque.',
      topic: topic.id,
      status: 'published',
    })
    // title 4 + body 5 + summary ("Sintesi di Quante parole ci sono." = 6)
    expect((await task(article, 'fr')).wordsToTranslate).toBe(15)
  })
})

describe('the translation loop', () => {
  it('claim → start → draft → submit → approve makes French public with the translated text', async () => {
    const article = await createArticle(ctx.payload, { title: 'Il ciclo completo', topic: topic.id, status: 'published' })
    const anonymousFrench = () =>
      ctx.payload.find({ collection: 'articles', locale: 'fr', where: { id: { equals: article.id } }, overrideAccess: false })

    const approved = await translateAndApprove(article, 'Le cycle complet')
    expect(approved.status).toBe('approved')
    expect(approved.approvedAt).toBeTruthy()
    expect(Object.keys(approved.sourceFingerprints ?? {}).sort()).toEqual(
      ['body', 'seoDescription', 'seoTitle', 'summary', 'title'].sort(),
    )
    expect(approved.history?.map((entry) => [entry.from ?? null, entry.to])).toEqual([
      [null, 'todo'],
      ['todo', 'in_progress'],
      ['in_progress', 'in_review'],
      ['in_review', 'approved'],
    ])
    const visible = await anonymousFrench()
    expect(visible.docs[0]?.title).toBe('Le cycle complet')
    // English was never approved: still hidden.
    const english = await ctx.payload.find({
      collection: 'articles',
      locale: 'en',
      where: { id: { equals: article.id } },
      overrideAccess: false,
    })
    expect(english.totalDocs).toBe(0)
  })

  it('approval revalidates the newly public French page', async () => {
    const article = await createArticle(ctx.payload, { title: 'Da rivalidare', topic: topic.id, status: 'published' })
    const recorded: Revalidation[] = []
    setRevalidator((revalidation) => {
      recorded.push(revalidation)
    })
    try {
      await translateAndApprove(article, 'À revalider')
    } finally {
      setRevalidator(null)
    }
    const paths = recorded.flatMap((revalidation) => revalidation.paths)
    expect(paths.some((path) => path.startsWith('/fr/') && path.endsWith('/a-revalider'))).toBe(true)
    expect(paths.some((path) => path.startsWith('/en/'))).toBe(false)
  })

  it("the translator's draft stays offline until approval", async () => {
    const article = await createArticle(ctx.payload, { title: 'Prima l’approvazione', topic: topic.id, status: 'published' })
    const fr = await task(article, 'fr')
    await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { assignee: users.translator.id, status: 'in_progress' },
      ...as(users.translator),
    })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Brouillon' },
      ...as(users.translator),
    })
    const live = await ctx.payload.findByID({ collection: 'articles', id: article.id, locale: 'fr', fallbackLocale: false })
    expect(live.title ?? null).toBeNull()
  })

  it('notifies: assignee on assignment and on changes requested, editors on submission', async () => {
    const article = await createArticle(ctx.payload, { title: 'Notifiche', topic: topic.id, status: 'published' })
    const fr = await task(article, 'fr')
    await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { assignee: users.translator.id },
      ...as(users.editor),
    })
    expect(outbox.map((mail) => [mail.to, mail.subject])).toEqual([
      ['translator@test.example', 'Traduction assignée : « Notifiche » (français)'],
    ])
    await ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'in_progress' }, ...as(users.translator) })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      data: textData({ title: 'Notifications' }),
      ...as(users.translator),
    })
    await ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'in_review' }, ...as(users.translator) })
    expect(outbox.at(-1)).toMatchObject({ to: 'editor@test.example' })
    expect(outbox.at(-1)?.subject).toContain('Traduzione da rivedere')
    await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { status: 'in_progress', transitionComment: 'Il titolo è troppo lungo.' },
      ...as(users.editor),
    })
    expect(outbox.at(-1)).toMatchObject({ to: 'translator@test.example' })
    expect(outbox.at(-1)?.text).toContain('Il titolo è troppo lungo.')
  })
})

describe('refused moves', () => {
  let article: Article
  let fr: Translation

  beforeAll(async () => {
    article = await createArticle(ctx.payload, { title: 'Mosse vietate', topic: topic.id, status: 'published' })
    fr = await task(article, 'fr')
    // Approving publishes the French draft, which must then have its required title.
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      data: textData({ title: 'Coups interdits' }),
      ...as(users.editor),
    })
  })

  it('an invalid move says which moves are allowed, and changes nothing', async () => {
    await expect(
      ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'approved' }, ...as(users.editor) }),
    ).rejects.toThrow(
      'Un compito di traduzione non può passare da «Da fare» a «Approvata». Da «Da fare», un redattore può spostarlo in «In corso».',
    )
    expect((await task(article, 'fr')).status).toBe('todo')
  })

  it('a translator cannot approve their own task', async () => {
    await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { assignee: users.translator.id, status: 'in_progress' },
      ...as(users.translator),
    })
    await ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'in_review' }, ...as(users.translator) })
    await expect(
      ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'approved' }, ...as(users.translator) }),
    ).rejects.toThrow(/Solo un redattore può approvare/)
    expect((await task(article, 'fr')).status).toBe('in_review')
  })

  it('requesting changes needs a comment', async () => {
    await expect(
      ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'in_progress' }, ...as(users.editor) }),
    ).rejects.toThrow(/serve un commento/)
  })

  it('only the system marks a task outdated', async () => {
    const approved = await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { status: 'approved' },
      ...as(users.editor),
    })
    expect(approved.status).toBe('approved')
    await expect(
      ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'outdated' }, ...as(users.editor) }),
    ).rejects.toThrow(/Solo il sistema/)
  })

  it('history is append-only: nobody can rewrite it', async () => {
    const before = (await task(article, 'fr')).history ?? []
    for (const user of [users.editor, users.admin]) {
      const updated = await ctx.payload.update({
        collection: 'translations',
        id: fr.id,
        data: { history: [{ at: new Date().toISOString(), to: 'todo', comment: 'forged' }] },
        ...as(user),
      })
      expect(updated.history?.map((entry) => entry.id)).toEqual(before.map((entry) => entry.id))
    }
  })
})

describe('source changes', () => {
  it('outdates approved tasks, flagging exactly the changed fields, and e-mails the assignee', async () => {
    const article = await createArticle(ctx.payload, { title: 'Fonte che cambia', topic: topic.id, status: 'published' })
    await translateAndApprove(article, 'La source qui change')
    outbox.length = 0
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { body: richText([{ type: 'p', text: 'Un corpo tutto nuovo e più lungo.' }]), _status: 'published' },
      ...as(users.editor),
    })
    const fr = await task(article, 'fr')
    expect(fr.status).toBe('outdated')
    expect(fr.changedFields).toEqual(['body'])
    expect(fr.wordsToTranslate).toBeGreaterThan(0)
    expect(fr.history?.at(-1)).toMatchObject({ from: 'approved', to: 'outdated' })
    // English was never approved: it stays a plain todo.
    expect((await task(article, 'en')).status).toBe('todo')
    expect(outbox.map((mail) => mail.to)).toEqual(['translator@test.example'])
    expect(outbox[0]?.text).toContain('réponse')
    // Outdated stays public: the last approved translation remains online.
    const french = await ctx.payload.find({
      collection: 'articles',
      locale: 'fr',
      where: { id: { equals: article.id } },
      overrideAccess: false,
    })
    expect(french.totalDocs).toBe(1)
  })

  it('a minor edit keeps the translation approved and records it', async () => {
    const article = await createArticle(ctx.payload, { title: 'Refuso', topic: topic.id, status: 'published' })
    await translateAndApprove(article, 'Coquille')
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { summary: 'Sintesi di Refuso, corretta.', minorEdit: true, _status: 'published' },
      ...as(users.editor),
    })
    const fr = await task(article, 'fr')
    expect(fr.status).toBe('approved')
    expect(fr.history?.at(-1)?.comment).toBe('Modifica minore della fonte italiana (In sintesi): la traduzione resta com’è.')
    // The next real change is measured from the corrected text, so summary is not flagged again.
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { title: 'Refuso, titolo nuovo', _status: 'published' },
      ...as(users.editor),
    })
    expect((await task(article, 'fr')).changedFields).toEqual(['title'])
  })

  it('changing a non-localized field never outdates a translation', async () => {
    const article = await createArticle(ctx.payload, { title: 'Argomento spostato', topic: topic.id, status: 'published' })
    await translateAndApprove(article, 'Sujet déplacé')
    const other = await createTopic(ctx.payload, 'css')
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { topic: other.id, _status: 'published' },
      ...as(users.editor),
    })
    expect((await task(article, 'fr')).status).toBe('approved')
  })

  it('an approval does not absorb a pending Italian draft: publishing it later outdates the translation', async () => {
    const article = await createArticle(ctx.payload, { title: 'Titolo A', topic: topic.id, status: 'published' })
    const fr = await task(article, 'fr')
    await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { assignee: users.translator.id, status: 'in_progress' },
      ...as(users.translator),
    })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      data: textData({ title: 'Titre A' }),
      ...as(users.translator),
    })
    await ctx.payload.update({ collection: 'translations', id: fr.id, data: { status: 'in_review' }, ...as(users.translator) })
    // The editor drafts a new Italian title (not published) before approving the French made from A.
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      draft: true,
      data: { title: 'Titolo B' },
      ...as(users.editor),
    })
    const approved = await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { status: 'approved' },
      ...as(users.editor),
    })
    expect(approved.sourceSnapshot).toMatchObject({ title: 'Titolo A' })
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'it',
      data: { _status: 'published' },
      ...as(users.editor),
    })
    const after = await task(article, 'fr')
    expect(after.status).toBe('outdated')
    expect(after.changedFields).toEqual(['title'])
  })

  it('editing a translation in another locale does not outdate anything', async () => {
    const article = await createArticle(ctx.payload, { title: 'Altra lingua', topic: topic.id, status: 'published' })
    await translateAndApprove(article, 'Autre langue')
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      draft: true,
      data: { title: 'Another language' },
      ...as(users.editor),
    })
    expect((await task(article, 'fr')).status).toBe('approved')
  })
})

describe('what a translator may change', () => {
  let article: Article

  beforeAll(async () => {
    article = await createArticle(ctx.payload, { title: 'Permessi del traduttore', topic: topic.id, status: 'published' })
  })

  it('nothing without an in-progress task of their own', async () => {
    await expect(
      ctx.payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'fr',
        draft: true,
        data: { title: 'Trop tôt' },
        ...as(users.translator),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('with a task: their locale as a draft only; never the source, another locale, or non-localized fields', async () => {
    const fr = await task(article, 'fr')
    await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { assignee: users.translator.id, status: 'in_progress' },
      ...as(users.translator),
    })
    const other = await createTopic(ctx.payload, 'html')
    const saved = await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Permissions du traducteur', topic: other.id },
      ...as(users.translator),
    })
    expect(saved.title).toBe('Permissions du traducteur')
    expect(typeof saved.topic === 'object' ? saved.topic.id : saved.topic).toBe(topic.id)

    for (const locale of ['it', 'en'] as const) {
      await expect(
        ctx.payload.update({
          collection: 'articles',
          id: article.id,
          locale,
          draft: true,
          data: { title: 'Intrusion' },
          ...as(users.translator),
        }),
      ).rejects.toMatchObject({ status: 403 })
    }
    await expect(
      ctx.payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'fr',
        data: { title: 'Publié ?', _status: 'published' },
        ...as(users.translator),
      }),
    ).rejects.toThrow(/I traduttori salvano bozze/)
  })

  it('claims only unassigned tasks of their locales, for themselves', async () => {
    const other = await createArticle(ctx.payload, { title: 'Da rivendicare', topic: topic.id, status: 'published' })
    const fr = await task(other, 'fr')
    const en = await task(other, 'en')
    await expect(
      ctx.payload.update({
        collection: 'translations',
        id: en.id,
        data: { assignee: users.translator.id },
        ...as(users.translator),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      ctx.payload.update({ collection: 'translations', id: fr.id, data: { assignee: users.editor.id }, ...as(users.translator) }),
    ).rejects.toMatchObject({ status: 403 })
    const claimed = await ctx.payload.update({
      collection: 'translations',
      id: fr.id,
      data: { assignee: users.translator.id },
      ...as(users.translator),
    })
    expect(typeof claimed.assignee === 'object' ? claimed.assignee?.id : claimed.assignee).toBe(users.translator.id)
    await expect(
      ctx.payload.update({
        collection: 'translations',
        id: fr.id,
        data: { dueDate: '2030-01-01T00:00:00.000Z' },
        ...as(users.translator),
      }),
    ).resolves.toMatchObject({ dueDate: null })
  })
})
