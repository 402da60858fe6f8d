import type { CollectionConfig } from 'payload'

import { isReviewerOrAdmin } from '../src/access/isReviewerOrAdmin'
import { isDayString } from '../src/domain/calendar'
import { SLUGS } from '../src/slugs'

/**
 * National holidays and collective leave, as Diskominfo keeps them: they are
 * decreed each year, so menus updated "setiap hari kerja" are judged against
 * this list, never against a computed calendar.
 */
export const HariLibur: CollectionConfig = {
  slug: SLUGS.hariLibur,
  labels: { singular: 'Hari libur', plural: 'Kalender hari libur' },
  admin: {
    useAsTitle: 'tanggal',
    defaultColumns: ['tanggal', 'nama', 'jenis'],
    group: 'Kesegaran',
    description:
      'Libur nasional dan cuti bersama menurut SKB Tiga Menteri. Menu berkadensi "setiap hari kerja" tidak dihitung terlambat pada hari-hari ini. Perbarui setiap kali SKB baru atau perubahannya terbit.',
  },
  defaultSort: 'tanggal',
  access: {
    read: () => true,
    create: isReviewerOrAdmin,
    update: isReviewerOrAdmin,
    delete: isReviewerOrAdmin,
  },
  fields: [
    {
      name: 'tanggal',
      label: 'Tanggal',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Format TTTT-BB-HH, mis. 2026-03-20.' },
      validate: (value: unknown) =>
        typeof value === 'string' && isDayString(value.trim()) ? true : 'Tanggal harus berformat TTTT-BB-HH dan ada di kalender, mis. 2026-03-20.',
      hooks: {
        beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)],
      },
    },
    { name: 'nama', label: 'Nama hari libur', type: 'text', required: true },
    {
      name: 'jenis',
      label: 'Jenis',
      type: 'select',
      required: true,
      defaultValue: 'libur-nasional',
      options: [
        { label: 'Libur nasional', value: 'libur-nasional' },
        { label: 'Cuti bersama', value: 'cuti-bersama' },
      ],
    },
  ],
}
