import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints, Chrome 136+;
 * other engines read it as a comment). A script that starts with it is compiled whole
 * on the background thread that streams it in, instead of function by function on
 * the main thread the first time each one runs.
 */
export const compileHint = '//# allFunctionsCalledOnLoad'

export class CompileHintsError extends Error {
  override name = 'CompileHintsError'
}

export function withCompileHint(source: string): string {
  return source.startsWith(compileHint) ? source : `${compileHint}\n${source}`
}

function readRootMainFiles(distDir: string): string[] {
  const manifestPath = path.join(distDir, 'build-manifest.json')
  if (!existsSync(manifestPath)) throw new CompileHintsError(`compile hints: ${manifestPath} is missing`)
  const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const files =
    typeof manifest === 'object' && manifest !== null && 'rootMainFiles' in manifest ? manifest.rootMainFiles : undefined
  if (!Array.isArray(files) || files.length === 0 || !files.every((file) => typeof file === 'string')) {
    // A Next upgrade that renames the list should fail the build, not silently drop the hint.
    throw new CompileHintsError(`compile hints: ${manifestPath} lists no rootMainFiles`)
  }
  return files
}

/**
 * Marks the App Router runtime (React, the router: the `rootMainFiles` every page,
 * public or admin, runs while it loads) for eager background compilation. On the
 * article page this moved most of the runtime's start-up off the main thread.
 * Page chunks keep lazy compilation: much of the admin's code never runs on load.
 * Runs after `next build` compiles (next.config.ts), before pages are generated.
 */
export function addCompileHints(distDir: string): string[] {
  const hinted: string[] = []
  for (const file of readRootMainFiles(distDir)) {
    if (!file.endsWith('.js')) continue
    const filePath = path.join(distDir, file)
    const source = readFileSync(filePath, 'utf8')
    const updated = withCompileHint(source)
    if (updated !== source) writeFileSync(filePath, updated)
    hinted.push(file)
  }
  return hinted
}
