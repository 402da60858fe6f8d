/** The kinds of service contact; a registry row of kontak layanan covers one of them. */
export const KONTAK_JENIS = [
  { label: 'Ambulans', value: 'ambulans' },
  { label: 'Mobil jenazah', value: 'mobil-jenazah' },
  { label: 'Pemadam kebakaran', value: 'pemadam-kebakaran' },
  { label: 'Call center', value: 'call-center' },
]
