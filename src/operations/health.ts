import type { Endpoint } from 'payload'

/**
 * `GET /api/health`: 200 when the database answers a query, 503 otherwise.
 * Load balancers, Docker and docker compose use it to keep traffic away from
 * a replica that cannot serve the API. Never cached.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    try {
      await req.payload.count({ collection: 'users', overrideAccess: true })
      return Response.json({ status: 'ok', database: req.payload.db.name }, { headers })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check: the database did not answer' })
      return Response.json({ status: 'unavailable', database: req.payload.db.name }, { status: 503, headers })
    }
  },
}
