import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

export type DevAccount = { email: string; name: string; role: Role; translatorLocales?: NonNullable<User['translatorLocales']> }

/** The development accounts listed in README; they share the password `SEED_PASSWORD` (default `dinogeek-dev`). */
export const devAccounts: DevAccount[] = [
  { email: 'admin@example.com', name: 'Ada Admin', role: 'admin' },
  { email: 'editor@example.com', name: 'Elena Editor', role: 'editor' },
  { email: 'translator.fr@example.com', name: 'François Traducteur', role: 'translator', translatorLocales: ['fr'] },
  { email: 'translator.en@example.com', name: 'Emma Translator', role: 'translator', translatorLocales: ['en'] },
]

/** Known passwords must never reach production by accident: there they need `SEED_DEV_ACCOUNTS=true`. */
export function mayCreateDevAccounts(env: { isProduction: boolean; seedDevAccountsInProduction: boolean }): boolean {
  return !env.isProduction || env.seedDevAccountsInProduction
}
