import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { translations as payloadTranslations } from '@payloadcms/translations/all'
import {
  buildConfig,
  type CollectionConfig,
  type Config,
  type GlobalConfig,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'
import sharp from 'sharp'

import { localizeWriterBusy } from './api/localizedErrors'
import { Articles } from '../collections/Articles'
import { CitationRequests } from '../collections/CitationRequests'
import { Media } from '../collections/Media'
import { Redirects } from '../collections/Redirects'
import { ScheduleLog } from '../collections/ScheduleLog'
import { Sources } from '../collections/Sources'
import { Topics } from '../collections/Topics'
import { Translations } from '../collections/Translations'
import { TranslationJobs } from '../collections/TranslationJobs'
import { Glossary } from '../collections/Glossary'
import { TranslationMemory } from '../collections/TranslationMemory'
import { usersCollection } from '../collections/Users'
import { isAdminUser } from './access/roles'
import { guardGlobalInput, guardOperationInput } from './api/inputGuards'
import { unverifiableEmailEndpoint } from './api/verifyEndpoint'
import { databaseAdapter } from './db/adapter'
import { emailAdapter } from './email/adapter'
import { mailDeliverySetting, mailQueue, mailQueueCron, sendMailTask } from './email/delivery'
import type { Env } from './env'
import { richTextEditor } from './fields/richTextEditor'
import { Legal } from './globals/Legal'
import { healthEndpoint } from './operations/health'
import { SiteSettings } from './globals/SiteSettings'
import { defaultLocale, localeNames, locales, perLocale } from './i18n/locales'
import { messages } from './i18n/messages'
import { newTaskDigestTask, notificationsQueue } from './workflow/services/newTaskDigest'
import { withScheduledPublicationRules } from './workflow/services/scheduledPublication'
import { revalidateEndpoint } from './site/revalidation/endpoint'
import { objectStoragePlugin } from './storage/objectStorage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const adminOnly = ({ req }: { req: PayloadRequest }) => isAdminUser(req.user)

/** Every collection checks ids, bodies and `where` values first (src/api/inputGuards.ts). */
function withInputGuards(collection: CollectionConfig): CollectionConfig {
  const verifyEnabled = typeof collection.auth === 'object' && Boolean(collection.auth.verify)
  const endpoints =
    collection.endpoints === false
      ? false
      : [
          // Without email verification Payload's own /verify/:token queries a field that does not exist (a 500).
          ...(collection.auth && !verifyEnabled ? [unverifiableEmailEndpoint] : []),
          ...(collection.endpoints ?? []),
        ]
  return {
    ...collection,
    endpoints,
    hooks: { ...collection.hooks, beforeOperation: [guardOperationInput, ...(collection.hooks?.beforeOperation ?? [])] },
  }
}

function withGlobalInputGuard(global: GlobalConfig): GlobalConfig {
  return { ...global, hooks: { ...global.hooks, beforeOperation: [guardGlobalInput, ...(global.hooks?.beforeOperation ?? [])] } }
}

export type AppConfigOptions = Pick<Env, 'databaseUrl' | 'payloadSecret' | 'serverUrl' | 'mail'> &
  // Absent (tests, scripts): a development server with no proxy in front, files on disk, e-mails sent in the request.
  Partial<Pick<Env, 'isProduction' | 'trustedProxyHops' | 'jobsAutoRun' | 's3' | 'mailDelivery'>> & {
    /** SQLite: let Payload push the schema from the collections. Tests only; everything else runs the migrations. */
    schemaPush?: boolean
  }

/**
 * A refused login is routine (src/security/loginThrottle.ts): one info line, no stack
 * trace per attempt. Payload looks any error's `name` up here, though its type only
 * lists Payload's own errors.
 */
const quietErrors: Record<string, 'info'> = { LoginThrottled: 'info' }

/**
 * Builds the Payload config. The app uses it with the environment; tests call
 * it with a fresh database URL per file.
 */
export function buildAppConfig(options: AppConfigOptions): Promise<SanitizedConfig> {
  const Users = usersCollection({
    secureCookie: options.isProduction ?? false,
    trustedProxyHops: options.trustedProxyHops ?? 0,
  })
  const config: Config = {
    serverURL: options.serverUrl,
    secret: options.payloadSecret,
    admin: {
      user: Users.slug,
      importMap: { baseDir: path.resolve(dirname, '..') },
      meta: { titleSuffix: ' · DinoGeek CMS' },
      // Initials drawn locally: Gravatar would send a hash of each person's e-mail to a third party.
      avatar: { Component: '/src/admin/components/InitialsAvatar#InitialsAvatar' },
      components: {
        // The translation workspace (src/admin): a translator's queue, an editor's overview.
        views: {
          // Each role's day starts here (src/admin/views/DashboardView), not on a grid of collection cards.
          dashboard: { Component: '/src/admin/views/DashboardView#DashboardView' },
          translations: {
            Component: '/src/admin/views/TranslationsView#TranslationsView',
            path: '/translations',
            meta: { title: 'Translations' },
          },
        },
        beforeNavLinks: ['/src/admin/components/TranslationsNavLink#TranslationsNavLink'],
        providers: [
          '/src/admin/components/EscapeClosesSelect#EscapeClosesSelect',
          '/src/admin/components/AccessibleNames#AccessibleNames',
        ],
      },
    },
    i18n: {
      // The admin speaks the site's languages: Payload's own strings for each of them.
      supportedLanguages: Object.fromEntries(locales.map((code) => [code, payloadTranslations[code]])),
      fallbackLanguage: defaultLocale,
      // Names for the rich-text toolbar's icon buttons, which Payload leaves unnamed (src/admin/components/AccessibleNames.tsx).
      translations: perLocale((code) => ({ editorToolbar: messages[code].EditorToolbar })),
    },
    localization: {
      locales: locales.map((code) => ({ code, label: localeNames[code] })),
      defaultLocale,
      // Never serve another language's text in place of a missing translation.
      fallback: false,
    },
    collections: [
      Articles,
      Topics,
      Sources,
      Translations,
      TranslationJobs,
      TranslationMemory,
      Glossary,
      CitationRequests,
      Redirects,
      ScheduleLog,
      Media,
      Users,
    ].map(withInputGuards),
    endpoints: [healthEndpoint, revalidateEndpoint],
    jobs: {
      tasks: [newTaskDigestTask, sendMailTask],
      // The digest jobs carry a per-translator key (src/workflow/services/newTaskDigest.ts).
      enableConcurrencyControl: true,
      // Each server process runs the due jobs every minute (only under `getPayload({ cron: true })`, as Next's
      // routes and instrumentation.ts do): the digests, and on Payload's default queue the scheduled publications;
      // queued e-mails every ten seconds. JOBS_AUTORUN=false leaves them to a separate worker (`npm run jobs`).
      autoRun:
        options.jobsAutoRun === false
          ? undefined
          : [
              { cron: mailQueueCron, queue: mailQueue, limit: 50 },
              { cron: '* * * * *', queue: notificationsQueue, limit: 20 },
              { cron: '* * * * *', queue: 'default', limit: 20 },
            ],
      deleteJobOnComplete: true,
      // Payload lets any signed-in user run, queue or cancel jobs over REST; here only admins may.
      access: { run: adminOnly, queue: adminOnly, cancel: adminOnly },
    },
    globals: [Legal, SiteSettings].map(withGlobalInputGuard),
    editor: richTextEditor,
    db: databaseAdapter(options.databaseUrl, { schemaPush: options.schemaPush }),
    email: emailAdapter(options.mail),
    sharp,
    graphQL: { disablePlaygroundInProduction: true },
    // A busy writer's refusal in the caller's language (src/api/localizedErrors.ts).
    hooks: { afterError: [localizeWriterBusy] },
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
    telemetry: false,
    loggingLevels: quietErrors,
    plugins: [objectStoragePlugin(options.s3)],
    custom: mailDeliverySetting(options.mailDelivery),
  }
  return buildConfig(config).then((sanitized) => {
    // Payload adds its `schedulePublish` task while sanitizing: articles' runs follow our rules (src/scheduling).
    withScheduledPublicationRules(sanitized.jobs.tasks)
    return sanitized
  })
}
