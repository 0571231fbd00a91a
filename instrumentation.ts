/** Runs once when the Next.js server starts; the checks themselves live in src/startup (Node runtime only). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // First, so requests are stamped with their socket address as early as possible (src/security/clientIp.ts).
    const { installSocketAddressStamp } = await import('@/security/socketAddress')
    installSocketAddressStamp()
    // Methods Next cannot wrap in a Request (TRACE…) answer 405 instead of its 500 (src/security/methodGuard.ts).
    const { installMethodGuard } = await import('@/security/methodGuard')
    installMethodGuard()
    // A cached page's HTML is encoded to UTF-8 once, not on every response (src/http/encodedBodies.ts).
    const { installBodyEncoding } = await import('@/http/encodedBodies')
    installBodyEncoding()
    const { checkEnvironment } = await import('@/startup/checkEnvironment')
    await checkEnvironment()
    // After the checks: the keys' module reads the environment, and a bad one must stop start-up with its message.
    // Public responses name their surrogate keys for the cache in front (src/http/surrogateKeyHeaders.ts).
    const [{ installSurrogateKeyHeaders }, { responseKeys }, { pathnames }] = await Promise.all([
      import('@/http/surrogateKeyHeaders'),
      import('@/site/revalidation/surrogateKeys'),
      import('@/i18n/routing'),
    ])
    installSurrogateKeyHeaders(responseKeys(pathnames))
    // Scheduled publications and digests run from the start (JOBS_AUTORUN; src/startup/startJobs.ts).
    const [{ startJobs }, { env }] = await Promise.all([import('@/startup/startJobs'), import('@/env')])
    await startJobs(env)
  }
}
