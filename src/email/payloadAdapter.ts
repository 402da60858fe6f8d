import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { createEmlWriter, emailDirectory, ORIGINAL_RECIPIENTS_HEADER, parseMailFrom } from './transport'
import type { TransportEnv } from './transport'

/**
 * Payload's own mail (password reset, account checks). With SMTP_URL the
 * official nodemailer adapter; without it the same .eml files as the outbox.
 * The transport is given explicitly so that start-up never contacts a mail
 * server (and never falls back to ethereal.email).
 */
export function payloadEmailAdapter({ env }: { env: TransportEnv }): Promise<EmailAdapter> | EmailAdapter {
  const from = parseMailFrom(env.mailFrom)
  if (env.smtpUrl) {
    return nodemailerAdapter({
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      transport: nodemailer.createTransport(env.smtpUrl),
      skipVerify: true,
      overrideRecipientAddress: env.emailOverrideTo,
    })
  }
  return ({ payload }) => {
    const write = createEmlWriter({
      dir: emailDirectory(env.dataDir),
      logger: { info: (message) => payload.logger.info(message) },
    })
    return {
      name: 'segar-eml',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message) => {
        const sender =
          typeof message.from === 'object' && message.from && 'address' in message.from
            ? { name: message.from.name ?? from.name, address: message.from.address }
            : (message.from ?? from)
        const headers = env.emailOverrideTo
          ? { ...(message.headers as Record<string, string> | undefined), [ORIGINAL_RECIPIENTS_HEADER]: String(message.to ?? '') }
          : message.headers
        return write({ ...message, from: sender, headers, ...(env.emailOverrideTo ? { to: env.emailOverrideTo } : {}) })
      },
    }
  }
}
