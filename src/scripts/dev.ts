import { spawnSync, spawn } from 'node:child_process'

/** `npm run dev`: seed an empty database, then start Next.js in development mode. */
const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/seed.ts', '--if-empty'], { stdio: 'inherit' })
if (seeded.status !== 0) process.exit(seeded.status ?? 1)

const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
next.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
