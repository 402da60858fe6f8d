import { isAdmin } from '../../src/access/isAdmin'
import { isLoggedInField } from '../../src/access/isLoggedIn'
import { validateEmailList, validateOptionalEmail, validateOptionalWebUrl } from '../../src/fields/validators'
import { defineMenu } from '../../src/menus/declare'
import { SLUGS } from '../../src/slugs'

export const OPD_TYPES = [
  { label: 'Dinas', value: 'dinas' },
  { label: 'Badan', value: 'badan' },
  { label: 'Bagian (Sekretariat Daerah)', value: 'bagian' },
  { label: 'Kecamatan', value: 'kecamatan' },
  { label: 'Kelurahan', value: 'kelurahan' },
  { label: 'Lainnya', value: 'lainnya' },
]

/**
 * The city's offices (OPD). Also the public "Informasi Dinas Kota" directory,
 * so anonymous readers get the directory fields and never the internal
 * notification addresses.
 */
export const Opd = defineMenu({
  slug: SLUGS.opd,
  registry: [{ kode: 'opd', judul: 'Informasi Dinas Kota', deskripsi: 'Daftar perangkat daerah Kota Palembang: alamat, telepon dan situs.', pemilik: 'DISKOMINFO', kadensi: 'ANNUAL' }],
  clock: { kind: 'content' },
  editedBy: 'admin',
  links: { urlFields: ['situs'], titleField: 'nama', liveWhere: { aktif: { not_equals: false } } },
  labels: { singular: 'Perangkat Daerah (OPD)', plural: 'Perangkat Daerah (OPD)' },
  admin: {
    useAsTitle: 'nama',
    defaultColumns: ['nama', 'singkatan', 'jenis', 'aktif'],
    group: 'Organisasi',
    description: 'Dinas, badan, bagian dan kecamatan Kota Palembang. Juga tampil di portal sebagai "Informasi Dinas Kota".',
    listSearchableFields: ['nama', 'singkatan'],
  },
  defaultSort: 'nama',
  access: {
    read: () => true,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && typeof data.singkatan === 'string') data.singkatan = data.singkatan.trim().toUpperCase()
        if (data && Array.isArray(data.emailNotifikasi)) {
          data.emailNotifikasi = data.emailNotifikasi.map((email: unknown) =>
            typeof email === 'string' ? email.trim().toLowerCase() : email,
          )
        }
        return data
      },
    ],
  },
  fields: [
    {
      name: 'nama',
      label: 'Nama lengkap',
      type: 'text',
      required: true,
      admin: { description: 'Mis. Dinas Perdagangan Kota Palembang.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'singkatan',
          label: 'Singkatan',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          admin: { description: 'Kode unik, huruf besar. Mis. DISDAG.', width: '50%' },
        },
        {
          name: 'jenis',
          label: 'Jenis',
          type: 'select',
          required: true,
          options: OPD_TYPES,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'induk',
      label: 'Induk organisasi',
      type: 'relationship',
      relationTo: SLUGS.opd,
      admin: { description: 'Opsional. Mis. kelurahan berinduk ke kecamatannya.' },
    },
    {
      name: 'emailNotifikasi',
      label: 'Email notifikasi',
      type: 'text',
      hasMany: true,
      validate: validateEmailList,
      access: { read: isLoggedInField },
      admin: {
        description: 'Alamat yang menerima pengingat dan ringkasan harian Segar. Tidak tampil ke publik.',
      },
    },
    {
      name: 'emailPimpinan',
      label: 'Email pimpinan (kepala OPD)',
      type: 'email',
      validate: validateOptionalEmail,
      access: { read: isLoggedInField },
      admin: { description: 'Menerima eskalasi bila menu OPD ini sangat terlambat. Tidak tampil ke publik.' },
    },
    { name: 'alamat', label: 'Alamat kantor', type: 'textarea' },
    {
      type: 'row',
      fields: [
        { name: 'telepon', label: 'Telepon', type: 'text', admin: { width: '50%' } },
        {
          name: 'situs',
          label: 'Situs web',
          type: 'text',
          validate: validateOptionalWebUrl,
          admin: { width: '50%', description: 'Diawali https://' },
        },
      ],
    },
    {
      name: 'aktif',
      label: 'Aktif',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'OPD nonaktif tidak menerima notifikasi.' },
    },
  ],
})
