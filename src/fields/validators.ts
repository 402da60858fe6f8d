const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: string): boolean {
  return EMAIL.test(value)
}

/** Only http and https: a `javascript:` or `ftp:` address must never reach a citizen's browser. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}

export function validateEmailList(value: unknown): true | string {
  if (value === null || value === undefined) return true
  const list = Array.isArray(value) ? value : [value]
  const bad = list.filter((item) => typeof item !== 'string' || !isEmail(item.trim()))
  if (bad.length > 0) return `Alamat email tidak sah: ${bad.join(', ')}`
  return true
}

export function validateOptionalEmail(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && isEmail(value.trim()) ? true : `Alamat email tidak sah: ${String(value)}`
}

export function validateOptionalWebUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && isWebUrl(value.trim())
    ? true
    : 'Alamat harus diawali http:// atau https:// (mis. https://palembang.go.id)'
}

export function validateRequiredWebUrl(value: unknown): true | string {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return 'Alamat wajib diisi.'
  return validateOptionalWebUrl(value)
}

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

export function isFilled(value: unknown): boolean {
  return !isBlank(value)
}
