import type { TestProject } from 'vitest/node'

import { startFakeProviders } from '../helpers/fakeProviders'
import { freePort, startProductionServer } from '../helpers/server'
import { startVarnish, varnishMissing, type Varnish } from '../helpers/varnish'

/**
 * Builds the production app, seeds a temporary SQLite database through the
 * committed migrations (as `npm start` would), starts `next start` on a free
 * loopback port and hands its URL to the tests. Set E2E_SKIP_BUILD=1 to reuse
 * an existing `.next` build while iterating locally.
 *
 * Machine translation goes to a local stand-in that answers like LibreTranslate
 * (tests/helpers/fakeProviders.ts): there is no network to a real service here.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    e2eDatabaseUrl: string
    /** Varnish (the repository's VCL) in front of the server, or '' with the reason in `varnishMissing`. */
    varnishURL: string
    varnishMissing: string
  }
}

export default async function setup(project: TestProject) {
  const machine = await startFakeProviders()
  // Varnish's port is chosen first: the server is told to purge it (CACHE_PURGE), and Varnish to forward to the server.
  const missing = varnishMissing()
  const varnishPort = missing ? 0 : await freePort()
  const purge: Record<string, string> = missing
    ? {}
    : { CACHE_PURGE: 'varnish', VARNISH_PURGE_URLS: `http://127.0.0.1:${varnishPort}/` }
  // The server's own environment: every project's global setup runs in one process, before any
  // test, so setting process.env here would give the int tests a provider too.
  const server = await startProductionServer({
    build: process.env.E2E_SKIP_BUILD !== '1',
    label: 'e2e',
    env: { MT_PROVIDER: 'libretranslate', LIBRETRANSLATE_URL: machine.url, ...purge },
  })
  let varnish: Varnish | undefined
  if (!missing) {
    varnish = await startVarnish({
      backends: [{ host: '127.0.0.1', port: Number(new URL(server.baseURL).port) }],
      port: varnishPort,
    })
  }

  project.provide('baseURL', server.baseURL)
  project.provide('e2eDatabaseUrl', server.databaseUrl)
  project.provide('varnishURL', varnish?.url ?? '')
  project.provide('varnishMissing', missing ?? '')

  return async () => {
    await varnish?.stop()
    await server.stop()
    await machine.close()
    if (process.env.E2E_SHOW_SERVER_LOG === '1') console.info(server.log())
  }
}
