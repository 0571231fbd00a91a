/**
 * Match bands, as agencies invoice them: 101 % (in context), 100 % (exact), three fuzzy bands
 * and "new" below 75 %.
 */
export const matchBands = ['101', '100', '95-99', '85-94', '75-84', 'new'] as const
export type MatchBand = (typeof matchBands)[number]

/** Below this score a match is not worth offering. */
export const minFuzzyScore = 75

export function bandOf(score: number): MatchBand {
  if (score >= 101) return '101'
  if (score >= 100) return '100'
  if (score >= 95) return '95-99'
  if (score >= 85) return '85-94'
  if (score >= minFuzzyScore) return '75-84'
  return 'new'
}
