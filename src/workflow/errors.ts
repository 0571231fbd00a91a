import { APIError } from 'payload'

/**
 * A refusal whose message the caller must see. Payload forwards an error's
 * message when it is an `APIError` with `data`, or failing that when the error
 * has a name; a production build defeats both (the bundled `APIError` is not
 * always the class Payload's error handler checks against, and minification
 * leaves it anonymous, so its `name` is empty and the body says only "An
 * unknown error occurred."). So every workflow refusal carries data and a name.
 */
export function workflowRefusal(message: string, status: 400 | 403): APIError {
  const error = new APIError(message, status, { workflow: true, message }, true)
  error.name = 'WorkflowRefusal'
  return error
}
