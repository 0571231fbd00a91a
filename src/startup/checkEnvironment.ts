/**
 * Node-only start-up check (imported from instrumentation.ts only in the Node
 * runtime, so the Edge compilation never sees `process.exit`): loading the
 * environment module validates it, then the SQLite database must be writable
 * and, in production, free of the old dev-push marker; an S3 bucket, when set,
 * must answer (src/storage/bucketCheck.ts). A misconfigured server
 * stops at once, saying what to fix, instead of failing on its first request.
 */
export async function checkEnvironment(): Promise<void> {
  try {
    const { env } = await import('@/env')
    const { databaseKind, defaultSqliteUrl } = await import('@/db/kind')
    const url = env.databaseUrl ?? defaultSqliteUrl
    if (databaseKind(url) === 'sqlite') {
      const problem = await sqliteStartupProblem(url, env.isProduction)
      if (problem) throw new Error(problem)
    }
    if (env.s3) {
      const { bucketProblem } = await import('@/storage/bucketCheck')
      const problem = await bucketProblem(env.s3)
      if (problem) throw new Error(problem)
    }
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}

async function sqliteStartupProblem(url: string, isProduction: boolean): Promise<string | undefined> {
  const { hasDevPushMarker, sqliteFilePath, sqliteStorageProblem, sqliteWriteProblem } = await import('./sqliteStorage')
  const problem = sqliteStorageProblem(url) ?? (await sqliteWriteProblem(url))
  if (problem) return problem
  // Payload's production migrate would otherwise wait for a y/N answer and serve nothing.
  if (isProduction && (await hasDevPushMarker(url))) {
    return (
      `SQLite database ${sqliteFilePath(url)} was created by an older \`npm run dev\` (schema pushed, not migrated). ` +
      'Run `npm run migrate` once with the same DATABASE_URL: it records the committed migrations when the schema ' +
      'matches them, without touching the data, and says what to do otherwise. Then start again.'
    )
  }
  return undefined
}
