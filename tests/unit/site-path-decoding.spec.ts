import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import proxy from '../../proxy'
import { isDecodablePath } from '@/site/pathDecoding'

const malformed = [
  '/it/articoli/%zz',
  '/it/articoli/%',
  '/fr/articles/%E0%A4%A',
  '/en/topics/%C3',
  '/it/%ZZ/x',
  '/it/articoli/abc%2',
  '/%',
]
const wellFormed = ['/it/articoli/cos-e-il-dns', '/fr/articles/r%C3%A9seau', '/en/topics/a%20b', '/it/articoli/%25zz', '/', '/it']

describe('percent-encoding in site paths', () => {
  it('refuses escapes that do not decode', () => {
    for (const path of malformed) expect(isDecodablePath(path), path).toBe(false)
  })

  it('accepts valid escapes, including an escaped percent sign', () => {
    for (const path of wellFormed) expect(isDecodablePath(path), path).toBe(true)
  })

  it('the proxy answers a malformed path 400 instead of throwing', () => {
    for (const path of malformed) {
      const response = proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(response.status, path).toBe(400)
    }
  })

  it('the proxy lets well-formed escaped paths through to the page', () => {
    const response = proxy(new NextRequest('http://localhost:3000/fr/articles/r%C3%A9seau'))
    expect(response.status).toBe(200)
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })
})
