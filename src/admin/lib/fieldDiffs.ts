/**
 * The "what changed in the source" of a task: for each changed field, the
 * diff from the source the approved translation was made from
 * (`sourceSnapshot`) to the current source.
 */
import { diffField, type FieldDiff } from '@/workflow/diff'
import { translatableFields, type TranslatableField } from '@/workflow/fingerprint'
import type { SourceValues } from '@/workflow/source'

export type DiffTask = {
  changedFields?: readonly TranslatableField[] | null
  sourceSnapshot?: unknown
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isTranslatableField(value: unknown): value is TranslatableField {
  return typeof value === 'string' && (translatableFields as readonly string[]).includes(value)
}

/**
 * Diffs of the task's changed fields, in field order. Without a snapshot (a
 * task never approved) there is no "before": the whole text is to translate.
 */
export function changedFieldDiffs(task: DiffTask, source: Partial<SourceValues>): FieldDiff[] {
  const snapshot = task.sourceSnapshot
  if (!isRecord(snapshot)) return []
  const changed = new Set(task.changedFields ?? [])
  return translatableFields
    .filter((field) => changed.has(field))
    .map((field) => diffField(field, snapshot[field] ?? null, source[field] ?? null))
}

/** True when a diff has at least one insertion or deletion (an all-equal diff is not worth showing). */
export function hasChanges(diff: FieldDiff): boolean {
  return diff.mode === 'text'
    ? diff.parts.some((part) => part.kind !== 'equal')
    : diff.blocks.some((block) => block.kind !== 'equal')
}
