/**
 * Indonesian telephone numbers, normalised to E.164 (+62…) so that a number
 * typed "0812-3456-7890", "62 812 3456 7890" or "(0711) 350 000" is stored
 * once, in one shape, and a public site can turn it into a tel: or wa.me link.
 */

export type PhoneKind = 'seluler' | 'tetap' | 'darurat'

export type PhoneResult =
  | { isValid: true; value: string; kind: PhoneKind }
  | { isValid: false; reason: string }

export type NormalisePhoneOptions = {
  input: string
  /** Only mobile numbers (a WhatsApp contact). */
  isMobileOnly?: boolean
  /** Short service numbers such as 112, 110 or 1500-xxx (call centres only). */
  isShortAllowed?: boolean
}

/** Short numbers in the national plan: 11x emergency lines, 12x/13x services, 1500xxx call centres. */
const SHORT_NUMBER = /^(1\d{2}|1500\d{2,4}|1[0-9]{3})$/

const SEPARATORS = /[\s\-.()/]/g

/** National significant number: after +62 or the trunk 0. */
function nationalNumber(compact: string): string | undefined {
  if (compact.startsWith('+62')) return compact.slice(3).replace(/^0/, '')
  if (compact.startsWith('0062')) return compact.slice(4).replace(/^0/, '')
  if (compact.startsWith('62') && compact.length >= 10) return compact.slice(2).replace(/^0/, '')
  if (compact.startsWith('0')) return compact.slice(1)
  return undefined
}

export function normalisePhone({ input, isMobileOnly = false, isShortAllowed = false }: NormalisePhoneOptions): PhoneResult {
  const trimmed = input.trim()
  if (trimmed === '') return { isValid: false, reason: 'Nomor kosong.' }
  if (/[^\d\s\-.()/+]/.test(trimmed)) {
    return { isValid: false, reason: 'Nomor hanya boleh berisi angka, spasi, tanda hubung, titik, kurung dan + di depan.' }
  }
  const compact = trimmed.replace(SEPARATORS, '')
  if (compact.indexOf('+') > 0 || (compact.match(/\+/g)?.length ?? 0) > 1) {
    return { isValid: false, reason: 'Tanda + hanya boleh di awal nomor.' }
  }
  if (SHORT_NUMBER.test(compact)) {
    if (isShortAllowed && !isMobileOnly) return { isValid: true, value: compact, kind: 'darurat' }
    return { isValid: false, reason: 'Nomor pendek (mis. 112) hanya boleh untuk call center.' }
  }
  const national = nationalNumber(compact)
  if (national === undefined) {
    return { isValid: false, reason: 'Awali dengan 0 atau +62, mis. 0812 3456 7890 atau (0711) 350000.' }
  }
  if (compact.startsWith('+') && !compact.startsWith('+62')) {
    return { isValid: false, reason: 'Hanya nomor Indonesia (+62).' }
  }
  if (/^8\d{8,11}$/.test(national)) return { isValid: true, value: `+62${national}`, kind: 'seluler' }
  if (isMobileOnly) {
    return { isValid: false, reason: 'Nomor WhatsApp harus nomor seluler (08… atau +628…), 10 sampai 13 angka.' }
  }
  if (/^[2-79]\d{7,10}$/.test(national)) return { isValid: true, value: `+62${national}`, kind: 'tetap' }
  if (national.startsWith('8')) {
    return { isValid: false, reason: 'Nomor seluler harus 10 sampai 13 angka termasuk 08 di depan.' }
  }
  return { isValid: false, reason: 'Nomor telepon tidak dikenali: kode wilayah dan nomor harus 9 sampai 12 angka termasuk 0 di depan.' }
}
