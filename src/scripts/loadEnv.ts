import nextEnv from '@next/env'

// Imported first by every script so `.env*` files apply exactly as they do under `next`.
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
