import type { Payload, PayloadRequest, SanitizedConfig, TaskConfig } from 'payload'

import { afterCommit } from '@/db/transactions'
import type { Env } from '@/env'

/**
 * How a save's e-mails leave (MAIL_DELIVERY, src/env.ts).
 *
 * `direct`: sent as soon as the change has committed, still within the
 * request; a mail failure is logged, never allowed to undo the change. `queue`: each mail becomes a `sendMail`
 * job written with the request's own transaction, so it exists exactly when
 * the change does; whichever process runs the jobs (the `npm run jobs`
 * worker, or the server itself) sends it within seconds and retries a failed
 * SMTP server with growing delays. A replica that dies mid-request loses
 * nothing: before the commit there is neither change nor mail, after it both.
 */

export type MailDelivery = Env['mailDelivery']
export type OutgoingMail = { to: string; subject: string; text: string; replyTo?: string }

export const sendMailSlug = 'sendMail'
export const mailQueue = 'mail'
/** How often a jobs runner looks for mails (croner, with seconds): a queued mail waits this long at most. */
export const mailQueueCron = '*/10 * * * * *'

const deliveryKey = 'mailDelivery'

/** For the config's `custom` block: read back by `deliverMail` wherever a request is. */
export function mailDeliverySetting(delivery: MailDelivery = 'direct'): Record<string, unknown> {
  return { [deliveryKey]: delivery }
}

export function mailDeliveryOf(config: SanitizedConfig): MailDelivery {
  return config.custom?.[deliveryKey] === 'queue' ? 'queue' : 'direct'
}

/**
 * Sends or queues one e-mail; `what` names it in the log should sending fail.
 * `req` (required, even if undefined, so a request is never passed where the
 * pair belongs) carries the caller's transaction: a queued mail is written in
 * it, so a failure to queue fails the change; a direct one is sent once it
 * has committed (a rolled-back change mails nobody, and the SQLite writer is
 * not held while the SMTP server answers), its failure only logged.
 */
export async function deliverMail(
  target: { payload: Payload; req: PayloadRequest | undefined },
  mail: OutgoingMail,
  what: string,
): Promise<void> {
  const { payload, req } = target
  if (mailDeliveryOf(payload.config) === 'queue') {
    await payload.jobs.queue({ task: sendMailSlug, input: mail, queue: mailQueue, req })
    return
  }
  const send = async () => {
    try {
      await payload.sendEmail(mail)
    } catch (error) {
      payload.logger.error({ err: error, msg: `${what} to ${mail.to} failed` })
    }
  }
  if (req) await afterCommit(req, send)
  else await send()
}

export const sendMailTask: TaskConfig<{ input: OutgoingMail; output: object }> = {
  slug: sendMailSlug,
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'replyTo', type: 'text' },
  ],
  // An SMTP outage: tried again after 30 s, 1, 2, 4… minutes, about two hours in all.
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30 * 1000 } },
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text, replyTo: input.replyTo || undefined })
    return { output: {} }
  },
}
