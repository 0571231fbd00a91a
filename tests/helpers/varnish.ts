import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, root } from './server'

/**
 * A real Varnish (Debian's `varnish` and `varnish-modules`, installed by
 * `.ci/run`) running the repository's `varnish.vcl`, with the app's address and
 * the purgers written into its "app backends" block. Tests that need it say
 * they skipped when the machine has no Varnish.
 */

const VARNISHD = ['/usr/sbin/varnishd', '/usr/bin/varnishd'].find((candidate) => existsSync(candidate))
const XKEY = [
  '/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so',
  '/usr/lib/aarch64-linux-gnu/varnish/vmods/libvmod_xkey.so',
].find((candidate) => existsSync(candidate))

/** Why Varnish cannot run here, or null when it can. */
export function varnishMissing(): string | null {
  if (!VARNISHD) return 'varnishd is not installed (apt-get install varnish varnish-modules; .ci/run does it)'
  if (!XKEY) return 'the xkey module is not installed (apt-get install varnish-modules)'
  return null
}

export type Varnish = { url: string; port: number; pid: number | null; stop: () => Promise<void> }

/** The repository's VCL with these backends and purgers in place of its own block. */
export function vclFor(backends: { host: string; port: number }[], purgers: string[]): string {
  const vcl = readFileSync(path.join(root, 'varnish.vcl'), 'utf8')
  const begin = vcl.indexOf('# BEGIN app backends')
  const end = vcl.indexOf('# END app backends')
  if (begin < 0 || end < 0) throw new Error('varnish.vcl has lost its "app backends" block')
  const block = [
    'import directors;',
    ...backends.map(
      ({ host, port }, index) =>
        `backend app${index + 1} {\n  .host = "${host}";\n  .port = "${port}";\n  .connect_timeout = 2s;\n  .first_byte_timeout = 60s;\n}`,
    ),
    `sub vcl_init {\n  new app = directors.round_robin();\n${backends.map((_, index) => `  app.add_backend(app${index + 1});`).join('\n')}\n}`,
    'sub pick_backend {\n  set req.backend_hint = app.backend();\n}',
    `acl purgers {\n${purgers.map((address) => `  "${address}";`).join('\n')}\n}`,
  ].join('\n\n')
  return `${vcl.slice(0, begin)}${block}\n${vcl.slice(end)}`
}

/** Varnish on a free loopback port (or `port`), in front of `backends`. */
export async function startVarnish(options: {
  backends: { host: string; port: number }[]
  purgers?: string[]
  port?: number
}): Promise<Varnish> {
  const missing = varnishMissing()
  if (missing || !VARNISHD) throw new Error(missing ?? 'no varnishd')
  const port = options.port ?? (await freePort())
  const dir = mkdtempSync(path.join(tmpdir(), 'dinogeek-varnish-'))
  const vclPath = path.join(dir, 'test.vcl')
  writeFileSync(vclPath, vclFor(options.backends, options.purgers ?? ['127.0.0.1']))
  // Checked first, so a VCL error is reported as such rather than as a server that never answers.
  const check = spawnSync(VARNISHD, ['-C', '-j', 'none', '-f', vclPath, '-n', path.join(dir, 'check')], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`varnish.vcl does not compile:\n${check.stderr}`)
  let output = ''
  const varnish: ChildProcess = spawn(
    VARNISHD,
    [
      '-F',
      '-j',
      'none',
      '-n',
      path.join(dir, 'work'),
      '-a',
      `127.0.0.1:${port}`,
      '-f',
      vclPath,
      '-s',
      'malloc,256m',
      '-T',
      'none',
      // What varnish.vcl expects: a plain and a gzip copy, each sent as stored.
      '-p',
      'http_gzip_support=off',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  varnish.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  varnish.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (varnish.exitCode !== null) throw new Error(`varnishd exited early:\n${output}`)
    const ready = await fetch(`${url}/robots.txt`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    )
    if (ready) break
    if (Date.now() > deadline) {
      varnish.kill('SIGKILL')
      throw new Error(`varnishd did not answer within 20 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    port,
    pid: varnish.pid ?? null,
    stop: async () => {
      varnish.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 300))
      if (varnish.exitCode === null) varnish.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
