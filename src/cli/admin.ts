/**
 * npm run admin -- unlock --email ADMIN@EXAMPLE [--address 203.0.113.5] [--now ISO-8601]
 *
 * The way back in when logins are held back (src/security/loginThrottle.ts):
 * forgets every failed-login count of the account (and, with --address, of
 * that client address), so the next login with the right password passes.
 * Prints one line per thing it did; no progress output.
 */
import { openPayload } from '../bootstrap'
import { optionalNow, parseCommandLine, runCommand, UsageError } from './common'
import { closeDatabase } from '../database'
import { loadEnv } from '../env'
import { clearAccountThrottle, clearClientThrottle, normaliseEmail } from '../security/loginThrottle'
import { SLUGS } from '../slugs'

const USAGE = 'Pemakaian: npm run admin -- unlock --email ADMIN@EXAMPLE [--address 203.0.113.5] [--now 2026-12-01T08:00:00+07:00]'

function parseOptions(argv: string[]) {
  const { values, positionals } = parseCommandLine({
    argv,
    usage: USAGE,
    allowPositionals: true,
    options: { email: { type: 'string' }, address: { type: 'string' }, now: { type: 'string' } },
  })
  if (positionals[0] !== 'unlock' || positionals.length !== 1) throw new UsageError(`Perintah tidak dikenal: ${positionals.join(' ') || '(kosong)'}\n${USAGE}`)
  const email = normaliseEmail(values.email)
  if (!email) throw new UsageError(`--email wajib diisi.\n${USAGE}`)
  const now = optionalNow({ text: values.now, example: '2026-12-01T08:00:00+07:00' }) ?? new Date()
  return { email, address: values.address, now }
}

async function main(): Promise<number> {
  const { email, address, now } = parseOptions(process.argv.slice(2))
  const env = loadEnv()
  const { payload } = await openPayload({ env: { ...env, logLevel: 'warn' }, isSchemaPushed: env.isSchemaPushed })
  try {
    const accounts = await payload.count({ collection: SLUGS.users, where: { email: { equals: email } }, overrideAccess: true })
    const cleared = await clearAccountThrottle({ payload, secret: env.payloadSecret, email })
    console.log(`${now.toISOString()} akun ${email}${accounts.totalDocs === 0 ? ' (tidak ada akun dengan email ini)' : ''}: ${cleared} catatan percobaan masuk dihapus.`)
    if (address) {
      const clearedClient = await clearClientThrottle({ payload, secret: env.payloadSecret, address })
      console.log(`${now.toISOString()} alamat ${address}: ${clearedClient} catatan percobaan masuk dihapus.`)
    }
    payload.logger.warn({ email, address, pada: now.toISOString() }, 'Percobaan masuk dihapus lewat npm run admin -- unlock.')
    console.log(accounts.totalDocs === 0 ? 'Selesai.' : `Selesai: ${email} dapat masuk lagi dengan kata sandi yang benar.`)
    return 0
  } finally {
    await closeDatabase(payload)
  }
}

runCommand(main)
