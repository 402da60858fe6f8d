import type { TextField } from 'payload'

import { normalisePhone } from '../domain/phone'

type PhoneFieldOptions = {
  name: string
  label: string
  description: string
  isRequired?: boolean
  isMobileOnly?: boolean
  /** Whether a short number (112) is allowed, decided from the other fields of the document. */
  isShortAllowed?: (siblingData: Record<string, unknown>) => boolean
}

/**
 * A telephone number stored as +62…. A valid number is rewritten into that
 * shape before validation; an invalid one stays as typed so the editor sees
 * what was wrong with it.
 */
export function phoneField({ name, label, description, isRequired = false, isMobileOnly = false, isShortAllowed }: PhoneFieldOptions): TextField {
  const check = (value: string, siblingData: Record<string, unknown> | undefined) =>
    normalisePhone({ input: value, isMobileOnly, isShortAllowed: isShortAllowed?.(siblingData ?? {}) ?? false })
  return {
    name,
    label,
    type: 'text',
    required: isRequired,
    admin: { description },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value !== 'string') return value
          if (value.trim() === '') return isRequired ? value : null
          const result = check(value, siblingData)
          return result.isValid ? result.value : value
        },
      ],
    },
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
      if (value === null || value === undefined || value === '') return isRequired ? `${label} wajib diisi.` : true
      if (typeof value !== 'string') return `${label} harus berupa teks nomor telepon.`
      const result = check(value, siblingData)
      return result.isValid ? true : `${label} tidak sah: ${result.reason}`
    },
  }
}
