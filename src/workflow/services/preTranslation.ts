/**
 * Pre-translation: when a task is created or becomes outdated, the memory's 101 % and 100 %
 * matches fill the target language's working draft (src/memory/preTranslate.ts decides what
 * goes where), the task records each segment's state, and its leverage is counted from the
 * same lookups. The draft is written like any other article save (a draft of one language,
 * see collections/Articles/hooks/routeArticleWrites.ts): nothing is published.
 */
import type { PayloadRequest } from 'payload'

import { sourceLocale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import { preTranslateField } from '@/memory/preTranslate'
import type { TaskLeverage } from '@/memory/taskLeverage'
import type { Article, Translation } from '@/payload-types'
import type { RichTextValue } from '@/richtext/build'
import { isLexicalState } from '@/richtext/lexical'
import { readSegmentStates, type SegmentStates } from '@/segments/states'
import { translatableFields, type TranslatableField } from '@/workflow/fingerprint'
import { pickSource, type SourceValues } from '@/workflow/source'
import { childReq } from './childReq'
import { readArticleText, readSource } from './source'
import { leverageOfMatches, matchSource, writeTaskAnalysis } from './taskLeverage'

type ArticleText = Partial<Pick<Article, TranslatableField>>

/** A rebuilt field value in the article's own types (joinField rebuilds the source's kind of value). */
function setField(data: ArticleText, field: TranslatableField, value: unknown): void {
  if (field === 'body') {
    if (isLexicalState(value)) data.body = value as RichTextValue
  } else if (typeof value === 'string') data[field] = value
}

export type PreTranslation = { filled: number; states: SegmentStates; leverage: TaskLeverage }

function snapshotOf(task: Translation): SourceValues | null {
  const value = task.sourceSnapshot
  return value && typeof value === 'object' && !Array.isArray(value) ? pickSource(value) : null
}

/**
 * Pre-translates one task. `outdated`: the task was approved against `task.sourceSnapshot`
 * and the source has changed since; only changed sentences are filled then.
 */
export async function preTranslateTask(
  req: PayloadRequest,
  task: Translation,
  { outdated }: { outdated: boolean },
): Promise<PreTranslation | null> {
  const articleId = relationId(task.article)
  if (articleId === undefined) return null
  const [source, draft] = [
    await readSource(req, articleId, { latest: false }),
    await readArticleText(req, articleId, task.locale, { latest: true }),
  ]
  if (!source || !draft) return null
  const previous = outdated ? snapshotOf(task) : null
  const fields = await matchSource(req.payload, task.locale, source)
  const stored = readSegmentStates(task.segmentStates)
  const states: SegmentStates = {}
  const data: ArticleText = {}
  let filled = 0
  for (const { segmented, matches } of fields) {
    const field = translatableFields.find((name) => name === segmented.field)
    if (!field) continue
    const result = preTranslateField({
      source: segmented,
      target: draft[field],
      locales: { source: sourceLocale, target: task.locale },
      matches,
      states: stored,
      previousSource: previous ? previous[field] : undefined,
    })
    Object.assign(states, result.states)
    if (result.value !== undefined) setField(data, field, result.value)
    filled += result.filled
  }
  if (filled > 0) {
    await req.payload.update({
      collection: 'articles',
      id: articleId,
      locale: task.locale,
      draft: true,
      data,
      depth: 0,
      req: childReq(req),
      overrideAccess: true,
    })
  }
  const leverage = leverageOfMatches(fields, source)
  await writeTaskAnalysis(req, task.id, { leverage, segmentStates: states })
  return { filled, states, leverage }
}
