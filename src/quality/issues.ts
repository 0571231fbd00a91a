/**
 * What the quality checks report. A check names the rule, a severity says whether it blocks
 * "Submit for review" (errors) or only informs the reviewer (warnings), and `values` carries
 * what the message shows (the missing number, the expected term…). Messages live in
 * messages/*.json; this module only says what was found.
 */
export const qualityChecks = [
  'empty',
  'identical',
  'tags',
  'tagOrder',
  'numbers',
  'glossaryMissing',
  'glossaryForbidden',
  'doNotTranslate',
  'edgeSpaces',
  'doubleSpaces',
  'finalPunctuation',
  'urls',
  'inlineCode',
  'seoLength',
] as const
export type QualityCheck = (typeof qualityChecks)[number]

export type Severity = 'error' | 'warning'

/**
 * Errors are what makes a translation wrong whatever the reader's taste: nothing written,
 * broken markup, a forbidden or altered house term, a changed link or code. The rest can be
 * right on purpose (a reordered tag, a number written out in words), so an editor decides.
 */
export const severityOf: Record<QualityCheck, Severity> = {
  empty: 'error',
  identical: 'warning',
  tags: 'error',
  tagOrder: 'warning',
  numbers: 'warning',
  glossaryMissing: 'warning',
  glossaryForbidden: 'error',
  doNotTranslate: 'error',
  edgeSpaces: 'warning',
  doubleSpaces: 'warning',
  finalPunctuation: 'warning',
  urls: 'error',
  inlineCode: 'error',
  seoLength: 'warning',
}

export type IssueValues = Record<string, string | number>

export type QualityIssue = { check: QualityCheck; severity: Severity; values?: IssueValues }

export function issue(check: QualityCheck, values?: IssueValues): QualityIssue {
  return values ? { check, severity: severityOf[check], values } : { check, severity: severityOf[check] }
}

export function hasErrors(issues: readonly QualityIssue[]): boolean {
  return issues.some((found) => found.severity === 'error')
}
