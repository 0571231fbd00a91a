import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process'

/**
 * How we start a TypeScript script with plain Node: tsx as the loader, and the
 * `production` export condition. Without that condition Node picks Lexical's
 * `*.node.mjs` entries, which choose their dev or prod build with a top-level
 * `await import()`; under Node 20's off-thread loader hooks such an import is
 * now and then never answered and Node exits with code 13 ("unsettled top-level
 * await") before the script has run a line. The condition names the build
 * directly (only Lexical, DOMPurify and JSON5 publish one), so there is nothing
 * to await. package.json's scripts pass the same flag to the tsx CLI.
 */
export const TSX_NODE_ARGS = ['--conditions=production', '--import', 'tsx'] as const

/** Runs `node <TSX_NODE_ARGS> <args>` to completion. */
export function runTsxScript(
  args: readonly string[],
  options: Omit<SpawnSyncOptionsWithStringEncoding, 'encoding'>,
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...TSX_NODE_ARGS, ...args], { ...options, encoding: 'utf8' })
}
