/**
 * Language names are lower case in French and Italian messages ("français"),
 * as they sit mid-sentence; a column header or a chip starts with a capital.
 */
export function capitalize(text: string, language: string): string {
  const first = text.charAt(0)
  return first ? first.toLocaleUpperCase(language) + text.slice(1) : text
}
