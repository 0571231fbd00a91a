import type { CollectionConfig } from 'payload'

import { adminOrSelf, editorOrSelfField, isAdmin, isAdminField, isLoggedIn } from '@/access'
import { roles } from '@/access/roles'
import { label, textPerLocale } from '@/i18n/labels'
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
      group: textPerLocale('Labels.groups.administration'),
    },
    labels: {
      singular: label('Labels.users.singular'),
      plural: label('Labels.users.plural'),
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
        label: label('Labels.users.name'),
      },
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'editor',
        saveToJWT: true,
        options: roles.map((role) => ({
          value: role,
          label: label(`Labels.roles.${role}`),
        })),
        label: label('Labels.users.role'),
        // Only admins grant roles; nobody promotes themselves.
        access: { read: editorOrSelfField, create: isAdminField, update: isAdminField },
      },
      {
        name: 'translatorLocales',
        type: 'select',
        hasMany: true,
        saveToJWT: true,
        options: localeOptions(targetLocales),
        label: label('Labels.users.translationLanguages'),
        admin: {
          condition: (data) => data?.role === 'translator',
          description: label('Labels.users.translationLanguagesHint'),
        },
        access: { read: editorOrSelfField, create: isAdminField, update: isAdminField },
      },
      {
        name: 'language',
        type: 'select',
        options: localeOptions(locales),
        label: label('Labels.users.emailLanguage'),
        admin: { description: label('Labels.users.emailLanguageHint') },
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
