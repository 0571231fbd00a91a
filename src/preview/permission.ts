import { isEditorUser, translatorLocales } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import { relationId, sameId } from '@/lib/relations'
import type { User } from '@/payload-types'

/**
 * Who may see an article's draft in a language (docs/product.md, "Preview"):
 * editors (and admins) every language of every article; a translator only a
 * language assigned to them, and only on an article where they hold that
 * language's task (whatever its state: the draft they wrote, or the one under review).
 */

export type PreviewUser = Pick<User, 'id' | 'role' | 'translatorLocales'>
export type PreviewTask = { locale: string; assignee?: number | string | { id: number | string } | null }

export function mayPreview(user: PreviewUser | null | undefined, locale: Locale, tasks: readonly PreviewTask[]): boolean {
  if (!user) return false
  if (isEditorUser(user)) return true
  if (!translatorLocales(user).includes(locale)) return false
  return tasks.some((task) => task.locale === locale && sameId(relationId(task.assignee), user.id))
}
