import { APIError } from 'payload'

/**
 * A refusal whose message the caller must see. Payload only forwards an error's
 * message when it recognises the error: by class (which a production bundle may
 * duplicate) with `data`, or else by a non-empty `name` (which minification may
 * erase from the class). So every workflow refusal carries both explicitly.
 */
export function workflowRefusal(message: string, status: 400 | 403): APIError {
  const error = new APIError(message, status, { workflow: true, message }, true)
  error.name = 'WorkflowRefusal'
  return error
}
