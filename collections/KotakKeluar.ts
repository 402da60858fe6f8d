import type { CollectionConfig } from 'payload'

import { isReviewerOrAdmin } from '../src/access/isReviewerOrAdmin'
import { systemWritten } from '../src/access/systemWritten'
import { SLUGS } from '../src/slugs'

// Kept for the email code that still imports the types from here; they live in src/domain/outbox.ts.

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * Every email Segar sends is stored here first and sent afterwards, so that a
 * mail server that is down loses nothing and a job that runs twice sends once.
 * Written only by the system through the Local API.
 */
export const KotakKeluar: CollectionConfig = {
  slug: SLUGS.kotakKeluar,
  labels: { singular: 'Kotak keluar', plural: 'Kotak keluar' },
  admin: {
    useAsTitle: 'subjek',
    defaultColumns: ['subjek', 'jenis', 'kepada', 'status', 'percobaan', 'terkirimPada'],
    group: 'Notifikasi',
    description:
      'Email yang disimpan sebelum dikirim. Antre: menunggu dikirim atau dicoba ulang. Gagal: ditolak server surat, lihat "Galat terakhir".',
  },
  defaultSort: '-createdAt',
  access: systemWritten({ read: isReviewerOrAdmin }),
  indexes: [{ fields: ['status', 'percobaanBerikut'] }],
  fields: [
    {
      name: 'kunci',
      label: 'Kunci',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Satu email per kunci, mis. ringkasan-harian:DISDAG:2026-11-28. Email dengan kunci yang sama tidak dibuat dua kali.' },
    },
    {
      name: 'jenis',
      label: 'Jenis',
      type: 'select',
      required: true,
      defaultValue: 'lainnya',
      options: [
        { label: 'Ringkasan harian', value: 'ringkasan-harian' },
        { label: 'Eskalasi', value: 'eskalasi' },
        { label: 'Laporan mingguan', value: 'laporan-mingguan' },
        { label: 'Lainnya', value: 'lainnya' },
      ],
    },
    { name: 'kepada', label: 'Kepada', type: 'text', hasMany: true, required: true },
    { name: 'subjek', label: 'Subjek', type: 'text', required: true },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'antre',
      index: true,
      options: [
        { label: 'Antre', value: 'antre' },
        { label: 'Terkirim', value: 'terkirim' },
        { label: 'Gagal', value: 'gagal' },
      ],
    },
    { name: 'percobaan', label: 'Jumlah percobaan', type: 'number', required: true, defaultValue: 0, min: 0, max: 1_000_000 },
    { name: 'percobaanBerikut', label: 'Percobaan berikutnya', type: 'date', index: true, admin: dayAndTime },
    { name: 'terkirimPada', label: 'Terkirim pada', type: 'date', admin: dayAndTime },
    { name: 'galatTerakhir', label: 'Galat terakhir', type: 'textarea' },
    { name: 'messageId', label: 'Message-ID', type: 'text' },
    { name: 'opd', label: 'OPD', type: 'relationship', relationTo: SLUGS.opd },
    {
      name: 'sedangDikirimSampai',
      label: 'Sedang dikirim sampai',
      type: 'date',
      admin: {
        ...dayAndTime,
        description: 'Sewa pengirim: selama belum lewat, pengirim lain tidak mengambil email ini. Bila pengirim mati, email dicoba lagi setelahnya.',
      },
    },
    { name: 'teks', label: 'Isi (teks biasa)', type: 'textarea', required: true },
    { name: 'html', label: 'Isi (HTML)', type: 'code', required: true, admin: { language: 'html' } },
  ],
}
