import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'

export type OutboxMessage = {
  to: string
  from: string
  subject: string
  text: string
  html: string
}

const OUTBOX_LIMIT = 200

/**
 * Messages sent through the console transport, newest last. Tests read it to
 * check who was notified; it is bounded so a long dev session cannot grow it.
 */
export const outbox: OutboxMessage[] = []

function addressText(value: unknown): string {
  if (!value) return ''
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(addressText).join(', ')
  if (typeof value === 'object' && 'address' in value) return String(value.address)
  return JSON.stringify(value)
}

/**
 * A real nodemailer transport that prints instead of sending: the development
 * and test stand-in for SMTP, so the same adapter code path runs everywhere.
 */
export function createConsoleTransport(log: (line: string) => void = console.info): Transporter {
  return nodemailer.createTransport({
    name: 'console',
    version: '1.0.0',
    send(mail, callback) {
      const data = mail.data
      const message: OutboxMessage = {
        to: addressText(data.to),
        from: addressText(data.from),
        subject: String(data.subject ?? ''),
        text: typeof data.text === 'string' ? data.text : '',
        html: typeof data.html === 'string' ? data.html : '',
      }
      outbox.push(message)
      if (outbox.length > OUTBOX_LIMIT) outbox.shift()
      if (process.env.NODE_ENV !== 'test') {
        log(`[email] to=${message.to} subject="${message.subject}"\n${message.text || message.html}`)
      }
      const envelope = mail.message.getEnvelope()
      callback(null, {
        envelope,
        messageId: `console-${Date.now()}`,
        accepted: envelope.to,
        rejected: [],
        pending: [],
        response: '250 printed to console',
      })
    },
  })
}
