import type { QueryPlan } from './types'

/**
 * Full scans are `SCAN <table>` lines without an index; scans of a co-routine or
 * subquery (an intermediate result already narrowed by an index) are not.
 */
export function classifyPlan(lines: readonly string[]): Pick<QueryPlan, 'fullScans' | 'tempSorts'> {
  const intermediate = new Set(lines.flatMap((line) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(line)?.[1] ?? []))
  const fullScans = lines.filter((line) => {
    const match = /^SCAN (\S+)/.exec(line)
    if (!match?.[1] || /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(line)) return false
    return !intermediate.has(match[1]) && !match[1].startsWith('(')
  })
  const tempSorts = lines.filter((line) => /TEMP B-TREE/.test(line))
  return { fullScans, tempSorts }
}
