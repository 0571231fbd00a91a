import './loadEnv'

import { getPayload } from 'payload'

import { env } from '@/env'
import config from '@/payload.config'
import { seed } from '@/seed'
import { devAccounts, mayCreateDevAccounts } from '@/seed/accounts'

/**
 * `npm run seed [-- --if-empty]`: fills the database with demo content.
 * `--if-empty` seeds only a database without users (what `npm run dev` uses).
 */
async function main() {
  const ifEmpty = process.argv.includes('--if-empty')
  const payload = await getPayload({ config })
  try {
    if (ifEmpty) {
      const users = await payload.count({ collection: 'users' })
      if (users.totalDocs > 0) {
        payload.logger.info('Database already has content: seed skipped.')
        return
      }
    }
    const createDevAccounts = mayCreateDevAccounts(env)
    if (!createDevAccounts) {
      payload.logger.warn('NODE_ENV=production: dev accounts NOT created (set SEED_DEV_ACCOUNTS=true to create them anyway).')
    }
    await seed(payload, { password: env.seedPassword, createDevAccounts, log: (line) => payload.logger.info(line) })
    if (createDevAccounts) {
      const password = process.env.SEED_PASSWORD ? '(SEED_PASSWORD)' : env.seedPassword
      console.info('\nDev accounts (password ' + password + '):')
      for (const account of devAccounts) {
        const languages = account.translatorLocales ? ` → ${account.translatorLocales.join(', ')}` : ''
        console.info(`  ${account.role.padEnd(10)} ${account.email}${languages}`)
      }
    }
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
