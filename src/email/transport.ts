import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import nodemailer from 'nodemailer'

import type { Env } from '../env'

export type OutgoingEmail = {
  to: string[]
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
}

export type SendResult = {
  messageId: string
  /** Recipients the server refused while accepting the others. */
  rejected?: string[]
  /** Where the message was written when there is no mail server. */
  file?: string
}

export type EmailTransport = {
  send: (email: OutgoingEmail) => Promise<SendResult>
  close: () => void
}

export type TransportLogger = { info: (message: string) => void }

export type TransportEnv = Pick<Env, 'smtpUrl' | 'mailFrom' | 'dataDir' | 'emailOverrideTo'>

export const ORIGINAL_RECIPIENTS_HEADER = 'X-Segar-Penerima-Asli'

/** Each of these can still be overridden in SMTP_URL's query string. */
const SMTP_DEFAULTS: Record<string, string> = {
  pool: 'true',
  maxConnections: '5',
  // nodemailer waits up to 10 minutes on a silent socket by default, longer than an outbox lease.
  connectionTimeout: '30000',
  greetingTimeout: '30000',
  socketTimeout: '60000',
}

export function pooledSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl)
  for (const [key, value] of Object.entries(SMTP_DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value)
  }
  return url.toString()
}

/** MAIL_FROM as Payload wants it: a display name and an address apart. */
export function parseMailFrom(mailFrom: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom)
  if (match) return { name: match[1]!.trim() || 'Segar', address: match[2]!.trim() }
  return { name: 'Segar', address: mailFrom.trim() }
}

export function emailDirectory(dataDir: string): string {
  return path.join(dataDir, 'email')
}

/** Staging: everything goes to one address, and the message says who it was meant for. */
export function applyRecipientOverride({ email, overrideTo }: { email: OutgoingEmail; overrideTo?: string }): OutgoingEmail {
  if (!overrideTo) return email
  return {
    ...email,
    to: [overrideTo],
    headers: { ...email.headers, [ORIGINAL_RECIPIENTS_HEADER]: email.to.join(', ') },
  }
}

function fileNameFor({ subject }: { subject: string }): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const words = subject
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .slice(0, 50)
  return `${stamp}-${randomBytes(3).toString('hex')}${words ? `-${words}` : ''}.eml`
}

/**
 * Builds the complete RFC 822 message (as an SMTP server would receive it)
 * and writes it to `<dir>/<time>-<subject>.eml`. Used when there is no mail
 * server, so that no email is silently dropped in development.
 */
export function createEmlWriter({ dir, logger }: { dir: string; logger: TransportLogger }) {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
  return async (message: nodemailer.SendMailOptions): Promise<SendResult> => {
    const info = await builder.sendMail(message)
    await fs.mkdir(dir, { recursive: true })
    const file = path.join(dir, fileNameFor({ subject: String(message.subject ?? '') }))
    await fs.writeFile(file, info.message as Buffer)
    logger.info(`Email tanpa SMTP_URL ditulis ke ${file}`)
    return { messageId: info.messageId, file }
  }
}

const consoleLogger: TransportLogger = { info: (message) => console.info(message) }

/**
 * With SMTP_URL a pooled SMTP connection (errors keep nodemailer's
 * `responseCode` and `code`, which the outbox uses to choose between retry
 * and failure); without it, .eml files in `<DATA_DIR>/email/`.
 */
export function createTransport({ env, logger = consoleLogger }: { env: TransportEnv; logger?: TransportLogger }): EmailTransport {
  const toMessage = (email: OutgoingEmail): nodemailer.SendMailOptions => {
    const routed = applyRecipientOverride({ email, overrideTo: env.emailOverrideTo })
    return {
      from: env.mailFrom,
      to: routed.to,
      subject: routed.subject,
      html: routed.html,
      text: routed.text,
      headers: routed.headers,
    }
  }
  if (!env.smtpUrl) {
    const write = createEmlWriter({ dir: emailDirectory(env.dataDir), logger })
    return { send: (email) => write(toMessage(email)), close: () => {} }
  }
  const smtp = nodemailer.createTransport(pooledSmtpUrl(env.smtpUrl))
  return {
    send: async (email) => {
      const info = await smtp.sendMail(toMessage(email))
      const rejected = (info.rejected ?? []).map((address) => (typeof address === 'string' ? address : address.address))
      return { messageId: info.messageId, ...(rejected.length > 0 ? { rejected } : {}) }
    },
    close: () => smtp.close(),
  }
}
