import { APIError } from 'payload'

/**
 * A refusal whose message the caller must see. Payload only forwards an error's
 * message when it carries `data` (a minified production build loses the class
 * name it would otherwise use), so every workflow refusal sets it.
 */
export function workflowRefusal(message: string, status: 400 | 403): APIError {
  return new APIError(message, status, { workflow: true, message }, true)
}
