import type { CollectionBeforeValidateHook, NumberField, PayloadRequest } from 'payload'

import { formatTanggal, parseCalendarDate, storedCalendarDate } from '../../src/domain/calendarDate'
import { covidRingkasan, KOTA_PALEMBANG } from '../../src/domain/ringkasan'
import { checkCovidTotals, checkJumlah, JUMLAH_MAX } from '../../src/domain/dataRules'
import { findById, findOtherRow } from '../../src/fields/findById'
import { isPlausibleId, tanggalDataField } from '../../src/fields/tanggalData'
import type { DuplicateCheck } from '../../src/fields/tanggalData'
import { statistikCovidImporter } from '../../src/import/menuImporters'
import { defineMenu } from '../../src/menus/declare'
import { SLUGS } from '../../src/slugs'
import { relationId } from '../../src/domain/relation'

export { KOTA_PALEMBANG }

const findKecamatan = ({ req, value }: { req: PayloadRequest; value: unknown }) => findById({ req, collection: SLUGS.opd, value })

const hasWilayah = (value: unknown) => value !== null && value !== undefined && value !== ''

/** Writes the derived scope and title, so the public can ask for city rows without knowing about empty relations. */
const deriveCakupan: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  if (data.wilayah === '') data.wilayah = null
  const isCity = !hasWilayah(merged.wilayah)
  data.cakupan = isCity ? 'kota' : 'kecamatan'
  const namaWilayah = isCity ? KOTA_PALEMBANG : ((await findKecamatan({ req, value: merged.wilayah }))?.nama ?? '')
  const tanggal = parseCalendarDate(merged.tanggal)
  data.ringkasan = covidRingkasan({ namaWilayah, tanggal })
  return data
}

const findDuplicateDay: DuplicateCheck = async ({ req, id, tanggal, siblingData }) => {
  const wilayah = hasWilayah(siblingData.wilayah) ? relationId(siblingData.wilayah) : undefined
  if (wilayah !== undefined && !isPlausibleId({ req, id: wilayah })) return undefined
  const existing = await findOtherRow({
    req,
    collection: SLUGS.statistikCovid,
    id,
    where: [
      { tanggal: { equals: storedCalendarDate(tanggal) } },
      wilayah === undefined ? { wilayah: { exists: false } } : { wilayah: { equals: wilayah } },
    ],
  })
  if (!existing) return undefined
  const nama = wilayah === undefined ? KOTA_PALEMBANG : ((await findKecamatan({ req, value: wilayah }))?.nama ?? 'wilayah ini')
  return `Data ${nama} untuk ${formatTanggal(tanggal)} sudah ada (id ${existing.id}). Ubah baris itu, jangan membuat baris baru.`
}

function jumlahField({ name, label, description }: { name: string; label: string; description: string }): NumberField {
  return {
    name,
    label,
    type: 'number',
    required: true,
    min: 0,
    max: JUMLAH_MAX,
    defaultValue: 0,
    admin: { description, step: 1, width: '33%' },
    validate: (value: unknown) => checkJumlah({ value, label }),
  }
}

/**
 * Palembang Tanggap COVID-19: one row of counts per day for the whole city or
 * for one kecamatan, owned by the health office (DINKES). Kept as an archive
 * since the emergency ended; the registry marks the menu archived.
 */
export const StatistikCovid = defineMenu({
  slug: SLUGS.statistikCovid,
  registry: [{ kode: 'statistik-covid', judul: 'Palembang Tanggap COVID-19', deskripsi: 'Jumlah kasus COVID-19 di Kota Palembang dan per kecamatan, per tanggal.', pemilik: 'DINKES', kadensi: 'DAILY' }],
  clock: { kind: 'data-day', field: 'tanggal' },
  importer: statistikCovidImporter,
  labels: { singular: 'Statistik COVID-19', plural: 'Statistik COVID-19' },
  admin: {
    useAsTitle: 'ringkasan',
    defaultColumns: ['tanggal', 'wilayah', 'terkonfirmasi', 'dirawat', 'sembuh', 'meninggal', '_status'],
    group: 'Data portal',
    description:
      'Data harian COVID-19 Kota Palembang (menu "Palembang Tanggap COVID-19"): satu baris per tanggal untuk seluruh kota atau per kecamatan.',
    listSearchableFields: ['ringkasan'],
  },
  defaultSort: '-tanggal',
  indexes: [{ fields: ['tanggal', 'wilayah'] }, { fields: ['_status', 'tanggal'] }],
  hooks: {
    beforeValidate: [deriveCakupan],
  },
  fields: [
    {
      type: 'row',
      fields: [
        tanggalDataField({
          label: 'Tanggal data',
          description: 'Hari yang dilaporkan (WIB), bukan hari pengetikan. Tidak boleh di masa depan.',
          findDuplicate: findDuplicateDay,
        }),
        {
          name: 'wilayah',
          label: 'Wilayah',
          type: 'relationship',
          relationTo: SLUGS.opd,
          filterOptions: { jenis: { equals: 'kecamatan' } },
          admin: {
            description:
              'Kosongkan untuk angka seluruh Kota Palembang. Pilih satu kecamatan untuk angka kecamatan itu saja. Kecamatan diambil dari daftar OPD berjenis kecamatan, sehingga nama dan kode wilayah sama di seluruh portal.',
          },
          validate: async (value: unknown, { req }: { req: PayloadRequest }) => {
            if (!hasWilayah(value)) return true
            const office = await findKecamatan({ req, value })
            if (!office) return `Wilayah tidak dikenal (${String(relationId(value))}). Pilih salah satu kecamatan, atau kosongkan untuk Kota Palembang.`
            if (office.jenis !== 'kecamatan') return `${office.nama} bukan kecamatan. Pilih kecamatan, atau kosongkan untuk Kota Palembang.`
            return true
          },
        },
      ],
    },
    {
      name: 'cakupan',
      label: 'Cakupan',
      type: 'select',
      index: true,
      options: [
        { label: 'Kota Palembang', value: 'kota' },
        { label: 'Kecamatan', value: 'kecamatan' },
      ],
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Diisi otomatis dari wilayah. Portal dapat meminta angka kota dengan cakupan = kota.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          ...jumlahField({ name: 'terkonfirmasi', label: 'Terkonfirmasi', description: 'Total kasus positif sampai tanggal ini.' }),
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            const own = checkJumlah({ value, label: 'Terkonfirmasi' })
            if (own !== true) return own
            return checkCovidTotals({
              terkonfirmasi: value,
              dirawat: siblingData.dirawat,
              sembuh: siblingData.sembuh,
              meninggal: siblingData.meninggal,
            })
          },
        },
        jumlahField({ name: 'dirawat', label: 'Dirawat', description: 'Kasus aktif yang masih dirawat atau isolasi.' }),
        jumlahField({ name: 'sembuh', label: 'Sembuh', description: 'Total sembuh sampai tanggal ini.' }),
      ],
    },
    {
      type: 'row',
      fields: [
        jumlahField({ name: 'meninggal', label: 'Meninggal', description: 'Total meninggal sampai tanggal ini.' }),
        jumlahField({
          name: 'odp',
          label: 'ODP',
          description: 'Orang dalam pemantauan. Istilah sebelum Juli 2020; isi 0 bila tidak lagi dicatat.',
        }),
        jumlahField({
          name: 'pdp',
          label: 'PDP',
          description: 'Pasien dalam pengawasan. Istilah sebelum Juli 2020; isi 0 bila tidak lagi dicatat.',
        }),
      ],
    },
    {
      name: 'ringkasan',
      label: 'Ringkasan',
      type: 'text',
      admin: { readOnly: true, hidden: true },
    },
  ],
})
