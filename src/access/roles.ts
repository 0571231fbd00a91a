import type { User } from '@/payload-types'
import type { Locale } from '@/i18n/locales'

export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

type MaybeUser = Pick<User, 'role'> | null | undefined

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  return Boolean(user && allowed.includes(user.role))
}

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Admins can do everything editors can. */
export const isEditorUser = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

export const isTranslatorUser = (user: MaybeUser): boolean => hasRole(user, 'translator')

/** Target locales a translator is assigned to; empty for everyone else. */
export function translatorLocales(user: Pick<User, 'role' | 'translatorLocales'> | null | undefined): Locale[] {
  if (!user || user.role !== 'translator') return []
  return user.translatorLocales ?? []
}
