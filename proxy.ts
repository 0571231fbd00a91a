import createMiddleware from 'next-intl/middleware'

import { routing } from './src/i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything except the admin, the APIs, Next internals and files with an extension.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
