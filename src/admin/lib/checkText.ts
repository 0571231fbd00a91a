/**
 * The live quality checks' wording in the admin language, formatted in the browser from the
 * few messages the server hands over (the same "Quality" messages the quality gate's refusals
 * use, so the view and the refusal say the same thing). A misplaced tag of a segment reads as
 * the segment editor says it ("Tag 2 is missing."), since the translator sees the tag numbers.
 */
import { createTranslator } from 'next-intl'

import type en from '../../../messages/en.json'
import type { Locale } from '@/i18n/locales'
import type { QualityIssue } from '@/quality/issues'
import { capitalize } from './text'

type Messages = typeof en

export type CheckMessages = {
  Quality: Messages['Quality']
  SegmentEditor: Pick<Messages['SegmentEditor'], 'problems'>
}

export function pickCheckMessages(messages: Messages): CheckMessages {
  return { Quality: messages.Quality, SegmentEditor: { problems: messages.SegmentEditor.problems } }
}

const markupNames = ['link', 'text', 'linebreak', 'marker'] as const
const tagProblems = Object.keys({
  empty: 0,
  missing: 0,
  extra: 0,
  duplicate: 0,
  wrongKind: 0,
  unbalanced: 0,
  unclosed: 0,
  misplaced: 0,
  stray: 0,
} satisfies Record<keyof Messages['SegmentEditor']['problems'], 0>) as Array<keyof Messages['SegmentEditor']['problems']>

function markupName(markup: string): (typeof markupNames)[number] | 'other' {
  const kind = markup.split(' ')[0]
  return markupNames.find((name) => name === kind) ?? 'other'
}

export type IssueFormatter = (found: QualityIssue & { block?: number }) => string

export function issueFormatter(messages: CheckMessages, language: Locale): IssueFormatter {
  const t = createTranslator({ locale: language, messages })
  return (found) => {
    const values = { ...found.values }
    const problem = tagProblems.find((kind) => kind === values.problem)
    let text: string
    if (found.check === 'tags' && values.markup === undefined && problem) {
      text = t(`SegmentEditor.problems.${problem}`, { tag: String(values.tag ?? '') })
    } else {
      if (typeof values.markup === 'string') values.markup = t(`Quality.markup.${markupName(values.markup)}`)
      text = capitalize(t(`Quality.checks.${found.check}`, { problem: '', markup: '', ...values }), language)
    }
    return found.block === undefined ? text : `${t('Quality.live.block', { n: found.block + 1 })}: ${text}`
  }
}
