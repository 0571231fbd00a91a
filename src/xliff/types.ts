/**
 * What an XLIFF export is made of and what an import is checked against: one file per article,
 * one unit per field (per block for rich text), one segment per sentence (src/segments). The
 * same shape serves both, so a service builds it once from the current source and passes it to
 * `exportXliff` and, when the file comes back, to `parseXliff`.
 */
import type { TagDef } from '@/segments/tags'

export type XliffVersion = '2.1' | '1.2'

/**
 * A memory match written as the target: `translated` for a 100 % match, `initial` for a fuzzy
 * one the translator must revise (XLIFF 2.1 `state`; see export.ts for 1.2).
 */
export type PrefillState = 'initial' | 'translated'

export type XliffSegment = {
  /** The segment's id (src/segments/ids.ts), e.g. `body:3f2a9c01d4e5:0`. */
  id: string
  /** The source text with numbered tags (`<1>…</1>`, `<2/>`). */
  source: string
  /** What tag n stands for is `tags[n - 1]` (src/segments/tags.ts). */
  tags: readonly TagDef[]
  /** A memory match, with the same tags as the source. */
  target?: string
  state?: PrefillState
}

export type XliffUnit = {
  /** Stable: article, field and block (see `unitId`). */
  id: string
  /** The field's name (`body`, `seoTitle`…). */
  field: string
  /** A human name for the field, in the language of the export (a note for the translator). */
  label?: string
  /** A length limit on the whole field, in characters (SEO fields). */
  maxLength?: number
  segments: readonly XliffSegment[]
}

export type XliffFile = {
  articleId: string | number
  title?: string
  /** The article's public URL, for the translator to see the context. */
  publicUrl?: string
  topic?: string
  units: readonly XliffUnit[]
}

export type XliffExport = {
  version: XliffVersion
  sourceLocale: string
  targetLocale: string
  files: readonly XliffFile[]
}

/** What `parseXliff` checks a file against: the current source (labels and notes are not needed). */
export type XliffExpected = {
  /** The version the file was exported in, when known: a file of the other family is refused. */
  version?: XliffVersion
  sourceLocale: string
  targetLocale: string
  files: ReadonlyArray<{
    articleId: string | number
    units: ReadonlyArray<{ id: string; segments: ReadonlyArray<Pick<XliffSegment, 'id' | 'source' | 'tags'>> }>
  }>
}

export type XliffProblemCode =
  /** Not well-formed XML (`line`, `column`, `message`). */
  | 'notXml'
  /** A DOCTYPE: XLIFF has none, and its entities are not expanded. */
  | 'doctype'
  /** Well-formed, but the root is not an XLIFF element in an XLIFF namespace (`found`). */
  | 'notXliff'
  /** A version we do not read (`found`), or not the family the task was exported in (`expected`). */
  | 'version'
  | 'sourceLanguage'
  | 'targetLanguage'
  /** A `<file>` for an article that is not in the task or job (`file`). */
  | 'unknownFile'
  | 'missingFile'
  | 'duplicateFile'
  | 'unknownUnit'
  | 'missingUnit'
  | 'duplicateUnit'
  | 'unknownSegment'
  | 'missingSegment'
  | 'duplicateSegment'
  /** The file's `<source>` is not the current source: the article changed since export (`expected`, `found`). */
  | 'sourceChanged'
  | 'emptyTarget'
  /** An inline element we do not know (`element`). */
  | 'unknownElement'
  /** A tag in the target that is not in the source (`tag`: its id in the file). */
  | 'tagUnknown'
  | 'tagMissing'
  | 'tagDuplicate'
  /** A pair written as a standalone tag or the other way round. */
  | 'tagWrongKind'
  /** Pairs crossing each other, or a closing tag before its opening one. */
  | 'tagUnbalanced'
  | 'tagUnclosed'
  /** A tag inside formatted text (bold, italic…), which holds only text. */
  | 'tagMisplaced'

export type XliffProblem = {
  problem: XliffProblemCode
  /** The article the problem is in, absent for a problem of the whole file. */
  articleId?: string
  unitId?: string
  segmentId?: string
  detail: Record<string, string | number>
}

export type XliffParse =
  | {
      ok: true
      /** The version the file says it is (a 2.0 file from a tool is read as 2.x). */
      version: '1.2' | '2.0' | '2.1'
      /** Per article (its id as a string), each segment's target with our numbered tags. */
      targets: Map<string, Map<string, string>>
    }
  | { ok: false; problems: XliffProblem[] }
