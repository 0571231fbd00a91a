import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'

/**
 * Scheduled publishing, the pure part: what one of Payload's `schedulePublish`
 * jobs means for an article here. Payload's scheduler offers "publish" with a
 * language (or all) and "unpublish"; in this CMS each language is published
 * on its own, so:
 *
 * - publish, all languages or the source: the editor's publish of the source
 *   (its text and the shared fields; translations keep what they have, and the
 *   approved ones are online with it, as after a manual publish);
 * - publish, a target language: the approval of that language's task, which
 *   an editor reviewed and set to go live at that time (it must still be in
 *   review when the job runs);
 * - unpublish: the whole article goes offline, as the editor's Unpublish does.
 */

export type ScheduledRun =
  | { kind: 'publishSource'; articleId: string }
  | { kind: 'unpublishSource'; articleId: string }
  | { kind: 'approveTranslation'; articleId: string; locale: Locale }
  /** A global or another collection: Payload's own handler runs it. */
  | { kind: 'notOurs' }

export type SchedulingUser = { collection: string; id: string }

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined
}

function idText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null
}

export function planScheduledRun(input: unknown): ScheduledRun {
  const doc = field(input, 'doc')
  const articleId = idText(field(doc, 'value'))
  if (field(doc, 'relationTo') !== 'articles' || articleId === null) return { kind: 'notOurs' }
  if (field(input, 'type') === 'unpublish') return { kind: 'unpublishSource', articleId }
  const locale = field(input, 'locale')
  if (isLocale(locale) && locale !== sourceLocale) return { kind: 'approveTranslation', articleId, locale }
  return { kind: 'publishSource', articleId }
}

/** Who scheduled the job (Payload stores the signed-in user with it), or null for a job queued by code. */
export function schedulingUser(input: unknown): SchedulingUser | null {
  const user = field(input, 'user')
  const collection = field(user, 'relationTo')
  const id = idText(field(user, 'value'))
  return typeof collection === 'string' && id !== null ? { collection, id } : null
}

/** The language a run publishes or takes offline, as the history shows it. */
export function runLocale(run: Exclude<ScheduledRun, { kind: 'notOurs' }>): Locale {
  return run.kind === 'approveTranslation' ? run.locale : sourceLocale
}

export type ScheduleOutcome = 'done' | 'refused'
