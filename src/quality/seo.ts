/**
 * Search result snippets cut longer titles and descriptions; the limits are those search
 * engines show on a desktop result, counted in characters as a reader sees them.
 */
import { issue, type QualityIssue } from './issues'

export const seoLimits: Record<string, number> = { seoTitle: 60, seoDescription: 160 }

export function seoIssues(field: string, text: string): QualityIssue[] {
  const limit = seoLimits[field]
  if (limit === undefined) return []
  const length = [...text.trim()].length
  return length > limit ? [issue('seoLength', { length, limit })] : []
}
