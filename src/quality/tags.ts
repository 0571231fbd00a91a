/**
 * Tag checks: every tag of the source placed once and well nested (an error: the rich text
 * would not rebuild), and tags in another order than the source's (a warning: a translation
 * may have to move a link, but a reviewer should look).
 */
import { tagProblems, type TagDef } from '@/segments/tags'

import { issue, type QualityIssue } from './issues'

function tagOrder(text: string): number[] {
  return [...text.matchAll(/<(\d{1,4})\/?>/g)].map((match) => Number(match[1]))
}

export function tagIssues(source: string, target: string, tags: readonly TagDef[]): QualityIssue[] {
  const problems = tagProblems(target, tags)
  if (problems.length > 0) {
    return problems.map((problem) =>
      issue('tags', 'tag' in problem ? { problem: problem.kind, tag: problem.tag } : { problem: problem.kind, at: problem.at }),
    )
  }
  return tagOrder(source).join(',') === tagOrder(target).join(',') ? [] : [issue('tagOrder')]
}
