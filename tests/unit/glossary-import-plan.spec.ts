import { describe, expect, it } from 'vitest'

import type { ExchangeConcept } from '@/glossary/exchange/concept'
import { planImport, type ExistingEntry, type TopicRef } from '@/glossary/exchange/plan'

const topics: TopicRef[] = [
  { id: 7, slugs: ['reti', 'reseaux', 'networks'], names: ['Reti', 'Réseaux', 'Networks'] },
  { id: 8, slugs: ['www'], names: ['Web'] },
  { id: 9, slugs: ['web-2'], names: ['Web'] },
]

const entry = (id: number, it: string, extra: Partial<ExistingEntry> = {}): ExistingEntry => ({
  id,
  terms: [{ locale: 'it', text: it, status: 'preferred' }],
  doNotTranslate: false,
  caseSensitive: false,
  note: '',
  topic: null,
  review: 'accepted',
  ...extra,
})

const concept = (line: number, it: string, extra: Partial<ExchangeConcept> = {}): ExchangeConcept => ({
  where: { kind: 'line', line },
  terms: [{ locale: 'it', text: it, status: 'preferred' }],
  doNotTranslate: false,
  caseSensitive: false,
  note: '',
  topic: '',
  ...extra,
})

describe('planImport', () => {
  it('creates new concepts, updates changed ones in place, leaves equal ones alone', () => {
    const existing = [
      entry(1, 'server', {
        terms: [
          { locale: 'fr', text: 'serveur', status: 'preferred' },
          { locale: 'it', text: 'server', status: 'preferred' },
        ],
      }),
      entry(2, 'client'),
    ]
    const plan = planImport(
      [
        // The same terms in another order: unchanged.
        concept(2, 'server', {
          terms: [
            { locale: 'it', text: 'server', status: 'preferred' },
            { locale: 'fr', text: 'serveur', status: 'preferred' },
          ],
        }),
        concept(3, 'CLIENT', { note: 'Chi chiede.' }),
        concept(4, 'router', { topic: 'Réseaux' }),
      ],
      existing,
      topics,
      10,
    )
    expect(plan).toEqual({
      ok: true,
      creates: [
        {
          terms: [{ locale: 'it', text: 'router', status: 'preferred' }],
          doNotTranslate: false,
          caseSensitive: false,
          note: '',
          topic: 7,
        },
      ],
      updates: [
        {
          id: 2,
          data: {
            terms: [{ locale: 'it', text: 'CLIENT', status: 'preferred' }],
            doNotTranslate: false,
            caseSensitive: false,
            note: 'Chi chiede.',
            topic: null,
          },
        },
      ],
      unchanged: 1,
    })
  })

  it('finds topics by slug, then by a name only one topic has, in any language', () => {
    const plan = planImport(
      [
        concept(2, 'a', { topic: 'networks' }),
        concept(3, 'b', { topic: 'WEB-2' }),
        concept(4, 'c', { topic: 'Réseaux' }),
        concept(5, 'd', { topic: 'Web' }),
      ],
      [],
      topics,
      10,
    )
    expect(plan.ok).toBe(false)
    expect(!plan.ok && plan.problems).toEqual([
      { code: 'unknownTopic', where: { kind: 'line', line: 5 }, details: { topic: 'Web' } },
    ])
  })

  it('accepts a pending proposal it matches, and prefers an accepted entry to a proposal', () => {
    const pending = entry(3, 'proxy', { review: 'pending' })
    const plan = planImport([concept(2, 'proxy')], [pending], topics, 10)
    expect(plan.ok && plan.updates.map((update) => update.id)).toEqual([3])
    const both = planImport([concept(2, 'proxy')], [pending, entry(4, 'proxy')], topics, 10)
    expect(both.ok && [both.updates.length, both.unchanged]).toEqual([0, 1])
  })

  it('refuses a term naming two accepted entries, and two concepts falling on one entry', () => {
    const existing = [
      entry(1, 'rete'),
      entry(2, 'rete'),
      entry(3, 'server', {
        terms: [
          { locale: 'it', text: 'server', status: 'preferred' },
          { locale: 'it', text: 'servitore', status: 'allowed' },
        ],
      }),
    ]
    const plan = planImport([concept(2, 'rete'), concept(3, 'server'), concept(4, 'servitore')], existing, topics, 10)
    expect(!plan.ok && plan.problems).toEqual([
      { code: 'ambiguousMatch', where: { kind: 'line', line: 2 }, details: { term: 'rete', count: 2 } },
      { code: 'sameEntry', where: { kind: 'line', line: 4 }, details: { otherKind: 'line', otherAt: 3 } },
    ])
  })

  it('never matches by a forbidden term', () => {
    const existing = [
      entry(1, 'cifratura', {
        terms: [
          { locale: 'it', text: 'cifratura', status: 'preferred' },
          { locale: 'it', text: 'criptazione', status: 'forbidden' },
        ],
      }),
    ]
    const plan = planImport([concept(2, 'criptazione')], existing, topics, 10)
    expect(plan.ok && plan.creates).toHaveLength(1)
  })
})
