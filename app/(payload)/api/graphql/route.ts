/* Payload GraphQL API (generated shape), behind src/api/graphqlGuard.ts; read queries also over GET (src/api/graphqlGet.ts). */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { guardedGraphQLGet } from '@/api/graphqlGet'
import { guardedGraphQLPost } from '@/api/graphqlGuard'

export const GET = guardedGraphQLGet(config)
export const POST = guardedGraphQLPost(config)
export const OPTIONS = REST_OPTIONS(config)
