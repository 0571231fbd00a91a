import { describe, expect, it } from 'vitest'

import { richText } from '@/richtext/build'
import {
  fold,
  hitSnippet,
  queryTokens,
  rankCandidates,
  snippet,
  type SearchCandidate,
  type SearchHit,
} from '@/site/search/search'
import { searchableText } from '@/site/search/searchText'

/** An article as plain text. */
type SearchDoc = Omit<SearchCandidate, 'searchText'> & { text: string }

/** What the database query (every token in `searchText`) and the ranking do together, over documents in memory. */
function searchDocs(docs: readonly SearchDoc[], query: string): SearchHit[] {
  const tokens = queryTokens(query)
  const candidates = docs
    .map(({ text, ...doc }) => ({
      ...doc,
      text,
      searchText: searchableText({ title: doc.title, summary: doc.summary, body: text }),
    }))
    .filter((candidate) => tokens.every((token) => candidate.searchText.includes(token)))
  return rankCandidates(candidates, tokens).map(({ candidate: { searchText: _searchText, text, ...doc }, score }) => ({
    doc,
    score,
    snippet: hitSnippet(text, doc.summary, tokens),
  }))
}

const doc = (id: string, fields: Partial<SearchDoc>): SearchDoc => ({
  id,
  slug: `slug-${id}`,
  title: '',
  summary: '',
  text: '',
  topic: null,
  publishedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})

const docs = [
  doc('1', { title: 'Che cos’è il DNS?', summary: 'Nomi e indirizzi.', text: 'Il resolver interroga i server autoritativi.' }),
  doc('2', {
    title: 'Convoluzioni negli LLM',
    summary: 'Filtri locali.',
    text: 'Una convoluzione applica lo stesso filtro a finestre.',
  }),
  doc('3', {
    title: 'Sécurité des e-mails',
    summary: 'SPF, DKIM et DMARC.',
    text: 'Le résolveur vérifie la signature DKIM.',
    topic: 'DMARC',
  }),
]

describe('site search', () => {
  it('folds case and accents without moving characters', () => {
    expect(fold('Sécurité ÉTÉ')).toBe('securite ete')
    expect(fold('Sécurité').length).toBe('Sécurité'.length)
  })

  it('keeps distinct words of two letters or more', () => {
    expect(queryTokens('  DNS, dns a  résolveur! ')).toEqual(['dns', 'resolveur'])
  })

  it('finds a word of the body, ignoring case and accents', () => {
    expect(searchDocs(docs, 'RESOLVEUR').map((hit) => hit.doc.id)).toEqual(['3'])
    expect(searchDocs(docs, 'finestre').map((hit) => hit.doc.id)).toEqual(['2'])
  })

  it('requires every word and ranks title matches first', () => {
    expect(searchDocs(docs, 'dns resolver').map((hit) => hit.doc.id)).toEqual(['1'])
    const ranked = searchDocs([doc('a', { text: 'about dkim' }), doc('b', { title: 'DKIM explained' })], 'dkim')
    expect(ranked.map((hit) => hit.doc.id)).toEqual(['b', 'a'])
  })

  it('returns nothing for an empty or one-letter query', () => {
    expect(searchDocs(docs, '')).toEqual([])
    expect(searchDocs(docs, 'a')).toEqual([])
  })

  it('highlights the matches in a snippet of the body', () => {
    const parts = snippet('Una convoluzione applica lo stesso filtro a finestre.', ['filtro'])
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['filtro'])
    expect(parts.map((part) => part.text).join('')).toBe('Una convoluzione applica lo stesso filtro a finestre.')
  })

  it('stores title, summary and rich-text body folded, for a substring match in every database', () => {
    const text = searchableText({
      title: 'Sécurité DNS',
      summary: 'Résumé',
      body: richText([{ type: 'p', text: 'Le RÉSOLVEUR vérifie.' }]),
    })
    expect(text).toBe('securite dns\nresume\nle resolveur verifie.')
    expect(searchableText({ title: null, summary: null, body: null })).toBe('')
  })

  it('drops a candidate that lacks a token and keeps the newest first on equal scores', () => {
    const candidate = (id: string, publishedAt: string, searchText: string) => ({
      id,
      slug: id,
      title: 'x',
      summary: '',
      searchText,
      topic: null,
      publishedAt,
    })
    const ranked = rankCandidates(
      [
        candidate('old', '2020-01-01', 'dns zone'),
        candidate('new', '2024-01-01', 'dns zone'),
        candidate('other', '2025-01-01', 'dns'),
      ],
      ['dns', 'zone'],
    )
    expect(ranked.map(({ candidate: { id } }) => id)).toEqual(['new', 'old'])
  })
})
