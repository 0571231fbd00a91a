import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { translatorFor } from '@/i18n/messages'
import { relationId, sameId } from '@/lib/relations'
import type { Translation } from '@/payload-types'
import { callerLanguage } from '@/workflow/callerLanguage'
import { refreshLeverage } from '@/workflow/services/taskLeverage'

type Refusal = 'signIn' | 'notFound' | 'notYourTask' | 'noSource'

function refuse(req: PayloadRequest, status: number, key: Refusal) {
  const t = translatorFor(callerLanguage(req), 'Leverage')
  return Response.json({ errors: [{ message: t(`errors.${key}`) }] }, { status })
}

/** Ids are integers on SQLite and ObjectIds on MongoDB: anything else names no task. */
const idPattern = /^(?:\d{1,15}|[0-9a-f]{24})$/

async function findTask(req: PayloadRequest, id: string): Promise<Translation | null> {
  if (!idPattern.test(id)) return null
  try {
    return await req.payload.findByID({
      collection: 'translations',
      id,
      depth: 0,
      req,
      disableErrors: true,
      overrideAccess: true,
    })
  } catch {
    return null
  }
}

/**
 * `POST /api/translations/:id/leverage`: counts the task's words per match band against the
 * memory now, stores them on the task and answers them. Editors may count any task, a
 * translator only a task assigned to them.
 */
export const leverageEndpoint: Endpoint = {
  path: '/:id/leverage',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, 'signIn')
    const id = typeof req.routeParams?.id === 'string' ? req.routeParams.id : ''
    const task = await findTask(req, id)
    if (!task) return refuse(req, 404, 'notFound')
    if (!isEditorUser(req.user) && !sameId(relationId(task.assignee), req.user.id)) return refuse(req, 403, 'notYourTask')
    const leverage = await refreshLeverage(req, task)
    if (!leverage) return refuse(req, 409, 'noSource')
    return Response.json({ leverage })
  },
}
