import type { TestProject } from 'vitest/node'

import { startFakeProviders } from '../helpers/fakeProviders'
import { startProductionServer } from '../helpers/server'

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
  }
}

export default async function setup(project: TestProject) {
  const machine = await startFakeProviders()
  // The server's own environment: every project's global setup runs in one process, before any
  // test, so setting process.env here would give the int tests a provider too.
  const server = await startProductionServer({
    build: process.env.E2E_SKIP_BUILD !== '1',
    label: 'e2e',
    env: { MT_PROVIDER: 'libretranslate', LIBRETRANSLATE_URL: machine.url },
  })

  project.provide('baseURL', server.baseURL)
  project.provide('e2eDatabaseUrl', server.databaseUrl)

  return async () => {
    await server.stop()
    await machine.close()
    if (process.env.E2E_SHOW_SERVER_LOG === '1') console.info(server.log())
  }
}
