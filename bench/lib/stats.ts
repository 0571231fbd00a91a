/** Small statistics helpers shared by the benchmark and its tests. */

/** Nearest-rank percentile (p in 0–100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length)
  return sorted[Math.max(0, rank - 1)]
}

export type TimingSummary = { count: number; p50: number; p95: number; max: number; mean: number }

export function summarize(samples: readonly number[]): TimingSummary {
  const mean = samples.length === 0 ? Number.NaN : samples.reduce((sum, value) => sum + value, 0) / samples.length
  return {
    count: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
    mean,
  }
}

/** requests/s of a route over the static baseline's; null when either is missing or zero. */
export function ratioToBaseline(routeRps: number | null | undefined, baselineRps: number | null | undefined): number | null {
  if (!routeRps || !baselineRps || !Number.isFinite(routeRps) || !Number.isFinite(baselineRps)) return null
  return routeRps / baselineRps
}

/** Share of the generator's ceiling above which a route's rate says more about the client than the server. */
export const CLIENT_BOUND_SHARE = 0.8

/** Whether a route ran within CLIENT_BOUND_SHARE of the generator's ceiling; null without a ceiling. */
export function isClientBound(routeRps: number | null | undefined, ceilingRps: number | null | undefined): boolean | null {
  if (!routeRps || !ceilingRps || !Number.isFinite(routeRps) || !Number.isFinite(ceilingRps)) return null
  return routeRps >= CLIENT_BOUND_SHARE * ceilingRps
}
