import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { formatTanggal, parseCalendarDate, storedCalendarDate } from '../../src/domain/calendarDate'
import { hargaRingkasan, pasarLabel } from '../../src/domain/ringkasan'
import { checkHarga, HARGA_MAX } from '../../src/domain/dataRules'
import { PASAR_OPTIONS, SATUAN_OPTIONS } from '../../src/domain/pangan'
import { findById, findOtherRow } from '../../src/fields/findById'
import { isPlausibleId, tanggalDataField } from '../../src/fields/tanggalData'
import type { DuplicateCheck } from '../../src/fields/tanggalData'
import { hargaPanganImporter } from '../../src/import/menuImporters'
import { defineMenu } from '../../src/menus/declare'
import { SLUGS } from '../../src/slugs'
import { relationId } from '../../src/domain/relation'

const findKomoditas = ({ req, value }: { req: PayloadRequest; value: unknown }) => findById({ req, collection: SLUGS.komoditas, value })


/** Fills the unit from the commodity's default and writes the row's title. */
const fillFromKomoditas: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const komoditas = await findKomoditas({ req, value: merged.komoditas })
  if (!komoditas) return data
  if (!merged.satuan) data.satuan = komoditas.satuan
  const tanggal = parseCalendarDate(merged.tanggal)
  data.ringkasan = hargaRingkasan({ nama: komoditas.nama, pasar: merged.pasar, tanggal })
  return data
}

const findDuplicatePrice: DuplicateCheck = async ({ req, id, tanggal, siblingData }) => {
  const komoditas = relationId(siblingData.komoditas)
  const pasar = siblingData.pasar
  // An unknown market is refused by its own field; querying with it would fail on PostgreSQL's enum.
  const isKnownPasar = PASAR_OPTIONS.some((option) => option.value === pasar)
  if (komoditas === undefined || !isPlausibleId({ req, id: komoditas }) || !isKnownPasar) return undefined
  const existing = await findOtherRow({
    req,
    collection: SLUGS.hargaPangan,
    id,
    where: [
      { komoditas: { equals: komoditas } },
      { pasar: { equals: pasar } },
      { tanggal: { equals: storedCalendarDate(tanggal) } },
    ],
  })
  if (!existing) return undefined
  const nama = (await findKomoditas({ req, value: komoditas }))?.nama ?? 'komoditas ini'
  return `Harga ${nama} di ${pasarLabel(pasar)} untuk ${formatTanggal(tanggal)} sudah ada (id ${existing.id}). Ubah baris itu, jangan membuat baris baru.`
}

/**
 * Harga Bahan Pokok: one price per commodity, market and day, owned by the
 * trade office (DISDAG). The menu's freshness is the newest `tanggal`, the day
 * the price is for, not the day it was typed in.
 */
export const HargaPangan = defineMenu({
  slug: SLUGS.hargaPangan,
  registry: [{ kode: 'harga-pangan', judul: 'Harga Bahan Pokok', deskripsi: 'Harga eceran bahan pokok di pasar-pasar Kota Palembang, diperbarui setiap hari kerja.', pemilik: 'DISDAG', kadensi: 'WORKDAYS' }],
  clock: { kind: 'data-day', field: 'tanggal' },
  importer: hargaPanganImporter,
  labels: { singular: 'Harga bahan pokok', plural: 'Harga bahan pokok' },
  admin: {
    useAsTitle: 'ringkasan',
    defaultColumns: ['komoditas', 'pasar', 'tanggal', 'harga', 'satuan', '_status'],
    group: 'Data portal',
    description:
      'Harga harian bahan pokok di pasar-pasar Palembang (menu "Harga Bahan Pokok"). Satu baris untuk setiap komoditas, pasar dan tanggal. Untuk banyak baris sekaligus gunakan impor CSV.',
    listSearchableFields: ['ringkasan'],
  },
  defaultSort: '-tanggal',
  // (_status, tanggal) answers the sweep's "newest published date" and the public list by day
  // without depending on the planner's statistics.
  indexes: [{ fields: ['komoditas', 'pasar', 'tanggal'], unique: true }, { fields: ['_status', 'tanggal'] }],
  hooks: {
    beforeValidate: [fillFromKomoditas],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'komoditas',
          label: 'Komoditas',
          type: 'relationship',
          relationTo: SLUGS.komoditas,
          required: true,
          index: true,
          admin: { width: '50%', description: 'Pilih dari daftar komoditas. Komoditas baru ditambahkan oleh Diskominfo.' },
          validate: async (value: unknown, { req }: { req: PayloadRequest }) => {
            if (value === null || value === undefined || value === '') return 'Komoditas wajib dipilih.'
            if (await findKomoditas({ req, value })) return true
            return `Komoditas tidak dikenal (${String(relationId(value))}). Pilih salah satu dari daftar komoditas.`
          },
        },
        {
          name: 'pasar',
          label: 'Pasar',
          type: 'select',
          required: true,
          index: true,
          options: PASAR_OPTIONS,
          admin: { width: '50%', description: 'Pasar tempat harga dicatat.' },
          validate: (value: unknown) =>
            typeof value === 'string' && PASAR_OPTIONS.some((option) => option.value === value)
              ? true
              : 'Pasar wajib dipilih dari daftar pasar Palembang.',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'harga',
          label: 'Harga (Rp)',
          type: 'number',
          required: true,
          min: 1,
          max: HARGA_MAX,
          admin: { width: '50%', step: 50, description: 'Rupiah bulat per satuan, tanpa titik atau "Rp", mis. 14500.' },
          validate: (value: unknown) => checkHarga(value),
        },
        {
          name: 'satuan',
          label: 'Satuan',
          type: 'select',
          required: true,
          options: [...SATUAN_OPTIONS],
          admin: { width: '50%', description: 'Kosongkan untuk memakai satuan bawaan komoditas.' },
          validate: (value: unknown) =>
            typeof value === 'string' && SATUAN_OPTIONS.some((option) => option.value === value)
              ? true
              : 'Satuan wajib dipilih (mis. kg, liter, butir).',
        },
      ],
    },
    tanggalDataField({
      label: 'Tanggal harga',
      description:
        'Hari harga ini berlaku (WIB), bukan hari pengetikan. Tidak boleh di masa depan. Kesegaran menu dihitung dari tanggal terbaru.',
      findDuplicate: findDuplicatePrice,
    }),
    {
      name: 'ringkasan',
      label: 'Ringkasan',
      type: 'text',
      admin: { readOnly: true, hidden: true },
    },
  ],
})
