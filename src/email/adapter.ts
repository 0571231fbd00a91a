import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import type { Env } from '@/env'
import { createConsoleTransport } from './consoleTransport'

/** SMTP when configured, the console transport otherwise (development and tests). */
export function emailAdapter(mail: Env['mail']) {
  const transport = mail.smtp
    ? nodemailer.createTransport({
        host: mail.smtp.host,
        port: mail.smtp.port,
        secure: mail.smtp.secure,
        auth: mail.smtp.user ? { user: mail.smtp.user, pass: mail.smtp.pass } : undefined,
      })
    : createConsoleTransport()
  return nodemailerAdapter({
    defaultFromAddress: mail.fromAddress,
    defaultFromName: mail.fromName,
    transport,
    skipVerify: !mail.smtp,
  })
}
