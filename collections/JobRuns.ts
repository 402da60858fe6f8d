import type { CollectionConfig } from 'payload'

import { isReviewerOrAdmin } from '../src/access/isReviewerOrAdmin'
import { systemWritten } from '../src/access/systemWritten'
import { JOB_RUN_STATUSES } from '../src/domain/jobRuns'
import type { JobRunStatus } from '../src/domain/jobRuns'
import { SLUGS } from '../src/slugs'

// Kept for the jobs that still import the type from here; it lives in src/domain/jobRuns.ts.

const STATUS_LABELS: Record<JobRunStatus, string> = { berjalan: 'Berjalan', selesai: 'Selesai', gagal: 'Gagal' }

/**
 * One row per scheduled job per slot, claimed under a unique key before the
 * job runs: every instance ticks, only the one whose insert wins does the work.
 */
export const JobRuns: CollectionConfig = {
  slug: SLUGS.jobRuns,
  labels: { singular: 'Riwayat tugas terjadwal', plural: 'Riwayat tugas terjadwal' },
  admin: {
    useAsTitle: 'kunci',
    defaultColumns: ['tugas', 'slot', 'status', 'mulai', 'selesai', 'pemilik'],
    group: 'Notifikasi',
    description:
      'Setiap putaran tugas terjadwal (pemeriksaan kesegaran, ringkasan harian, laporan mingguan, pengiriman email): kapan, oleh instans mana, hasil dan galatnya. Ditulis oleh sistem.',
  },
  defaultSort: '-mulai',
  access: systemWritten({ read: isReviewerOrAdmin }),
  fields: [
    {
      name: 'kunci',
      label: 'Kunci',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'tugas:slot. Unik: satu putaran per slot di semua instans.' },
    },
    { name: 'tugas', label: 'Tugas', type: 'text', required: true, index: true },
    {
      name: 'slot',
      label: 'Slot',
      type: 'text',
      required: true,
      admin: { description: 'Waktu terjadwal (WIB, ISO-8601).' },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      index: true,
      options: JOB_RUN_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
    },
    { name: 'mulai', label: 'Mulai', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'selesai', label: 'Selesai', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'pemilik',
      label: 'Instans',
      type: 'text',
      required: true,
      admin: { description: 'Nama host, PID dan penanda acak instans yang menjalankan.' },
    },
    {
      name: 'sewaSampai',
      label: 'Sewa sampai',
      type: 'date',
      required: true,
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Diperpanjang selama tugas berjalan; bila lewat, instans lain boleh mengambil alih.',
      },
    },
    { name: 'hitungan', label: 'Hitungan', type: 'json' },
    { name: 'galat', label: 'Galat', type: 'textarea' },
  ],
}
