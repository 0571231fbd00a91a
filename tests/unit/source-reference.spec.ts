import { describe, expect, it } from 'vitest'

import {
  citationLink,
  formatAccessed,
  formatAuthor,
  formatAuthors,
  formatCitation,
  formatInitials,
  normalizeDoi,
  type CitationSource,
} from '@/lib/sourceReference'

const paper: CitationSource = {
  type: 'paper',
  authors: [
    { family: 'Vaswani', given: 'Ashish' },
    { family: 'Shazeer', given: 'Noam' },
    { family: 'Parmar', given: 'Niki' },
  ],
  year: 2017,
  title: 'Attention is all you need',
  container: 'Advances in Neural Information Processing Systems',
  publisher: 'Curran Associates',
  url: 'https://papers.nips.cc/paper/7181',
  doi: '10.48550/arXiv.1706.03762',
}

const webpage: CitationSource = {
  type: 'webpage',
  authors: [{ family: 'Mozilla', given: '' }],
  year: 2024,
  title: 'Intl.DateTimeFormat',
  container: 'MDN Web Docs',
  publisher: 'Mozilla',
  url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/DateTimeFormat',
  accessedAt: '2026-10-15',
}

describe('formatInitials / formatAuthor', () => {
  it('abbreviates given names, hyphens included', () => {
    expect(formatInitials('Chung-Cheng')).toBe('C.-C.')
    expect(formatInitials('Geoffrey E.')).toBe('G. E.')
    expect(formatInitials('J.R.R.')).toBe('J. R. R.')
    expect(formatInitials('Jean-Paul  Marie')).toBe('J.-P. M.')
    expect(formatInitials('émile')).toBe('É.')
    expect(formatInitials('')).toBe('')
  })

  it('prints organisations (no given name) as is', () => {
    expect(formatAuthor({ family: 'Chiu', given: 'Chung-Cheng' })).toBe('Chiu, C.-C.')
    expect(formatAuthor({ family: 'World Health Organization', given: '' })).toBe('World Health Organization')
    expect(formatAuthor({ family: 'OECD', given: null })).toBe('OECD')
    expect(formatAuthor({ family: 'W3C' })).toBe('W3C')
  })
})

describe('formatAuthors', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => ({ family: `F${i + 1}`, given: 'Anna' }))

  it('follows APA 7 for 1, 2 and 3+ authors', () => {
    expect(formatAuthors([])).toBe('')
    expect(formatAuthors(people(1))).toBe('F1, A.')
    expect(formatAuthors(people(2))).toBe('F1, A., & F2, A.')
    expect(formatAuthors(people(3))).toBe('F1, A., F2, A., & F3, A.')
  })

  it('lists all of 20 authors', () => {
    const list = formatAuthors(people(20))
    expect(list.startsWith('F1, A., F2, A.,')).toBe(true)
    expect(list.endsWith('F19, A., & F20, A.')).toBe(true)
    expect(list).not.toContain('…')
  })

  it('lists the first 19, an ellipsis and the last beyond 20 authors', () => {
    const first19 = Array.from({ length: 19 }, (_, i) => `F${i + 1}, A.`).join(', ')
    expect(formatAuthors(people(25))).toBe(`${first19}, … F25, A.`)
  })
})

describe('formatCitation', () => {
  it('formats a paper with a DOI link', () => {
    expect(formatCitation(paper, 'en')).toBe(
      'Vaswani, A., Shazeer, N., & Parmar, N. (2017). Attention is all you need. ' +
        'Advances in Neural Information Processing Systems. Curran Associates. https://doi.org/10.48550/arXiv.1706.03762',
    )
  })

  it('is the same in every locale when nothing is language-specific', () => {
    expect(formatCitation(paper, 'it')).toBe(formatCitation(paper, 'en'))
    expect(formatCitation(paper, 'fr')).toBe(formatCitation(paper, 'en'))
  })

  it('adds the localized access date to web pages, and skips a publisher equal to the author', () => {
    const base =
      'Mozilla (2024). Intl.DateTimeFormat. MDN Web Docs. ' +
      'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/DateTimeFormat'
    expect(formatCitation(webpage, 'it')).toBe(`${base} (consultato il 15 ottobre 2026)`)
    expect(formatCitation(webpage, 'fr')).toBe(`${base} (consulté le 15 octobre 2026)`)
    expect(formatCitation(webpage, 'en')).toBe(`${base} (accessed October 15, 2026)`)
  })

  it('does not add an access date to a paper or when linking a DOI', () => {
    expect(formatCitation({ ...paper, doi: null, accessedAt: '2026-10-15' }, 'en')).toBe(
      'Vaswani, A., Shazeer, N., & Parmar, N. (2017). Attention is all you need. ' +
        'Advances in Neural Information Processing Systems. Curran Associates. https://papers.nips.cc/paper/7181',
    )
    expect(formatCitation({ ...webpage, doi: '10.1000/xyz123' }, 'en')).toBe(
      'Mozilla (2024). Intl.DateTimeFormat. MDN Web Docs. https://doi.org/10.1000/xyz123',
    )
  })

  it('does not double punctuation after a title ending in ? or .', () => {
    const source: CitationSource = {
      authors: [{ family: 'Turing', given: 'Alan Mathison' }],
      year: 1950,
      title: 'Can machines think?',
      container: 'Mind',
    }
    expect(formatCitation(source, 'en')).toBe('Turing, A. M. (1950). Can machines think? Mind.')
    expect(formatCitation({ ...source, title: 'Computing machinery and intelligence.' }, 'en')).toBe(
      'Turing, A. M. (1950). Computing machinery and intelligence. Mind.',
    )
  })

  it('handles missing year, authors, container and link (nullable Payload fields)', () => {
    const bare: CitationSource = {
      authors: null,
      year: null,
      title: 'Glossario dell’intelligenza artificiale',
      container: null,
      publisher: 'AgID',
      url: null,
      doi: null,
      type: null,
      accessedAt: null,
    }
    expect(formatCitation(bare, 'it')).toBe('Glossario dell’intelligenza artificiale. (s.d.). AgID.')
    expect(formatCitation(bare, 'en')).toBe('Glossario dell’intelligenza artificiale. (n.d.). AgID.')
    expect(formatCitation({ ...bare, authors: [{ family: 'Rossi', given: 'Maria' }] }, 'fr')).toBe(
      'Rossi, M. (s.d.). Glossario dell’intelligenza artificiale. AgID.',
    )
  })

  it('never prints an unsafe or malformed link', () => {
    const source: CitationSource = { title: 'X', year: 2020, url: 'javascript:alert(1)', doi: 'not-a-doi' }
    expect(formatCitation(source, 'en')).toBe('X. (2020).')
  })
})

describe('citationLink / normalizeDoi', () => {
  it('prefers the DOI, accepting prefixed forms', () => {
    expect(citationLink(paper)).toEqual({
      href: 'https://doi.org/10.48550/arXiv.1706.03762',
      label: 'https://doi.org/10.48550/arXiv.1706.03762',
    })
    expect(normalizeDoi('https://doi.org/10.1000/ABC')).toBe('10.1000/ABC')
    expect(normalizeDoi('doi: 10.1000/abc')).toBe('10.1000/abc')
    expect(normalizeDoi('10.1/abc')).toBeNull()
  })

  it('falls back to an http(s) URL with a readable label, else null', () => {
    expect(citationLink({ url: 'https://it.wikipedia.org/wiki/Intelligenza_artificiale_%C3%A8' })).toEqual({
      href: 'https://it.wikipedia.org/wiki/Intelligenza_artificiale_%C3%A8',
      label: 'https://it.wikipedia.org/wiki/Intelligenza_artificiale_è',
    })
    expect(citationLink({ url: 'ftp://example.org/file' })).toBeNull()
    expect(citationLink({ url: null, doi: null })).toBeNull()
    expect(citationLink({})).toBeNull()
  })
})

describe('formatAccessed', () => {
  it('uses each language’s date conventions in UTC', () => {
    expect(formatAccessed('2026-10-15', 'it')).toBe('consultato il 15 ottobre 2026')
    expect(formatAccessed('2026-10-15', 'fr')).toBe('consulté le 15 octobre 2026')
    expect(formatAccessed('2026-10-15', 'en')).toBe('accessed October 15, 2026')
    expect(formatAccessed('2026-03-01', 'it')).toBe('consultato il 1º marzo 2026')
    expect(formatAccessed('2026-03-01', 'fr')).toBe('consulté le 1er mars 2026')
    expect(formatAccessed('2026-03-08', 'it')).toBe("consultato l'8 marzo 2026")
    expect(formatAccessed('2026-03-11', 'it')).toBe("consultato l'11 marzo 2026")
    expect(formatAccessed('2026-01-01T00:30:00+02:00', 'en')).toBe('accessed December 31, 2025')
  })

  it('returns null for missing or invalid dates', () => {
    expect(formatAccessed(null, 'en')).toBeNull()
    expect(formatAccessed('', 'en')).toBeNull()
    expect(formatAccessed('yesterday', 'en')).toBeNull()
  })
})
