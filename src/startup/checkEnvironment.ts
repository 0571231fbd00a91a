/**
 * Node-only start-up check (imported from instrumentation.ts only in the Node
 * runtime, so the Edge compilation never sees `process.exit`): loading the
 * environment module validates it, and a misconfigured server stops at once,
 * naming the variable, instead of failing on its first request.
 */
export async function checkEnvironment(): Promise<void> {
  try {
    await import('../env')
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
