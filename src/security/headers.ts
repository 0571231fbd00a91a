/**
 * Security headers, as Next.js `headers()` rules (next.config.ts).
 *
 * The policies are static strings. Public pages are rendered once and served from
 * Next's cache, so a per-request nonce cannot work for them; and the App Router
 * streams each page's data as inline scripts (`self.__next_f.push(…)`) whose text
 * differs per page, so hashes cannot either: scripts need 'unsafe-inline' (without it
 * the pages do not hydrate, nor does the admin's login form render). What the policies
 * still do: the site loads and connects to nothing but its own origin, no plugins, no
 * `<base>` rewriting, forms post only here, and nobody frames the admin.
 *
 * The admin (Payload) also needs inline styles (its components inject `<style>`
 * elements and set `style` attributes), `data:` images (the rich-text editor), `blob:`
 * images (upload previews) and workers, and its code editor (Monaco, in the rich
 * text's code blocks) loads from jsDelivr unless configured otherwise: that one CDN
 * folder is allowed, pinned to the Monaco version Payload's loader asks for (a unit
 * test compares it with node_modules).
 *
 * Next writes these rules into the build (`.next/routes-manifest.json`): the options
 * are those of `next build`, not of `next start`.
 */

export type HeaderRule = { source: string; headers: { key: string; value: string }[] }

export type SecurityHeaderOptions = {
  /** `next dev` needs eval (React's dev tools) and inline styles (the error overlay). */
  development: boolean
  /** The site is served over https: HSTS and `upgrade-insecure-requests`. */
  https: boolean
}

type Directives = Record<string, string[]>

/** The CDN folder @monaco-editor/loader (through Payload's CodeEditor) loads Monaco from. */
export const monacoCdn = 'https://cdn.jsdelivr.net/npm/monaco-editor@0.55.1/min/'

export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

function common(options: SecurityHeaderOptions): Directives {
  return {
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
  }
}

const devScript = (options: SecurityHeaderOptions) => (options.development ? ["'unsafe-eval'"] : [])
const devStyle = (options: SecurityHeaderOptions) => (options.development ? ["'unsafe-inline'"] : [])

export function sitePolicy(options: SecurityHeaderOptions): string {
  return serializePolicy({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...devScript(options)],
    'style-src': ["'self'", ...devStyle(options)],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // Same-origin framing only (a future admin live preview); no other site frames ours.
    'frame-ancestors': ["'self'"],
    ...common(options),
  })
}

export function adminPolicy(options: SecurityHeaderOptions): string {
  return serializePolicy({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...devScript(options), monacoCdn],
    'style-src': ["'self'", "'unsafe-inline'", monacoCdn],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:', monacoCdn],
    'worker-src': ["'self'", 'blob:'],
    'connect-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...common(options),
  })
}

/** JSON and uploaded files: nothing runs, nothing loads, nothing frames them (an SVG opened directly stays inert). */
export function apiPolicy(): string {
  return serializePolicy({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })
}

const playgroundPolicy = "default-src 'self' https: data: 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'none'"

export const hstsValue = 'max-age=31536000; includeSubDomains'

/** The public server URL (NEXT_PUBLIC_SERVER_URL) names https: the deployment terminates TLS in front of us. */
export function servedOverHttps(serverUrl: string | undefined): boolean {
  return /^https:\/\//i.test(serverUrl?.trim() ?? '')
}

/**
 * Later rules override earlier ones for the same header (Next applies them in order),
 * so the admin and API policies replace the site's.
 */
export function securityHeaderRules(options: SecurityHeaderOptions): HeaderRule[] {
  const everywhere = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ...(options.https && !options.development ? [{ key: 'Strict-Transport-Security', value: hstsValue }] : []),
    { key: 'Content-Security-Policy', value: sitePolicy(options) },
  ]
  const admin = [
    { key: 'Content-Security-Policy', value: adminPolicy(options) },
    { key: 'X-Frame-Options', value: 'DENY' },
  ]
  return [
    { source: '/:path*', headers: everywhere },
    // `:path*` matches zero segments too: `/admin` itself.
    { source: '/admin/:path*', headers: admin },
    {
      source: '/api/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: apiPolicy() },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    // The GraphQL playground (development only: production disables it) is a page built from a CDN.
    ...(options.development
      ? [{ source: '/api/graphql-playground', headers: [{ key: 'Content-Security-Policy', value: playgroundPolicy }] }]
      : []),
  ]
}
