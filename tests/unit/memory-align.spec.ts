import { describe, expect, it } from 'vitest'

import { alignField } from '@/memory/align'
import { richText } from '@/richtext/build'
import type { LexicalNode, LexicalState } from '@/richtext/lexical'
import { seedArticles } from '@/seed/data/articles'
import { joinField, segmentField } from '@/segments/field'

const locales = { source: 'it', target: 'fr' }
const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format, version: 1 })
const link = (url: string, children: LexicalNode[]): LexicalNode => ({ type: 'link', fields: { url }, children, version: 3 })
const doc = (...paragraphs: LexicalNode[][]): LexicalState => ({
  root: { type: 'root', children: paragraphs.map((children) => ({ type: 'paragraph', children, version: 1 })) },
})

describe('aligning an approved translation', () => {
  it('pairs the seed articles sentence by sentence, with tags the source segments accept', () => {
    for (const target of ['fr', 'en'] as const) {
      let sentences = 0
      let paired = 0
      for (const seed of seedArticles) {
        const source = richText(seed.content.it.body)
        const segmented = segmentField('body', source, 'it')
        const pairs = alignField('body', source, richText(seed.content[target].body), { source: 'it', target })
        sentences += segmented.segments.length
        paired += pairs.length
        // Every pair rebuilds the source's markup when put in its segment.
        const joined = joinField(segmented, Object.fromEntries(pairs.map((pair) => [pair.segmentId, pair.target])))
        expect(joined.ok).toBe(true)
      }
      expect(paired / sentences).toBeGreaterThan(0.95)
    }
  })

  it('renumbers tags the translation reorders, and keeps neighbours for in-context matches', () => {
    const source = doc([
      text('Prima frase. Leggi '),
      link('https://a.example', [text('la guida')]),
      text(' e '),
      text('poi', 1),
      text(' prova.'),
    ])
    const target = doc([
      text('Première phrase. Essaie '),
      text('ensuite', 1),
      text(' après avoir lu '),
      link('https://a.example', [text('le guide')]),
      text('.'),
    ])
    const pairs = alignField('body', source, target, locales)
    expect(pairs.map((pair) => [pair.source, pair.target])).toEqual([
      ['Prima frase.', 'Première phrase.'],
      ['Leggi <1>la guida</1> e <2>poi</2> prova.', 'Essaie <2>ensuite</2> après avoir lu <1>le guide</1>.'],
    ])
    const [first, second] = segmentField('body', source, 'it').segments
    expect(pairs[0]).toMatchObject({ before: null, after: second?.hash, segmentId: first?.id, sourceHash: first?.hash })
    expect(pairs[1]).toMatchObject({ before: first?.hash, after: null })
  })

  it('leaves out blocks with another number of sentences and sentences whose tags differ', () => {
    const source = doc([text('Uno. Due.')], [text('Vedi '), text('qui', 1), text('.')], [text('Tre.')])
    const target = doc([text('Un, deux.')], [text('Voir ici.')], [text('Trois.')])
    expect(alignField('body', source, target, locales).map((pair) => pair.target)).toEqual(['Trois.'])
    expect(alignField('title', 'Che cos’è il DNS?', 'Qu’est-ce que le DNS ?', locales)).toMatchObject([
      { field: 'title', source: 'Che cos’è il DNS?', target: 'Qu’est-ce que le DNS ?' },
    ])
    expect(alignField('title', 'Titolo.', null, locales)).toEqual([])
  })
})
