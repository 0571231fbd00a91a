import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { addCompileHints, compileHint, CompileHintsError, withCompileHint } from '@/build/compileHints'

const dirs: string[] = []

function distDir(manifest: unknown, chunks: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'compile-hints-'))
  dirs.push(dir)
  mkdirSync(path.join(dir, 'static/chunks'), { recursive: true })
  writeFileSync(path.join(dir, 'build-manifest.json'), JSON.stringify(manifest))
  for (const [name, source] of Object.entries(chunks)) writeFileSync(path.join(dir, 'static/chunks', name), source)
  return dir
}

const chunk = (dir: string, name: string) => readFileSync(path.join(dir, 'static/chunks', name), 'utf8')

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('compile hints', () => {
  it('puts the hint on the first line once, keeping the code', () => {
    const source = '(globalThis.TURBOPACK||[]).push([1,(e)=>{}]);'
    const hinted = withCompileHint(source)
    expect(hinted).toBe(`${compileHint}\n${source}`)
    expect(withCompileHint(hinted)).toBe(hinted)
  })

  it('hints the runtime every page loads, and only that', () => {
    const dir = distDir(
      { rootMainFiles: ['static/chunks/runtime.js', 'static/chunks/react.js'] },
      { 'runtime.js': 'a()', 'react.js': 'b()', 'admin-page.js': 'c()' },
    )
    expect(addCompileHints(dir)).toEqual(['static/chunks/runtime.js', 'static/chunks/react.js'])
    expect(chunk(dir, 'runtime.js')).toBe(`${compileHint}\na()`)
    expect(chunk(dir, 'react.js')).toBe(`${compileHint}\nb()`)
    expect(chunk(dir, 'admin-page.js')).toBe('c()')
    // A second run (an interrupted build resumed) changes nothing.
    addCompileHints(dir)
    expect(chunk(dir, 'runtime.js')).toBe(`${compileHint}\na()`)
  })

  it('fails the build when Next no longer lists its runtime files', () => {
    const dir = distDir({ pages: {} }, {})
    expect(() => addCompileHints(dir)).toThrow(CompileHintsError)
    expect(() => addCompileHints(dir)).toThrow(/rootMainFiles/)
    rmSync(path.join(dir, 'build-manifest.json'))
    expect(() => addCompileHints(dir)).toThrow(/build-manifest\.json is missing/)
  })
})
