/**
 * Numbers across languages: "1.000,5" in Italian, "1 000,5" in French and "1,000.5" in
 * English are one number. Each number of a text is read by its language's separators (from
 * Intl, so a new locale needs nothing here); what does not read as a number of that language
 * ("3.5" in Italian, a version such as "1.2.3") is compared as written.
 */
export type FoundNumber = { written: string; value: number | null }

/** Digits with separators between them; a space counts only before a group of three. */
const numberPattern = /\p{Nd}+(?:(?:[.,]|[\u0020\u00a0\u202f](?=\p{Nd}{3}(?!\p{Nd})))\p{Nd}+)*/gu

const spaceLike = /[\u0020\u00a0\u202f]/u

type Separators = { group: string; decimal: string }
const separatorCache = new Map<string, Separators>()

function separatorsOf(locale: string): Separators {
  const cached = separatorCache.get(locale)
  if (cached) return cached
  // Italian writes 1000 without a separator (groups start at five digits), so ask for millions.
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5)
  const found = {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  }
  separatorCache.set(locale, found)
  return found
}

function isGroup(char: string, group: string): boolean {
  return char === group || (spaceLike.test(group) && spaceLike.test(char))
}

/** The value of a written number in a language, or null if it is not written that way. */
export function readNumber(written: string, locale: string): number | null {
  const { group, decimal } = separatorsOf(locale)
  const pieces = written.split(/([^\p{Nd}])/u)
  let integer = pieces[0] ?? ''
  let fraction: string | null = null
  for (let i = 1; i < pieces.length; i += 2) {
    const separator = pieces[i] ?? ''
    const digits = pieces[i + 1] ?? ''
    if (fraction === null && separator === decimal) fraction = digits
    else if (fraction === null && isGroup(separator, group) && digits.length === 3) integer += digits
    else return null
  }
  // A lone group separator with three digits ("1.000" in Italian) is a thousand, as Intl writes it.
  const value = Number(fraction === null ? integer : `${integer}.${fraction}`)
  return Number.isFinite(value) ? value : null
}

export function numbersIn(text: string, locale: string): FoundNumber[] {
  return [...text.matchAll(numberPattern)].map(([written]) => ({ written, value: readNumber(written, locale) }))
}

/** The source's numbers that the target does not contain (by value, or as written), each once. */
export function missingNumbers(source: string, sourceLocale: string, target: string, targetLocale: string): string[] {
  const available = numbersIn(target, targetLocale)
  const missing: string[] = []
  for (const number of numbersIn(source, sourceLocale)) {
    const at = available.findIndex(
      (candidate) => candidate.written === number.written || (number.value !== null && candidate.value === number.value),
    )
    if (at === -1) missing.push(number.written)
    else available.splice(at, 1)
  }
  return missing
}
