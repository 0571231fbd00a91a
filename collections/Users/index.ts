import type { CollectionConfig } from 'payload'

import { adminOrSelf, editorOrSelf, isAdmin, isAdminField } from '../../src/access'
import { roles } from '../../src/access/roles'
import { label, textPerLocale } from '../../src/i18n/labels'
import { targetLocales } from '../../src/i18n/locales'
import { localeOptions } from '../../src/fields/localeOptions'
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
      afterLogin: [throttle.afterLogin],
    },
    admin: {
      useAsTitle: 'email',
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
      read: editorOrSelf,
      update: adminOrSelf,
      delete: isAdmin,
      admin: ({ req: { user } }) => Boolean(user),
    },
    fields: [
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
        access: { create: isAdminField, update: isAdminField },
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
        access: { create: isAdminField, update: isAdminField },
      },
    ],
  }
}
