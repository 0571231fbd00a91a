/**
 * Match bands, as agencies invoice them: 101 % (in context), 100 % (exact), three fuzzy bands
 * and "new" below 75 %.
 */
export const matchBands = ['101', '100', '95-99', '85-94', '75-84', 'new'] as const
export type MatchBand = (typeof matchBands)[number]

/**
 * The bands of a leverage analysis: the memory's, plus "machine" for segments a machine draft
 * filled, which agencies bill as post-editing, apart from both fuzzy and new words.
 */
export const leverageBands = ['101', '100', '95-99', '85-94', '75-84', 'machine', 'new'] as const
export type LeverageBand = (typeof leverageBands)[number]

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
