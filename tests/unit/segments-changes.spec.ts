import { describe, expect, it } from 'vitest'

import { richText } from '@/richtext/build'
import { changedSegmentIds, segmentChanges } from '@/segments/changes'
import { segmentField } from '@/segments/field'
import { segmentHash, segmentIds } from '@/segments/ids'

const body = (...paragraphs: string[]) =>
  segmentField('body', richText(paragraphs.map((text) => ({ type: 'p' as const, text }))), 'it').segments

describe('segment ids and hashes', () => {
  it('hash the tagged text with normalised spaces and number repeats', () => {
    expect(segmentHash('Una  frase.\n')).toBe(segmentHash('Una frase.'))
    expect(segmentHash('Una frase.')).not.toBe(segmentHash('Una Frase.'))
    const hash = segmentHash('Sì.')
    expect(segmentIds('title', [hash, segmentHash('No.'), hash])).toEqual([
      `title:${hash.slice(0, 12)}:0`,
      `title:${segmentHash('No.').slice(0, 12)}:0`,
      `title:${hash.slice(0, 12)}:1`,
    ])
  })

  it('stay the same when a sentence is inserted before, or the editor rewrites the JSON around it', () => {
    const before = body('Il DNS traduce i nomi. Usa la porta 53.')
    const after = body('Nuova frase iniziale. Il DNS traduce i nomi.', 'Usa la porta 53.')
    expect(after.map((segment) => segment.id)).toEqual(expect.arrayContaining(before.map((segment) => segment.id)))
    // Bold added around a word: the text of the segment changes (tags count), so does the hash.
    const bold = segmentField('body', richText([{ type: 'p', text: 'Il `DNS` traduce i nomi.' }]), 'it').segments
    expect(bold[0]?.hash).not.toBe(before[0]?.hash)
  })
})

describe('which segments changed', () => {
  it('says which sentences are the same, rewritten, added or removed, in reading order', () => {
    const before = body('Il DNS traduce i nomi. Usa la porta 53. Le risposte sono in cache.', 'Fine.')
    const after = body('Il DNS traduce i nomi. Usa la porta 53 o la 853. Le risposte sono in cache.', 'Una frase nuova.', 'Fine.')
    expect(
      segmentChanges(before, after).map((change) => [change.kind, 'after' in change ? change.after.text : change.before.text]),
    ).toEqual([
      ['same', 'Il DNS traduce i nomi.'],
      ['changed', 'Usa la porta 53 o la 853.'],
      ['same', 'Le risposte sono in cache.'],
      ['added', 'Una frase nuova.'],
      ['same', 'Fine.'],
    ])
    expect(changedSegmentIds(before, after)).toEqual([after[1]?.id, after[3]?.id])
    const changed = segmentChanges(before, after)[1]
    expect(changed?.kind === 'changed' && changed.before.text).toBe('Usa la porta 53.')
  })

  it('reports removed sentences and nothing for an unchanged field', () => {
    const before = body('Uno. Due. Tre.')
    expect(segmentChanges(before, body('Uno. Tre.')).map((change) => change.kind)).toEqual(['same', 'removed', 'same'])
    expect(changedSegmentIds(before, body('Uno.  Due.   Tre.'))).toEqual([])
    expect(changedSegmentIds([], body('Uno.'))).toHaveLength(1)
  })
})
