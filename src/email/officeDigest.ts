/** The daily email to one office: every menu of its own that needs attention, most urgent first. Pure. */
import { button, emailDocument, escapeHtml, formatAngka, formatTanggalEmail, joinLines, paragraph, safeHref, sejakText, STYLE } from './format'
import type { EmailPart } from './format'

export type DigestItem = {
  /** The menu's code, e.g. `harga-pangan`. */
  menu: string
  judul: string
  status: string
  label: string
  /** Since when the problem exists (ISO instant or YYYY-MM-DD). */
  sejak: string | null
  masalah: { kode: string; pesan: string }[]
  isDueTomorrow: boolean
  /** Where in the admin the office fixes it. */
  fixUrl: string
  /** The signed one-click "Masih benar" link, when the menu can be confirmed instead of changed. */
  verifyUrl?: string
  laporanTerbuka: number
}

export type DigestOffice = { nama: string; singkatan: string }

export type OfficeDigestArgs = {
  office: DigestOffice
  items: DigestItem[]
  publicUrl: string
  now: Date
}

export type DigestGroupCode = 'sangat-terlambat' | 'terlambat' | 'kosong-rusak' | 'jatuh-tempo' | 'besok' | 'laporan-warga' | 'lainnya'

type DigestGroup = { kode: DigestGroupCode; judul: string; keterangan: string; warna: string }

/** Most urgent first; the heading's words carry the meaning, the colour only repeats it. */
export const DIGEST_GROUPS: readonly DigestGroup[] = [
  { kode: 'sangat-terlambat', judul: 'Sangat terlambat', keterangan: 'Sudah jauh melewati jadwal pembaruan.', warna: '#991b1b' },
  { kode: 'terlambat', judul: 'Terlambat', keterangan: 'Sudah melewati jadwal pembaruan.', warna: '#c2410c' },
  { kode: 'kosong-rusak', judul: 'Kosong atau tautan rusak', keterangan: 'Warga tidak menemukan isinya.', warna: '#9d174d' },
  { kode: 'jatuh-tempo', judul: 'Jatuh tempo', keterangan: 'Waktunya diperbarui sekarang.', warna: '#a16207' },
  { kode: 'besok', judul: 'Jatuh tempo besok', keterangan: 'Pengingat sehari sebelumnya.', warna: '#1d4ed8' },
  { kode: 'laporan-warga', judul: 'Laporan warga', keterangan: 'Warga melaporkan isi yang mungkin sudah usang.', warna: '#6b21a8' },
  { kode: 'lainnya', judul: 'Perlu diperiksa', keterangan: 'Hal lain yang perlu dilihat.', warna: '#374151' },
]

export function digestGroupOf(item: Pick<DigestItem, 'status' | 'isDueTomorrow' | 'laporanTerbuka'>): DigestGroupCode {
  switch (item.status) {
    case 'delinquent':
      return 'sangat-terlambat'
    case 'overdue':
      return 'terlambat'
    case 'empty':
    case 'broken':
      return 'kosong-rusak'
    case 'due':
      return 'jatuh-tempo'
  }
  if (item.isDueTomorrow) return 'besok'
  if (item.laporanTerbuka > 0) return 'laporan-warga'
  return 'lainnya'
}

export function groupDigestItems(items: DigestItem[]): { group: DigestGroup; items: DigestItem[] }[] {
  return DIGEST_GROUPS.map((group) => ({ group, items: items.filter((item) => digestGroupOf(item) === group.kode) })).filter(
    (entry) => entry.items.length > 0,
  )
}

function subjectOf({ office, items, now }: Omit<OfficeDigestArgs, 'publicUrl'>): string {
  const count = items.length
  const worst = items.filter((item) => item.status === 'delinquent').length
  const onlyTomorrow = items.every((item) => digestGroupOf(item) === 'besok')
  const what = onlyTomorrow ? `${formatAngka(count)} menu jatuh tempo besok` : `${formatAngka(count)} menu perlu perhatian`
  const urgent = worst > 0 ? ` (${formatAngka(worst)} sangat terlambat)` : ''
  return `[Segar] ${office.singkatan}: ${what}${urgent} - ${formatTanggalEmail(now)}`
}

function whenText({ item, now }: { item: DigestItem; now: Date }): string {
  const group = digestGroupOf(item)
  if (group === 'besok') return 'Jatuh tempo besok'
  const since = sejakText({ sejak: item.sejak, now })
  // The status of a menu listed only for its reports is fine; the report is the news.
  const what = group === 'laporan-warga' ? 'Laporan warga terbuka' : item.label
  return since ? `${what}, ${since}` : what
}

function itemHtml({ item, group, now }: { item: DigestItem; group: DigestGroup; now: Date }): string {
  const problems = item.masalah.length
    ? `<ul style="${STYLE.text}margin:4px 0 8px 0;padding-left:20px;">${item.masalah
        .map((problem) => `<li style="margin:0 0 2px 0;">${escapeHtml(problem.pesan)}</li>`)
        .join('')}</ul>`
    : ''
  const reports =
    item.laporanTerbuka > 0 && !item.masalah.some((problem) => problem.kode === 'laporan-warga')
      ? paragraph(`${formatAngka(item.laporanTerbuka)} laporan warga belum ditangani.`, STYLE.small)
      : ''
  const verify = item.verifyUrl
    ? `<td style="padding:0 0 0 8px;">${button({ href: item.verifyUrl, label: 'Masih benar', color: '#166534' })}</td>`
    : ''
  const verifyNote = item.verifyUrl
    ? paragraph(
        'Bila isinya memang belum berubah, cukup klik <strong>Masih benar</strong>: satu klik, tanpa masuk, berlaku 14 hari.',
        STYLE.small,
      )
    : ''
  return [
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 14px 0;border-left:4px solid ${group.warna};">`,
    `<tr><td style="padding:4px 0 4px 12px;">`,
    `<p style="${STYLE.text}margin:0;font-weight:bold;">${escapeHtml(item.judul)} <span style="${STYLE.small}font-weight:normal;">(${escapeHtml(item.menu)})</span></p>`,
    `<p style="${STYLE.small}margin:0 0 4px 0;">${escapeHtml(whenText({ item, now }))}</p>`,
    problems,
    reports,
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:4px 0 6px 0;"><tr>`,
    `<td>${button({ href: item.fixUrl, label: 'Perbarui sekarang' })}</td>${verify}`,
    `</tr></table>`,
    verifyNote,
    `</td></tr></table>`,
  ].join('')
}

function itemText({ item, now }: { item: DigestItem; now: Date }): string {
  return joinLines([
    `* ${item.judul} (${item.menu})`,
    `  ${whenText({ item, now })}`,
    ...item.masalah.map((problem) => `  - ${problem.pesan}`),
    item.laporanTerbuka > 0 && !item.masalah.some((problem) => problem.kode === 'laporan-warga')
      ? `  - ${formatAngka(item.laporanTerbuka)} laporan warga belum ditangani.`
      : null,
    `  Perbarui: ${item.fixUrl}`,
    item.verifyUrl ? `  Masih benar (satu klik, tanpa masuk): ${item.verifyUrl}` : null,
  ])
}

export function renderOfficeDigest({ office, items, publicUrl, now }: OfficeDigestArgs): EmailPart {
  const subject = subjectOf({ office, items, now })
  const groups = groupDigestItems(items)
  const tanggal = formatTanggalEmail(now)
  const adminUrl = `${publicUrl.replace(/\/+$/, '')}/admin`
  const intro = `Per ${tanggal}, ${formatAngka(items.length)} menu milik ${office.nama} (${office.singkatan}) di portal Kota Palembang perlu perhatian. Warga melihat tanggal pembaruan setiap menu, jadi isi yang usang terlihat oleh mereka. Mohon ditindaklanjuti, dimulai dari kelompok paling atas.`
  const footerText =
    'Email ini dikirim otomatis oleh Segar, paling banyak sekali sehari dan hanya bila ada yang perlu ditindaklanjuti. Masalah yang sama tidak diulang setiap hari kecuali keadaannya memburuk.'

  const body = [
    paragraph(`Yth. pengelola konten ${escapeHtml(office.nama)},`),
    paragraph(escapeHtml(intro)),
    ...groups.map(
      ({ group, items: groupItems }) =>
        `<h2 style="${STYLE.heading}color:${group.warna};margin:18px 0 2px 0;">${escapeHtml(group.judul)} (${formatAngka(groupItems.length)})</h2>` +
        `<p style="${STYLE.small}margin:0 0 10px 0;">${escapeHtml(group.keterangan)}</p>` +
        groupItems.map((item) => itemHtml({ item, group, now })).join(''),
    ),
    paragraph(`Semua menu ${escapeHtml(office.singkatan)} dapat dilihat di <a href="${safeHref(adminUrl)}" style="color:#1d4ed8;">${escapeHtml(adminUrl)}</a>.`),
    paragraph('Terima kasih.<br>Segar, Diskominfo Kota Palembang'),
  ].join('\n')

  const text = joinLines([
    `Yth. pengelola konten ${office.nama},`,
    '',
    intro,
    '',
    ...groups.flatMap(({ group, items: groupItems }) => [
      `== ${group.judul.toUpperCase()} (${formatAngka(groupItems.length)}) ==`,
      group.keterangan,
      '',
      ...groupItems.flatMap((item) => [itemText({ item, now }), '']),
    ]),
    `Semua menu ${office.singkatan}: ${adminUrl}`,
    '',
    'Terima kasih.',
    'Segar, Diskominfo Kota Palembang',
    '',
    '--',
    footerText,
  ])

  const html = emailDocument({
    title: subject,
    preheader: `${formatAngka(items.length)} menu ${office.singkatan} perlu perhatian per ${tanggal}.`,
    body,
    footer: escapeHtml(footerText),
  })
  return { subject, html, text }
}
