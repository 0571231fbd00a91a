/** Runs once when the Next.js server starts; the checks themselves live in src/startup (Node runtime only). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvironment } = await import('./src/startup/checkEnvironment')
    await checkEnvironment()
  }
}
