import { describe, expect, it } from 'vitest'

import { insertAtCursor, spacedWords } from '@/lib/insertText'

describe('inserting words at the cursor', () => {
  it('inserts at the cursor and puts the cursor after the words', () => {
    expect(insertAtCursor('Le  protège.', { start: 3, end: 3 }, 'chiffrement')).toEqual({
      text: 'Le chiffrement protège.',
      cursor: 14,
    })
  })

  it('replaces the selection', () => {
    expect(insertAtCursor('Le cryptage protège.', { start: 3, end: 11 }, 'chiffrement')).toEqual({
      text: 'Le chiffrement protège.',
      cursor: 14,
    })
  })

  it('adds a space where the words would stick to letters, not before punctuation or after an apostrophe', () => {
    expect(insertAtCursor('Le', { start: 2, end: 2 }, 'chiffrement').text).toBe('Le chiffrement')
    expect(insertAtCursor('protège', { start: 0, end: 0 }, 'chiffrement')).toEqual({ text: 'chiffrement protège', cursor: 12 })
    expect(insertAtCursor('Le .', { start: 3, end: 3 }, 'chiffrement').text).toBe('Le chiffrement.')
    expect(insertAtCursor('l’', { start: 2, end: 2 }, 'adresse IP').text).toBe('l’adresse IP')
    expect(insertAtCursor('Fin.', { start: 4, end: 4 }, 'Le chiffrement').text).toBe('Fin. Le chiffrement')
    expect(insertAtCursor('( )', { start: 1, end: 2 }, 'réseau').text).toBe('(réseau)')
  })

  it('spaces words for a rich text cursor from the text on either side', () => {
    expect(spacedWords('données.', '', 'chiffrement')).toBe(' chiffrement')
    expect(spacedWords('Le', 'protège', 'chiffrement')).toBe(' chiffrement ')
    expect(spacedWords('', '', '« x »')).toBe('« x »')
  })

  it('inserts into an empty text, and clamps a cursor outside the text', () => {
    expect(insertAtCursor('', { start: 0, end: 0 }, 'réseau')).toEqual({ text: 'réseau', cursor: 6 })
    expect(insertAtCursor('Le', { start: 10, end: 3 }, 'réseau')).toEqual({ text: 'Le réseau', cursor: 9 })
  })
})
