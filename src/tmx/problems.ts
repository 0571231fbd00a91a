/**
 * What can be wrong with a TMX file, as codes with their details: the endpoint words them
 * in the caller's language (messages, namespace Tmx.problems).
 */
export type TmxProblemCode =
  | 'notXml'
  | 'notTmx'
  | 'version'
  | 'noHeader'
  | 'srclang'
  | 'noBody'
  | 'noUnits'
  | 'tooManyUnits'
  | 'missingLanguage'
  | 'duplicateLanguage'
  | 'noSeg'
  | 'emptySeg'
  | 'segTooLong'
  | 'unknownElement'
  | 'missingAttribute'
  | 'unbalanced'
  | 'tagNotInSource'
  | 'tagMismatch'

export type TmxProblem = {
  code: TmxProblemCode
  /** Which `<tu>` (1-based, in file order), absent for a problem of the whole file. */
  unit?: number
  tuid?: string
  details: Record<string, string | number>
}
