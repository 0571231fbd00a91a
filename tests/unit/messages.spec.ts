import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'

const dir = path.resolve(__dirname, '../../messages')

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

function load(locale: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8'))
}

describe('messages', () => {
  it('has exactly one file per locale', () => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.json'))
    expect(files.map((file) => file.replace('.json', '')).sort()).toEqual([...locales].sort())
  })

  it.each(locales.filter((locale) => locale !== 'it'))('%s has the same keys as it', (locale) => {
    expect(keys(load(locale)).sort()).toEqual(keys(load('it')).sort())
  })

  it.each(locales)('%s has no empty strings', (locale) => {
    const flat = (value: unknown): unknown[] =>
      typeof value === 'object' && value !== null ? Object.values(value).flatMap(flat) : [value]
    for (const text of flat(load(locale))) expect(typeof text === 'string' && text.trim().length > 0).toBe(true)
  })
})
