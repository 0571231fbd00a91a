import { describe, expect, it } from 'vitest'

import { changedFieldDiffs, hasChanges, isTranslatableField } from '@/admin/lib/fieldDiffs'
import { richText } from '@/richtext/build'

describe('changedFieldDiffs', () => {
  const snapshot = {
    title: 'Che cos’è il DNS?',
    body: richText([
      { type: 'p', text: 'Primo paragrafo.' },
      { type: 'p', text: 'Il DNS traduce i nomi.' },
    ]),
    summary: 'In breve.',
  }

  it('diffs exactly the changed fields, in field order: words for text, blocks for rich text', () => {
    const diffs = changedFieldDiffs(
      { changedFields: ['summary', 'title', 'body'], sourceSnapshot: snapshot },
      {
        title: 'Che cos’è davvero il DNS?',
        body: richText([
          { type: 'p', text: 'Primo paragrafo.' },
          { type: 'p', text: 'Il DNS traduce i nomi di dominio.' },
          { type: 'p', text: 'Un paragrafo nuovo.' },
        ]),
        summary: 'In breve.',
      },
    )
    expect(diffs.map((diff) => [diff.field, diff.mode])).toEqual([
      ['title', 'text'],
      ['body', 'blocks'],
      ['summary', 'text'],
    ])
    const [title, body, summary] = diffs
    expect(title?.mode === 'text' && title.parts.filter((part) => part.kind === 'insert').map((part) => part.text)).toEqual([
      'davvero ',
    ])
    expect(body?.mode === 'blocks' && body.blocks.map((block) => block.kind)).toEqual(['equal', 'change', 'insert'])
    expect(summary && hasChanges(summary)).toBe(false)
    expect(title && hasChanges(title)).toBe(true)
  })

  it('has nothing to show without a snapshot (never approved) or without changed fields', () => {
    expect(changedFieldDiffs({ changedFields: ['title'], sourceSnapshot: null }, { title: 'x' })).toEqual([])
    expect(changedFieldDiffs({ changedFields: ['title'], sourceSnapshot: ['not', 'a', 'record'] }, { title: 'x' })).toEqual([])
    expect(changedFieldDiffs({ changedFields: [], sourceSnapshot: snapshot }, { title: 'x' })).toEqual([])
  })

  it('treats a field missing on either side as empty', () => {
    const [diff] = changedFieldDiffs({ changedFields: ['seoTitle'], sourceSnapshot: {} }, { seoTitle: 'Nuovo titolo SEO' })
    expect(diff).toEqual({ field: 'seoTitle', mode: 'text', parts: [{ kind: 'insert', text: 'Nuovo titolo SEO' }] })
  })

  it('recognizes the translatable field names', () => {
    expect(['title', 'body', 'summary', 'seoTitle', 'seoDescription'].every(isTranslatableField)).toBe(true)
    expect(['slug', 'topic', undefined, 3].some(isTranslatableField)).toBe(false)
  })
})
