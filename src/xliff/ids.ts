/**
 * Ids in the file. XLIFF 2 types file, unit, segment and inline ids as NMTOKEN (letters,
 * digits, `.`, `-`, `_`, `:`), so anything else becomes `_`; an import finds its way back by
 * encoding the expected ids the same way, never by decoding the file's.
 */

const notNameChar = /[^\p{L}\p{M}\p{Nd}._:-]/gu

export function nmtoken(value: string | number): string {
  const token = String(value).replace(notNameChar, '_')
  return token === '' ? '_' : token
}

/** A unit's stable id: article, field and block (0 for a plain-text field). */
export function unitId(articleId: string | number, field: string, block: number): string {
  return nmtoken(`${articleId}:${field}:${block}`)
}

/** `<file original>` in both versions (1.2 has no file id): which article the file is. */
export function fileOriginal(articleId: string | number): string {
  return `articles/${articleId}`
}
