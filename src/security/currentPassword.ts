import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

// Payload 3.90's two stored formats: "pbkdf2-sha256-v1:" + 600,000 rounds to 32 bytes, or the older bare 25,000 rounds to 512 bytes.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

/** Whether `password` is the one behind a stored Payload hash and salt. */
export async function verifyStoredPassword({ password, hash, salt }: { password: string; hash: unknown; salt: unknown }): Promise<boolean> {
  if (typeof hash !== 'string' || typeof salt !== 'string' || hash === '') return false
  const isCurrent = hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(isCurrent ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const actual = await pbkdf2Async(password, salt, isCurrent ? 600_000 : 25_000, isCurrent ? 32 : 512, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
