import type { CollectionConfig } from 'payload'

import { adminOrSelf, editorOrSelfField, isAdmin, isAdminField, isLoggedIn } from '@/access'
import { roles } from '@/access/roles'
import { locales, targetLocales } from '@/i18n/locales'
import { localeOptions } from '@/fields/localeOptions'
import { rememberLanguage } from './hooks/rememberLanguage'
import { loginThrottle, throttleLoginHooks } from './hooks/throttleLogins'

export type UsersOptions = {
  /** Production: the session cookie is `Secure` (browsers still send it to http://localhost). */
  secureCookie: boolean
  /** Reverse proxies trusted to append to X-Forwarded-For, for the per-address login limits. */
  trustedProxyHops: number
}

export const usersCollection = (options: UsersOptions): CollectionConfig => {
  const throttle = throttleLoginHooks({ throttle: loginThrottle, trustedProxyHops: () => options.trustedProxyHops })
  return {
    slug: 'users',
    auth: {
      cookies: { secure: options.secureCookie },
      // Payload's lock is per account for every caller: five wrong passwords from anyone would
      // lock the owner out. src/security/loginThrottle.ts counts failures per address instead.
      maxLoginAttempts: 0,
    },
    hooks: {
      beforeOperation: [throttle.beforeOperation],
      afterLogin: [throttle.afterLogin, rememberLanguage],
    },
    admin: {
      // Colleagues appear by name everywhere (task history, article author, assignee).
      useAsTitle: 'name',
      defaultColumns: ['name', 'email', 'role', 'translatorLocales'],
      group: { it: 'Amministrazione', fr: 'Administration', en: 'Administration' },
    },
    labels: {
      singular: { it: 'Utente', fr: 'Utilisateur', en: 'User' },
      plural: { it: 'Utenti', fr: 'Utilisateurs', en: 'Users' },
    },
    access: {
      // The first user (empty database) is created through the admin's own "create first user" screen.
      create: isAdmin,
      // Everyone on the team sees colleagues' names; e-mails, roles and languages stay with
      // editors and the account's owner (field access below).
      read: isLoggedIn,
      update: adminOrSelf,
      delete: isAdmin,
      admin: ({ req: { user } }) => Boolean(user),
    },
    fields: [
      {
        // Merged into Payload's own e-mail field: only its read access changes.
        name: 'email',
        type: 'email',
        access: { read: editorOrSelfField },
      },
      {
        name: 'name',
        type: 'text',
        required: true,
        label: { it: 'Nome', fr: 'Nom', en: 'Name' },
      },
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'editor',
        saveToJWT: true,
        options: roles.map((role) => ({
          value: role,
          label: {
            admin: { it: 'Amministratore', fr: 'Administrateur', en: 'Administrator' },
            editor: { it: 'Redattore', fr: 'Éditeur', en: 'Editor' },
            translator: { it: 'Traduttore', fr: 'Traducteur', en: 'Translator' },
          }[role],
        })),
        label: { it: 'Ruolo', fr: 'Rôle', en: 'Role' },
        // Only admins grant roles; nobody promotes themselves.
        access: { read: editorOrSelfField, create: isAdminField, update: isAdminField },
      },
      {
        name: 'translatorLocales',
        type: 'select',
        hasMany: true,
        saveToJWT: true,
        options: localeOptions(targetLocales),
        label: { it: 'Lingue di traduzione', fr: 'Langues de traduction', en: 'Translation languages' },
        admin: {
          condition: (data) => data?.role === 'translator',
          description: {
            it: 'Le lingue verso cui questo traduttore può tradurre.',
            fr: 'Les langues vers lesquelles ce traducteur peut traduire.',
            en: 'The languages this translator may translate into.',
          },
        },
        access: { read: editorOrSelfField, create: isAdminField, update: isAdminField },
      },
      {
        name: 'language',
        type: 'select',
        options: localeOptions(locales),
        label: { it: 'Lingua delle e-mail', fr: 'Langue des e-mails', en: 'E-mail language' },
        admin: {
          description: {
            it: 'Le e-mail del flusso di traduzione arrivano in questa lingua. Segue la lingua dell’admin a ogni accesso.',
            fr: 'Les e-mails du circuit de traduction arrivent dans cette langue. Elle suit la langue de l’admin à chaque connexion.',
            en: 'Translation workflow e-mails come in this language. It follows the admin language at each sign-in.',
          },
        },
      },
      {
        // When this translator was last mailed the new tasks in their languages (src/workflow/services/newTaskDigest.ts).
        name: 'newTasksMailedAt',
        type: 'date',
        admin: { hidden: true },
        access: { create: () => false, update: () => false },
      },
    ],
  }
}
