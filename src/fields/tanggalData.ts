import type { DateField, PayloadRequest } from 'payload'

import { parseCalendarDate, storedCalendarDate } from '../domain/calendarDate'
import { checkTanggalData } from '../domain/dataRules'
import { contextNow } from '../request/now'

export type DuplicateCheck = (args: {
  req: PayloadRequest
  id?: string | number
  tanggal: string
  siblingData: Record<string, unknown>
}) => Promise<string | undefined>

/**
 * The date a data row is about (not when it was typed in): a calendar date in
 * Asia/Jakarta, never after today, stored as that day at 00:00Z. The optional
 * duplicate check refuses a second row for the same natural key.
 */
export function tanggalDataField({
  label,
  description,
  findDuplicate,
}: {
  label: string
  description: string
  findDuplicate?: DuplicateCheck
}): DateField {
  return {
    name: 'tanggal',
    label,
    type: 'date',
    required: true,
    index: true,
    admin: {
      date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
      description,
    },
    hooks: {
      beforeValidate: [
        ({ value }) => {
          const date = parseCalendarDate(value)
          return date ? storedCalendarDate(date) : value
        },
      ],
    },
    validate: async (
      value: unknown,
      { req, id, siblingData }: { req: PayloadRequest; id?: string | number; siblingData: Record<string, unknown> },
    ) => {
      const result = checkTanggalData({ value, now: contextNow({ req }) })
      if (result !== true) return result
      if (!findDuplicate || req.context?.isDuplicateCheckDone === true) return true
      const message = await findDuplicate({ req, id, tanggal: parseCalendarDate(value)!, siblingData })
      return message ?? true
    },
  }
}

/** Whether a value can be an id on this database, so that a query with it cannot fail. */
export function isPlausibleId({ req, id }: { req: PayloadRequest; id: unknown }): boolean {
  if (req.payload.db.defaultIDType === 'number') {
    return (typeof id === 'number' && Number.isInteger(id)) || (typeof id === 'string' && /^\d{1,15}$/.test(id))
  }
  return typeof id === 'string' && /^[0-9a-fA-F-]{6,64}$/.test(id)
}
