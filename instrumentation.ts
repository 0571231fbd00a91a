/**
 * Runs once when the Next.js server starts: loading the environment module
 * here (it validates on import) makes a misconfigured production server stop
 * at start-up, naming the variable, instead of failing on its first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    await import('./src/env')
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
