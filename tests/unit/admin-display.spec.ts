import { describe, expect, it } from 'vitest'

import { initials } from '@/admin/lib/initials'
import { articlePublicPath } from '@/admin/lib/sitePaths'
import { taskChanges } from '@/admin/lib/taskChanges'
import { sourceDisplayTitle } from '@/lib/sourceReference'
import { taskTitle } from '@/workflow/taskTitle'

describe('initials', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initials('Anna Maria Rossi')).toBe('AR')
    expect(initials('élodie  durand')).toBe('ÉD')
    expect(initials('Jean-Luc')).toBe('JL')
    expect(initials('Madonna')).toBe('M')
  })

  it('falls back to the e-mail’s local part, then to a question mark', () => {
    expect(initials('', 'translator.fr@example.com')).toBe('TF')
    expect(initials('  ', null)).toBe('?')
    expect(initials(undefined, '@example.com')).toBe('?')
  })
})

describe('taskTitle', () => {
  it('names the question and the language in its own name', () => {
    expect(taskTitle('Che cos’è un resolver DNS?', 'fr')).toBe('Che cos’è un resolver DNS? · Français')
    expect(taskTitle('  Perché IPv6?  ', 'en')).toBe('Perché IPv6? · English')
  })

  it('keeps the language when the article has no question yet', () => {
    expect(taskTitle(null, 'fr')).toBe('— · Français')
  })
})

describe('sourceDisplayTitle', () => {
  it('reads "Authors (year) Title" with family names', () => {
    expect(
      sourceDisplayTitle({
        authors: [{ family: 'Mockapetris', given: 'Paul' }],
        year: 1987,
        title: 'Domain names: concepts and facilities',
      }),
    ).toBe('Mockapetris (1987) Domain names: concepts and facilities')
  })

  it('lists up to three authors, then "et al."', () => {
    const authors = ['A', 'B', 'C', 'D'].map((family) => ({ family }))
    expect(sourceDisplayTitle({ authors: authors.slice(0, 3), year: 2020, title: 'T' })).toBe('A, B, C (2020) T')
    expect(sourceDisplayTitle({ authors, year: 2020, title: 'T' })).toBe('A, B, C et al. (2020) T')
  })

  it('leaves out what is missing', () => {
    expect(sourceDisplayTitle({ authors: [], year: null, title: ' RFC 8484 ' })).toBe('RFC 8484')
    expect(sourceDisplayTitle({ authors: [{ family: 'IETF' }], year: undefined, title: 'DoH' })).toBe('IETF DoH')
  })
})

describe('taskChanges', () => {
  it('names tasks that appeared and tasks that became outdated', () => {
    expect(
      taskChanges(
        [{ locale: 'fr', status: 'approved' }],
        [
          { locale: 'fr', status: 'outdated' },
          { locale: 'en', status: 'todo' },
        ],
      ),
    ).toEqual([
      { locale: 'fr', kind: 'outdated' },
      { locale: 'en', kind: 'created' },
    ])
  })

  it('says nothing when the tasks kept their state (a minor edit)', () => {
    const tasks = [
      { locale: 'fr', status: 'approved' },
      { locale: 'en', status: 'outdated' },
    ]
    expect(taskChanges(tasks, tasks)).toEqual([])
  })
})

describe('articlePublicPath', () => {
  it('uses the localized segment and the language’s slug', () => {
    expect(articlePublicPath('it', 'resolver-dns')).toBe('/it/articoli/resolver-dns')
    expect(articlePublicPath('fr', 'résolveur')).toBe('/fr/articles/r%C3%A9solveur')
  })
})
