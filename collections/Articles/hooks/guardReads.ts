import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest } from 'payload'

import { queryPathProblem, sortPaths, wherePaths } from '@/access/queryPaths'
import { readOperations, settleReadLocale } from '@/access/readLocale'
import { readRefusal } from '@/access/readRefusal'

/**
 * Every read of articles that applies access (REST, GraphQL, Local API with
 * `overrideAccess: false`) goes through here before the access rule runs:
 *
 * - the locale is settled: one known code or `all`, else a 400 (src/i18n/requestLocale.ts);
 * - filters and sorts on fields the caller cannot read (`searchText`) are a 400;
 * - anonymous callers filter and sort on text in the requested language only
 *   (src/access/queryPaths.ts), get no fallback language whatever they ask
 *   (`fallback: false` in the config is not theirs to override), and read the
 *   published row even when they ask for drafts.
 *
 * The published row already holds no text of a language that is not public
 * (docs/publication.md); these rules keep every answer independent of it anyway.
 */

async function unreadableFields(fields: readonly FlattenedField[], req: PayloadRequest): Promise<Set<string>> {
  const hidden = new Set<string>()
  for (const field of fields) {
    const read = field.access?.read
    if (read && !(await read({ req }))) hidden.add(field.name)
  }
  return hidden
}

export const guardReads: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (!readOperations.has(operation) || overrideAccess === true) return args
  const locale = settleReadLocale(req)
  const anonymous = !req.user

  const paths = [
    ...('where' in args ? wherePaths(args.where) : []),
    ...('sort' in args ? sortPaths(args.sort) : []),
    ...('field' in args && typeof args.field === 'string' ? [args.field] : []),
  ]
  if (paths.length > 0) {
    const fields = collection.flattenedFields
    const rules = {
      localized: new Set(fields.filter((field) => field.localized).map((field) => field.name)),
      unreadable: await unreadableFields(fields, req),
      locale,
      singleLanguage: anonymous,
    }
    for (const path of paths) {
      const problem = queryPathProblem(path, rules)
      if (problem) throw readRefusal(problem)
    }
  }

  if (!anonymous) return args
  req.fallbackLocale = false
  return 'draft' in args ? { ...args, draft: false } : args
}
