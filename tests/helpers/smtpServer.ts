import net from 'node:net'

import { simpleParser } from 'mailparser'
import type { ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedEmail = { envelopeFrom: string; envelopeTo: string[]; raw: Buffer; parsed: ParsedMail }

/** What the server answers: accept, or refuse at RCPT TO / after DATA with an SMTP reply code. */
export type SmtpBehaviour = { rcptCode?: number; dataCode?: number }

export type TestSmtpServer = {
  port: number
  url: string
  received: ReceivedEmail[]
  behaviour: SmtpBehaviour
  /** Resolves once `count` messages have arrived in total. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedEmail[]>
  close: () => Promise<void>
}

function smtpError(code: number): Error {
  const error = new Error(code >= 500 ? 'Kotak surat tidak ada (uji)' : 'Coba lagi nanti (uji)') as Error & { responseCode: number }
  error.responseCode = code
  return error
}

/** A real SMTP server on loopback, keeping every message it accepted. */
export async function startSmtpServer({ port = 0 }: { port?: number } = {}): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = []
  const behaviour: SmtpBehaviour = {}
  const waiters: (() => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (_address, _session, callback) => {
      callback(behaviour.rcptCode ? smtpError(behaviour.rcptCode) : undefined)
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (behaviour.dataCode) return callback(smtpError(behaviour.dataCode))
        const raw = Buffer.concat(chunks)
        simpleParser(raw)
          .then((parsed) => {
            received.push({
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              raw,
              parsed,
            })
            for (const wake of waiters.splice(0)) wake()
            callback()
          })
          .catch((error: Error) => callback(error))
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = (server as unknown as { server: net.Server }).server.address() as net.AddressInfo
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    behaviour,
    waitFor: async (count, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`menunggu ${count} email, baru ${received.length}`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 200)
        })
      }
      return received
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A loopback port nobody listens on (taken, then released). */
export async function closedPort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()))
  const { port } = probe.address() as net.AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}
