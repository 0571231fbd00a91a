/**
 * Checks on the surface of a translated text: nothing written, the source copied, spaces at
 * the edges or doubled, another final punctuation, links and inline code changed.
 */
import { issue, type QualityIssue } from './issues'

/** The sentence's closing mark, with French spacing and closing quotes or brackets set aside. */
export function finalMark(text: string): string {
  const trimmed = text.replace(/[\s"'»”’)\]]+$/u, '')
  if (trimmed.endsWith('...') || trimmed.endsWith('…')) return '…'
  const last = trimmed.at(-1) ?? ''
  return /[.?!:;]/u.test(last) ? last : ''
}

/**
 * Names, acronyms and code stay the same in a translation ("DNS", "Apache Tomcat"); a text with
 * two or more lower-case words ("Vale la pena") is prose, which a copy leaves untranslated.
 */
function hasCommonWords(text: string): boolean {
  return (text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []).length >= 2
}

/** Nothing written, the source copied, another final punctuation (on the words a reader sees). */
export function surfaceIssues(source: string, target: string): QualityIssue[] {
  if (target.trim() === '') return source.trim() === '' ? [] : [issue('empty')]
  const found: QualityIssue[] = []
  if (hasCommonWords(source) && source.trim() === target.trim()) found.push(issue('identical'))
  const sourceMark = finalMark(source)
  const targetMark = finalMark(target)
  if (sourceMark !== targetMark) found.push(issue('finalPunctuation', { expected: sourceMark || '∅', found: targetMark || '∅' }))
  return found
}

/** Spaces at either edge that the source does not have (or lacks), and doubled spaces (on the tagged text). */
export function spacingIssues(source: string, target: string): QualityIssue[] {
  const found: QualityIssue[] = []
  if (/^\s/u.test(source) !== /^\s/u.test(target) || /\s$/u.test(source) !== /\s$/u.test(target)) {
    found.push(issue('edgeSpaces'))
  }
  if (/ {2}/u.test(target.trim()) && !/ {2}/u.test(source.trim())) found.push(issue('doubleSpaces'))
  return found
}

const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"'»”]+/giu
/** A URL does not end with the sentence's punctuation. */
const urlTail = /[.,;:!?)\]]+$/u

export function urlsIn(text: string): string[] {
  return [...text.matchAll(urlPattern)].map(([url]) => url.replace(urlTail, ''))
}

const codePattern = /`[^`\n]+`/gu

export function inlineCodeIn(text: string): string[] {
  return [...text.matchAll(codePattern)].map(([code]) => code)
}

/** Items of the source list missing from the target list, each occurrence counted. */
function missingItems(source: readonly string[], target: readonly string[]): string[] {
  const available = [...target]
  return source.filter((item) => {
    const at = available.indexOf(item)
    if (at === -1) return true
    available.splice(at, 1)
    return false
  })
}

export function literalIssues(source: string, target: string): QualityIssue[] {
  const found: QualityIssue[] = []
  for (const url of missingItems(urlsIn(source), urlsIn(target))) found.push(issue('urls', { url }))
  for (const code of missingItems(inlineCodeIn(source), inlineCodeIn(target))) found.push(issue('inlineCode', { code }))
  return found
}
