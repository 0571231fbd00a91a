/**
 * How a TBX file says what TBX-Basic has no data category for: do-not-translate and the case
 * rule. TBX-Basic's termType values (fullForm, acronym…) do not fit, and a dialect of our own
 * would make the file invalid for every other tool, so each flag is a concept-level
 * `<note>` with a fixed text. Other tools show it as a note a person can read; ours reads it
 * back as the flag. Any other `<note>` of the concept is the translators' note.
 */
export const tbxFlagNotes = {
  doNotTranslate: 'dinogeek:doNotTranslate',
  caseSensitive: 'dinogeek:caseSensitive',
} as const

export type TbxFlag = keyof typeof tbxFlagNotes

export function flagOfNote(text: string): TbxFlag | null {
  const key = text.trim().toLowerCase()
  if (key === tbxFlagNotes.doNotTranslate.toLowerCase()) return 'doNotTranslate'
  if (key === tbxFlagNotes.caseSensitive.toLowerCase()) return 'caseSensitive'
  return null
}
