/**
 * What an import does to the glossary, decided before anything is written.
 *
 * A concept of the file is the entry that shares one of its usable source-language terms
 * (not forbidden, case aside): that entry is updated in place (terms, flags, note and topic
 * as the file has them), or left alone when it already says the same; a concept that matches
 * no entry is created. An accepted entry is matched before a pending proposal (the file then
 * accepts neither); a term that names two accepted entries, or two concepts of the file that
 * fall on one entry, refuse the file. Entries the file does not name are kept. A topic is
 * found by its slug, else its name, in any language.
 */
import { sourceKeys, type ExchangeConcept, type ExchangeTerm } from './concept'
import { ProblemList, type ExchangeProblem, type ExchangeWhere } from './problems'
import { otherDetails } from './readResult'
import type { TermStatus } from '../terms'

type Id = string | number

export type ExistingEntry = {
  id: Id
  terms: ReadonlyArray<{ locale: string; text: string; status: TermStatus }>
  doNotTranslate: boolean
  caseSensitive: boolean
  note: string
  topic: Id | null
  review: 'accepted' | 'pending'
}

export type TopicRef = { id: Id; slugs: readonly string[]; names: readonly string[] }

export type EntryData = {
  terms: ExchangeTerm[]
  doNotTranslate: boolean
  caseSensitive: boolean
  note: string
  topic: Id | null
}

export type ImportPlan =
  | { ok: true; creates: EntryData[]; updates: { id: Id; data: EntryData }[]; unchanged: number }
  | { ok: false; problems: ExchangeProblem[]; total: number }

function topicFinder(topics: readonly TopicRef[]): (wanted: string) => Id | null | undefined {
  const bySlug = new Map<string, Id>()
  const byName = new Map<string, Set<Id>>()
  for (const topic of topics) {
    for (const slug of topic.slugs) bySlug.set(slug.trim().toLowerCase(), topic.id)
    for (const name of topic.names) {
      const key = name.trim().toLowerCase()
      byName.set(key, (byName.get(key) ?? new Set()).add(topic.id))
    }
  }
  return (wanted) => {
    const key = wanted.trim().toLowerCase()
    if (key === '') return null
    const slug = bySlug.get(key)
    if (slug !== undefined) return slug
    const named = byName.get(key)
    return named?.size === 1 ? [...named][0] : undefined
  }
}

/** Terms compared as sets per language (an export groups them by language), with their status. */
function termsKey(terms: EntryData['terms'] | ExistingEntry['terms']): string {
  return terms
    .map((term) => `${term.locale}\u0000${term.text.trim()}\u0000${term.status}`)
    .sort()
    .join('\u0001')
}

function sameEntry(entry: ExistingEntry, data: EntryData): boolean {
  return (
    entry.review === 'accepted' &&
    termsKey(entry.terms) === termsKey(data.terms) &&
    entry.doNotTranslate === data.doNotTranslate &&
    entry.caseSensitive === data.caseSensitive &&
    entry.note.trim() === data.note &&
    String(entry.topic ?? '') === String(data.topic ?? '')
  )
}

export function planImport(
  concepts: readonly ExchangeConcept[],
  existing: readonly ExistingEntry[],
  topics: readonly TopicRef[],
  maxProblems: number,
): ImportPlan {
  const list = new ProblemList(maxProblems)
  const findTopic = topicFinder(topics)
  const byTerm = new Map<string, ExistingEntry[]>()
  for (const entry of existing) {
    for (const key of new Set(sourceKeys(entry.terms))) byTerm.set(key, [...(byTerm.get(key) ?? []), entry])
  }
  const claimed = new Map<string, ExchangeWhere>()
  const creates: EntryData[] = []
  const updates: { id: Id; data: EntryData }[] = []
  let unchanged = 0
  for (const concept of concepts) {
    const topic = findTopic(concept.topic)
    if (topic === undefined) list.add({ code: 'unknownTopic', where: concept.where, details: { topic: concept.topic } })
    const candidates = new Map<string, ExistingEntry>()
    for (const key of sourceKeys(concept.terms)) {
      for (const entry of byTerm.get(key) ?? []) candidates.set(String(entry.id), entry)
    }
    const accepted = [...candidates.values()].filter((entry) => entry.review === 'accepted')
    const pool = accepted.length > 0 ? accepted : [...candidates.values()]
    if (pool.length > 1) {
      const term = sourceKeys(concept.terms).find((key) => pool.some((entry) => sourceKeys(entry.terms).includes(key)))
      list.add({ code: 'ambiguousMatch', where: concept.where, details: { term: term ?? '', count: pool.length } })
      continue
    }
    const match = pool[0]
    if (match) {
      const first = claimed.get(String(match.id))
      if (first) {
        list.add({ code: 'sameEntry', where: concept.where, details: { ...otherDetails(first) } })
        continue
      }
      claimed.set(String(match.id), concept.where)
    }
    if (topic === undefined) continue
    const data: EntryData = {
      terms: concept.terms,
      doNotTranslate: concept.doNotTranslate,
      caseSensitive: concept.caseSensitive,
      note: concept.note,
      topic,
    }
    if (!match) creates.push(data)
    else if (sameEntry(match, data)) unchanged += 1
    else updates.push({ id: match.id, data })
  }
  return list.total > 0 ? { ok: false, problems: list.problems, total: list.total } : { ok: true, creates, updates, unchanged }
}
