import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  adminPolicy,
  apiPolicy,
  hstsValue,
  monacoCdn,
  securityHeaderRules,
  servedOverHttps,
  sitePolicy,
  type HeaderRule,
  type SecurityHeaderOptions,
} from '@/security/headers'

const production: SecurityHeaderOptions = { development: false, https: false }
const productionHttps: SecurityHeaderOptions = { development: false, https: true }
const development: SecurityHeaderOptions = { development: true, https: false }

/** { directive: sources } of a policy string. */
function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

/** Every source of every directive, for "nothing else is allowed" checks. */
const allSources = (policy: string) => Object.values(parse(policy)).flat()

/** The headers Next would send for `pathname`: rules in order, later ones overriding (like Next's router). */
function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.source.replace('/:path*', '(?:/.*)?')}$`)
    if (pattern.test(pathname)) for (const header of rule.headers) result[header.key] = header.value
  }
  return result
}

describe('content security policies', () => {
  it('public site: same origin only, no eval, no inline styles, no data: images, forms post here, framed only by itself', () => {
    const site = parse(sitePolicy(production))
    expect(site['default-src']).toEqual(["'self'"])
    // The App Router's inline data scripts need 'unsafe-inline' (pages are cached: no nonce).
    expect(site['script-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(site['style-src']).toEqual(["'self'"])
    expect(site['img-src']).toEqual(["'self'"])
    expect(site['connect-src']).toEqual(["'self'"])
    expect(site['object-src']).toEqual(["'none'"])
    expect(site['base-uri']).toEqual(["'self'"])
    expect(site['form-action']).toEqual(["'self'"])
    expect(site['frame-ancestors']).toEqual(["'self'"])
    // No third-party origin anywhere.
    expect(allSources(sitePolicy(production)).filter((source) => /^https?:/.test(source))).toEqual([])
    expect(site['upgrade-insecure-requests']).toBeUndefined()
  })

  it('admin: Payload’s inline styles, blob workers and the pinned Monaco CDN; never framed', () => {
    const admin = parse(adminPolicy(production))
    expect(admin['frame-ancestors']).toEqual(["'none'"])
    expect(admin['script-src']).toEqual(["'self'", "'unsafe-inline'", monacoCdn])
    expect(admin['style-src']).toEqual(["'self'", "'unsafe-inline'", monacoCdn])
    expect(admin['worker-src']).toEqual(["'self'", 'blob:'])
    expect(admin['connect-src']).toEqual(["'self'"])
    expect(admin['script-src']).not.toContain("'unsafe-eval'")
    const thirdParty = allSources(adminPolicy(production)).filter((source) => /^https?:/.test(source))
    expect(new Set(thirdParty)).toEqual(new Set([monacoCdn]))
  })

  it('the Monaco CDN path is the one Payload’s code editor loads', () => {
    // @payloadcms/ui → @monaco-editor/react → @monaco-editor/loader, whose config names the CDN folder.
    const fromUi = createRequire(createRequire(import.meta.url).resolve('@payloadcms/ui'))
    const fromReact = createRequire(fromUi.resolve('@monaco-editor/react'))
    // lib/cjs/index.js → lib/cjs/config/index.js
    const loaderEntry = fromReact.resolve('@monaco-editor/loader')
    const config = readFileSync(path.join(path.dirname(loaderEntry), 'config/index.js'), 'utf8')
    const vs = /vs:\s*'([^']+)'/.exec(config)?.[1]
    expect(vs).toBe(`${monacoCdn}vs`)
  })

  it('API: nothing runs or loads, never framed', () => {
    expect(parse(apiPolicy())).toEqual({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })
  })

  it('over https, subresources are upgraded', () => {
    expect(parse(sitePolicy(productionHttps))['upgrade-insecure-requests']).toEqual([])
    expect(parse(adminPolicy(productionHttps))['upgrade-insecure-requests']).toEqual([])
  })

  it('development allows eval (React dev tools) and inline styles (error overlay) only there', () => {
    expect(parse(sitePolicy(development))['script-src']).toContain("'unsafe-eval'")
    expect(parse(sitePolicy(development))['style-src']).toContain("'unsafe-inline'")
    expect(parse(adminPolicy(development))['script-src']).toContain("'unsafe-eval'")
    expect(sitePolicy(production)).not.toContain('unsafe-eval')
  })
})

describe('header rules', () => {
  const rules = securityHeaderRules(productionHttps)

  it.each(['/', '/it', '/fr/articles/x', '/sitemap.xml', '/_next/static/chunks/a.js'])(
    '%s: site policy, nosniff, referrer policy, HSTS',
    (pathname) => {
      const headers = headersFor(rules, pathname)
      expect(headers['Content-Security-Policy']).toBe(sitePolicy(productionHttps))
      expect(headers['X-Content-Type-Options']).toBe('nosniff')
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['Strict-Transport-Security']).toBe(hstsValue)
      expect(headers['X-Frame-Options']).toBeUndefined()
    },
  )

  it.each(['/admin', '/admin/login', '/admin/collections/articles/1'])('%s: admin policy and DENY', (pathname) => {
    const headers = headersFor(rules, pathname)
    expect(headers['Content-Security-Policy']).toBe(adminPolicy(productionHttps))
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
  })

  it.each(['/api/users/login', '/api/media/file/a.svg', '/api/graphql-playground'])('%s: API policy', (pathname) => {
    const headers = headersFor(rules, pathname)
    expect(headers['Content-Security-Policy']).toBe(apiPolicy())
    expect(headers['X-Frame-Options']).toBe('DENY')
    expect(headers['Strict-Transport-Security']).toBe(hstsValue)
  })

  it('no HSTS over plain http, nor in development', () => {
    expect(headersFor(securityHeaderRules(production), '/it')['Strict-Transport-Security']).toBeUndefined()
    expect(
      headersFor(securityHeaderRules({ development: true, https: true }), '/it')['Strict-Transport-Security'],
    ).toBeUndefined()
  })

  it('only development gives the GraphQL playground (a CDN page) a loose policy', () => {
    const dev = securityHeaderRules(development)
    expect(headersFor(dev, '/api/graphql-playground')['Content-Security-Policy']).toMatch(/^default-src 'self' https:/)
    expect(headersFor(dev, '/api/graphql')['Content-Security-Policy']).toBe(apiPolicy())
    expect(headersFor(rules, '/api/graphql-playground')['Content-Security-Policy']).toBe(apiPolicy())
  })

  it('https is read from the public server URL', () => {
    expect(servedOverHttps('https://dino.example')).toBe(true)
    expect(servedOverHttps(' HTTPS://dino.example/ ')).toBe(true)
    expect(servedOverHttps('http://localhost:3000')).toBe(false)
    expect(servedOverHttps(undefined)).toBe(false)
    expect(servedOverHttps('')).toBe(false)
  })
})
