import { APIError } from 'payload'

/**
 * A read the API refuses (400) with a message the caller must see: like the
 * workflow refusals, it carries `data` so Payload forwards the message.
 */
export function readRefusal(message: string): APIError {
  return new APIError(message, 400, { read: true, message }, true)
}
