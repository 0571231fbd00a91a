/**
 * Why the workflow refuses something, as data, and its wording in a language.
 *
 * The rules (states.ts, the hooks) say *what* is refused; the sentence is
 * composed here from messages/{it,fr,en}.json (namespace "Workflow", with
 * the admin's status, language and field labels), so the caller reads the
 * labels they see in the admin ("In progress", not `in_progress`) in their
 * own admin language. Pure: the messages come in as an argument, so the
 * admin's client code can format with the few messages the server hands it.
 */
import { createTranslator } from 'next-intl'

import type en from '../../messages/en.json'
import { languageName, type Locale } from '@/i18n/locales'
import type { LocatedIssue } from '@/quality/translation'
import type { TranslatableField } from './fingerprint'
import type { TaskAction, TaskActor, TaskStatus } from './states'

export type Refusal =
  | { kind: 'unknownStatus'; status: string }
  | { kind: 'unknownActor'; actor: string }
  | { kind: 'alreadyThere'; from: TaskStatus; actor: TaskActor; allowed: readonly TaskStatus[] }
  | { kind: 'noSuchMove'; from: TaskStatus; to: TaskStatus; actor: TaskActor; allowed: readonly TaskStatus[] }
  | {
      kind: 'notYourMove'
      from: TaskStatus
      to: TaskStatus
      actor: TaskActor
      allowed: readonly TaskStatus[]
      actors: readonly TaskActor[]
      action: TaskAction
    }
  | { kind: 'notPublic' }
  | { kind: 'reasonRequired' }
  | { kind: 'commentRequired'; from: TaskStatus; to: TaskStatus }
  | { kind: 'createNotTodo' }
  | { kind: 'claimOnlyUnassigned' }
  | { kind: 'claimFirst' }
  | { kind: 'restoreVersions' }
  | { kind: 'offlineByTask'; locale: Locale }
  | { kind: 'translatorsSaveDrafts' }
  | { kind: 'publishedByApproval'; locale: Locale }
  | { kind: 'slugRedirects'; slug: string; locale: Locale }
  /** Submitting with quality errors (src/quality/): the errors, each with its place. */
  | { kind: 'qualityErrors'; issues: readonly LocatedIssue[] }
  /** Approving over quality errors without a comment. */
  | { kind: 'qualityOverride'; issues: readonly LocatedIssue[] }

type Messages = typeof en

/** The messages a refusal or a history note needs: small enough to hand to a client component. */
export type WorkflowMessages = {
  Workflow: Messages['Workflow']
  Admin: Pick<Messages['Admin'], 'status' | 'fields'>
  Quality: Messages['Quality']
}

export function pickWorkflowMessages(messages: Messages): WorkflowMessages {
  const { status, fields } = messages.Admin
  return { Workflow: messages.Workflow, Admin: { status, fields }, Quality: messages.Quality }
}

function translator(messages: WorkflowMessages, language: Locale) {
  const t = createTranslator({ locale: language, messages })
  const quoted = (status: TaskStatus) => t('Workflow.quoted', { text: t(`Admin.status.${status}`) })
  const list = (items: readonly string[], type: 'conjunction' | 'disjunction') =>
    new Intl.ListFormat(language, { type }).format(items)
  return { t, quoted, list }
}

/** The refusal as a sentence in `language`. */
export function formatRefusal(refusal: Refusal, messages: WorkflowMessages, language: Locale): string {
  const { t, quoted, list } = translator(messages, language)
  const allowed = (from: TaskStatus, actor: TaskActor, targets: readonly TaskStatus[]) =>
    targets.length === 0
      ? t('Workflow.refusals.allowedNone', { from: quoted(from), actor: t(`Workflow.actors.${actor}`) })
      : t('Workflow.refusals.allowed', {
          from: quoted(from),
          actor: t(`Workflow.actors.${actor}`),
          targets: list(targets.map(quoted), 'disjunction'),
        })
  switch (refusal.kind) {
    case 'unknownStatus':
      return t('Workflow.refusals.unknownStatus', { status: refusal.status })
    case 'unknownActor':
      return t('Workflow.refusals.unknownActor', { actor: refusal.actor })
    case 'alreadyThere':
      return t('Workflow.refusals.alreadyThere', {
        from: quoted(refusal.from),
        allowed: allowed(refusal.from, refusal.actor, refusal.allowed),
      })
    case 'noSuchMove':
      return t('Workflow.refusals.noSuchMove', {
        from: quoted(refusal.from),
        to: quoted(refusal.to),
        allowed: allowed(refusal.from, refusal.actor, refusal.allowed),
      })
    case 'notYourMove':
      return t('Workflow.refusals.notYourMove', {
        actors: list(
          refusal.actors.map((actor) => t(`Workflow.actors.${actor}`)),
          'disjunction',
        ),
        action: t(`Workflow.actions.${refusal.action}`),
        from: quoted(refusal.from),
        to: quoted(refusal.to),
        allowed: allowed(refusal.from, refusal.actor, refusal.allowed),
      })
    case 'commentRequired':
      return t('Workflow.refusals.commentRequired', { from: quoted(refusal.from), to: quoted(refusal.to) })
    case 'createNotTodo':
      return t('Workflow.refusals.createNotTodo', { todo: quoted('todo') })
    case 'offlineByTask':
      return t('Workflow.refusals.offlineByTask', { language: languageName(refusal.locale, language), todo: quoted('todo') })
    case 'publishedByApproval':
      return t('Workflow.refusals.publishedByApproval', { language: languageName(refusal.locale, language) })
    case 'qualityErrors':
    case 'qualityOverride':
      return t(`Workflow.refusals.${refusal.kind}`, {
        count: refusal.issues.length,
        issues: describeIssues(refusal.issues, messages, language),
      })
    case 'slugRedirects':
      return t('Workflow.refusals.slugRedirects', { slug: refusal.slug, language: languageName(refusal.locale, language) })
    default:
      return t(`Workflow.refusals.${refusal.kind}`)
  }
}

/** Refusals list this many quality problems at most; the translator's view shows them all. */
const listedIssues = 8

const markupNames = ['link', 'text', 'linebreak', 'marker'] as const

function markupName(markup: string): (typeof markupNames)[number] | 'other' {
  const kind = markup.split(' ')[0]
  return markupNames.find((name) => name === kind) ?? 'other'
}

/** Quality problems as "Answer, paragraph 2: the source’s link is missing; …". */
export function describeIssues(issues: readonly LocatedIssue[], messages: WorkflowMessages, language: Locale): string {
  const { t } = translator(messages, language)
  const described = issues.slice(0, listedIssues).map((found) => {
    const labels: Record<string, string> = messages.Admin.fields
    const field = labels[found.field] ?? found.field
    const where =
      found.block === undefined ? t('Quality.where.field', { field }) : t('Quality.where.block', { field, n: found.block + 1 })
    const values = { ...found.values }
    if (typeof values.markup === 'string') values.markup = t(`Quality.markup.${markupName(values.markup)}`)
    if (found.check === 'tags' && values.markup === undefined) values.markup = String(values.tag ?? '')
    return `${where}: ${t(`Quality.checks.${found.check}`, { problem: '', markup: '', ...values })}`
  })
  const rest = issues.length - described.length
  return described.join('; ') + (rest > 0 ? ` (+${rest})` : '')
}

export type HistoryNote =
  { kind: 'minorEdit'; fields: readonly TranslatableField[] } | { kind: 'sourceChanged'; fields: readonly TranslatableField[] }

/** A comment the system writes in a task's history, with the field labels editors and translators see. */
export function formatHistoryNote(note: HistoryNote, messages: WorkflowMessages, language: Locale): string {
  const { t, list } = translator(messages, language)
  const fields = list(
    note.fields.map((field) => t(`Admin.fields.${field}`)),
    'conjunction',
  )
  return t(`Workflow.history.${note.kind}`, { fields })
}
