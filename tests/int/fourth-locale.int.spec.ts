import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * `src/i18n/locales.ts` promises that a new language is one line there plus a
 * messages file. This keeps the promise honest: in a copy of the tree it adds
 * Dutch that way (the messages copied from English), regenerates Payload's
 * types as after any config change, and the type-check and the unit tests must
 * pass there. A table keyed by locale written out by hand, or a file read per
 * locale by name, fails it. Dutch rather than German: the unit tests use `de`
 * as the example of a language the site does not have.
 */

const added = 'nl'

const run = promisify(execFile)
const repo = path.resolve(__dirname, '../..')
const localeLine = /^export const locales = \[([^\]]*)\] as const$/m

/** Tracked and new (not ignored) files, as a fresh clone of this work would have them. */
async function projectFiles(): Promise<string[]> {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo })
  return stdout.split('\0').filter((file) => file !== '' && existsSync(path.join(repo, file)))
}

/** This run's environment without what the outer vitest set for itself (pool ids, the int project's database). */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' }
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST_DATABASE') delete env[key]
  return env
}

async function inCopy(
  dir: string,
  command: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: dir,
      env: { ...childEnv(), ...extraEnv },
      maxBuffer: 64 * 1024 * 1024,
    })
    return { ok: true, output: `${stdout}${stderr}` }
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string }
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` || failed.message }
  }
}

describe('adding a locale', () => {
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dinogeek-locale-'))
    for (const file of await projectFiles()) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      copyFileSync(path.join(repo, file), path.join(dir, file))
    }
    symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'))

    const localesFile = path.join(dir, 'src/i18n/locales.ts')
    const source = readFileSync(localesFile, 'utf8')
    expect(source).toMatch(localeLine)
    writeFileSync(
      localesFile,
      source.replace(localeLine, (_, list: string) => `export const locales = [${list}, '${added}'] as const`),
    )
    copyFileSync(path.join(dir, 'messages/en.json'), path.join(dir, `messages/${added}.json`))

    // The production condition, as in every script (src/scripts/tsxScript.ts): without it Node 20
    // sometimes stops loading the config inside Lexical and the types are silently left as they were.
    const types = await inCopy(dir, 'npx', ['payload', 'generate:types'], { NODE_OPTIONS: '--conditions=production' })
    expect(types.ok, types.output).toBe(true)
    expect(readFileSync(path.join(dir, 'src/payload-types.ts'), 'utf8'), types.output).toContain(`'${added}'`)
  }, 120_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('is one line in locales.ts and a messages file: the types check and the unit tests pass', async () => {
    expect(readFileSync(path.join(dir, 'src/payload-types.ts'), 'utf8')).toContain(`'${added}'`)
    // Both at once: they share nothing but the read-only tree.
    const [typecheck, unit] = await Promise.all([
      inCopy(dir, 'npx', ['tsc', '--noEmit']),
      // A generous per-test timeout: some unit tests spawn tools, and this runs beside the type-check.
      inCopy(dir, 'npx', ['vitest', 'run', '--project', 'unit', '--testTimeout', '60000']),
    ])
    expect(typecheck.ok, typecheck.output).toBe(true)
    expect(unit.ok, unit.output.slice(-6000)).toBe(true)
    // About two minutes on an idle two-core machine; the margin is for a loaded one.
  }, 600_000)
})
