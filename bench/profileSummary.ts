/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`) of the server: self time per
 * package (the `node_modules/<name>` a function lives in, "node:" internals,
 * "(program)/(gc)/(idle)", or our build output) and the heaviest functions.
 * Usage: npx tsx bench/profileSummary.ts <file.cpuprofile> [top=25] [windowS]
 * With `windowS`, only the busiest `windowS` seconds count (the load run, not
 * the server's start-up and first render).
 * See README, "Performance" (profiling a cached page).
 */
import { readFileSync } from 'node:fs'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

/** Where a function's code comes from, by its script URL. */
export function origin(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'native'
  if (url.startsWith('node:')) return 'node: internals'
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url)
  }
  if (url.includes('/.next/')) {
    const chunk = url.slice(url.indexOf('/.next/') + 1)
    return chunk.includes('middleware') || chunk.includes('proxy')
      ? `.next (proxy) ${chunk.split('/').pop()}`
      : '.next (app bundles)'
  }
  return url
}

/** Sample indexes [from, to) of the `windowUs` with the least idle time (a sliding window). */
export function busiestWindow(profile: Profile, idleIds: Set<number>, windowUs: number): [number, number] {
  let best: [number, number] = [0, profile.samples.length]
  let bestBusy = -1
  let from = 0
  let span = 0
  let busy = 0
  for (let to = 0; to < profile.samples.length; to += 1) {
    const delta = profile.timeDeltas[to] ?? 0
    span += delta
    if (!idleIds.has(profile.samples[to] ?? -1)) busy += delta
    while (span > windowUs && from < to) {
      const out = profile.timeDeltas[from] ?? 0
      span -= out
      if (!idleIds.has(profile.samples[from] ?? -1)) busy -= out
      from += 1
    }
    if (busy > bestBusy) {
      bestBusy = busy
      best = [from, to + 1]
    }
  }
  return best
}

export function summarize(profile: Profile, top = 25, windowS?: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const idleIds = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id))
  const [from, to] = windowS ? busiestWindow(profile, idleIds, windowS * 1e6) : [0, profile.samples.length]
  const selfUs = new Map<number, number>()
  for (let index = from; index < to; index += 1) {
    const id = profile.samples[index] ?? -1
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0))
  }
  const total = [...selfUs.values()].reduce((sum, value) => sum + value, 0)
  const byOrigin = new Map<string, number>()
  const byFunction = new Map<string, number>()
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame
    if (!frame) continue
    const from = origin(frame.url, frame.functionName)
    byOrigin.set(from, (byOrigin.get(from) ?? 0) + us)
    const name = `${frame.functionName || '(anonymous)'} — ${from}${frame.url ? `:${frame.lineNumber + 1}` : ''}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + us)
  }
  const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
  const share = (us: number) => `${((100 * us) / Math.max(1, total)).toFixed(1)} %`
  return {
    totalMs: total / 1000,
    origins: sorted(byOrigin).map(([name, us]) => ({ name, ms: us / 1000, share: share(us) })),
    functions: sorted(byFunction).map(([name, us]) => ({ name, ms: us / 1000, share: share(us) })),
  }
}

if (process.argv[1]?.endsWith('profileSummary.ts')) {
  const [file, topText, windowText] = process.argv.slice(2)
  if (!file) {
    console.error('usage: profileSummary.ts <file.cpuprofile> [top]')
    process.exit(2)
  }
  const result = summarize(
    JSON.parse(readFileSync(file, 'utf8')) as Profile,
    Number(topText ?? 25),
    windowText ? Number(windowText) : undefined,
  )
  console.info(`total sampled: ${result.totalMs.toFixed(0)} ms\n\nself time by origin:`)
  for (const row of result.origins) console.info(`  ${row.share.padStart(7)}  ${row.ms.toFixed(0).padStart(7)} ms  ${row.name}`)
  console.info('\nheaviest functions (self time):')
  for (const row of result.functions) console.info(`  ${row.share.padStart(7)}  ${row.ms.toFixed(0).padStart(7)} ms  ${row.name}`)
}
