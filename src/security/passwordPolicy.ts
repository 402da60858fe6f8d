import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import * as id from '@zxcvbn-ts/language-id'

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 256
/** zxcvbn's 0–4: 3 is "safely unguessable" against an online attack that is throttled, as logins here are. */
export const PASSWORD_MIN_SCORE = 3

let factory: ZxcvbnFactory | undefined

/** Built on first use: the dictionaries take a moment to index, and most processes never check a password. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: id.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary, segar: ['segar', 'palembang', 'diskominfo', 'pemkot', 'admin', 'sandi', 'katasandi'] },
  })
  return factory
}

/** Parts of the person's own details that a guesser would try first. */
function personalWords(inputs: readonly (string | null | undefined)[]): string[] {
  return inputs
    .filter((input): input is string => typeof input === 'string' && input.trim() !== '')
    .flatMap((input) => [input, ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u)])
    .filter((word) => word.length >= 3)
}

/**
 * Null when the password may be used, else an Indonesian sentence saying why
 * not and what to do instead. `personal`: email, name and the like, which make
 * a password weak when it contains them.
 */
export function passwordProblem({ password, personal = [] }: { password: unknown; personal?: readonly (string | null | undefined)[] }): string | null {
  if (typeof password !== 'string') return 'Kata sandi harus berupa teks.'
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Kata sandi terlalu pendek (${password.length} karakter); minimal ${PASSWORD_MIN_LENGTH} karakter. Gunakan beberapa kata acak yang mudah Anda ingat, mis. "kopi-jembatan-hujan-77".`
  }
  if (password.length > PASSWORD_MAX_LENGTH) return `Kata sandi paling panjang ${PASSWORD_MAX_LENGTH} karakter.`
  const result = estimator().check(password, personalWords(personal))
  if (result.score >= PASSWORD_MIN_SCORE) return null
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.$/, '')}.` : 'Kata sandi ini mudah ditebak.'
  const how = result.feedback.suggestions.length > 0 ? ` ${result.feedback.suggestions.join(' ')}` : ''
  return `Kata sandi terlalu lemah: ${why}${how} Gunakan beberapa kata acak yang tidak berhubungan dengan Anda, mis. "kopi-jembatan-hujan-77".`
}
