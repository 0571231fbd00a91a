/* Payload GraphQL API (generated shape), behind src/api/graphqlGuard.ts. */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { guardedGraphQLPost } from '@/api/graphqlGuard'

export const POST = guardedGraphQLPost(config)
export const OPTIONS = REST_OPTIONS(config)
