import { spawn } from 'node:child_process'

import { runTsxScript } from './tsxScript'

/**
 * `npm run dev`: apply the committed migrations (the same schema history as
 * `npm start`), seed an empty database, then start Next.js in development mode.
 */
for (const script of [['src/scripts/migrate.ts'], ['src/scripts/seed.ts', '--if-empty']]) {
  const step = runTsxScript(script, { stdio: 'inherit' })
  if (step.status !== 0) process.exit(step.status ?? 1)
}

const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
next.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
