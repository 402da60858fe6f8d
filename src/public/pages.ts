/**
 * The public pages as HTML strings: no client script, one small stylesheet,
 * readable on a cheap phone. Every value from the database is escaped. Pure.
 */
import { freshnessLabel } from '../domain/freshness'
import type { FreshnessStatus } from '../domain/freshness'
import { escapeHtml } from '../email/format'
import { PESAN_MAX } from '../freshness/citizenReports'
import type { HistoryPoint, PublicMenu } from './data'
import { kalimatPembaruan, statusLook, tanggalWib, teksLencana, waktuWib } from './words'

const SITE = 'Kesegaran informasi Portal Palembang'

function layout({ title, body, canonicalPath }: { title: string; body: string; canonicalPath: string }): string {
  return [
    '<!doctype html>',
    '<html lang="id">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="/publik.css">',
    '<link rel="alternate" type="application/atom+xml" title="Perubahan kesegaran" href="/kesegaran.atom">',
    '<link rel="alternate" type="application/atom+xml" title="Berita Portal Palembang" href="/berita.atom">',
    `<link rel="canonical" href="${escapeHtml(canonicalPath)}">`,
    '</head>',
    '<body>',
    body,
    '<footer><p>Langganan perubahan: <a href="/kesegaran.atom">umpan Atom kesegaran</a> · <a href="/berita.atom">umpan Atom berita</a> · data mentah: <a href="/api/kesegaran">/api/kesegaran</a></p></footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function statusChip(status: FreshnessStatus): string {
  const look = statusLook(status)
  return `<span class="status ${look.kelas}"><span aria-hidden="true">${escapeHtml(look.simbol)}</span> ${escapeHtml(freshnessLabel(status))}</span>`
}

const menuPath = (kode: string) => `/menu/${encodeURIComponent(kode)}`

function menuCard({ item, now }: { item: PublicMenu; now: Date }): string {
  const look = statusLook(item.status)
  const due = item.jatuhTempo ? `<p class="kecil">Jatuh tempo berikutnya: ${escapeHtml(tanggalWib(item.jatuhTempo))}</p>` : ''
  return [
    `<li class="kartu ${look.kelas}" data-menu="${escapeHtml(item.menu)}">`,
    `<h3><a href="${menuPath(item.menu)}">${escapeHtml(item.judul)}</a></h3>`,
    `<p>${statusChip(item.status)} <span class="pembaruan">${escapeHtml(kalimatPembaruan({ item, now }))}</span></p>`,
    item.deskripsi ? `<p>${escapeHtml(item.deskripsi)}</p>` : '',
    `<p class="kecil">Pengelola: ${escapeHtml(item.pemilik.nama)} (${escapeHtml(item.pemilik.singkatan)}) · diperbarui ${escapeHtml(item.kadensiLabel.toLowerCase())}</p>`,
    due,
    '</li>',
  ].join('')
}

function archivedCard({ item }: { item: PublicMenu }): string {
  return [
    `<li class="kartu netral arsip" data-menu="${escapeHtml(item.menu)}">`,
    `<h3><a href="${menuPath(item.menu)}">${escapeHtml(item.judul)}</a></h3>`,
    `<p>${statusChip(item.status)}</p>`,
    `<p>${escapeHtml(item.catatanArsip ?? 'Menu ini tidak lagi diperbarui.')}</p>`,
    `<p class="kecil">Pengelola: ${escapeHtml(item.pemilik.nama)} (${escapeHtml(item.pemilik.singkatan)})</p>`,
    '</li>',
  ].join('')
}

const SUMMARY_GROUPS: { kelas: string; label: string }[] = [
  { kelas: 'segar', label: 'segar' },
  { kelas: 'tempo', label: 'jatuh tempo' },
  { kelas: 'terlambat', label: 'terlambat atau bermasalah' },
  { kelas: 'netral', label: 'tidak dipantau atau dikecualikan' },
]

export function indexPage({ menus, now }: { menus: PublicMenu[]; now: Date }): string {
  const active = menus.filter((item) => item.status !== 'archived')
  const archived = menus.filter((item) => item.status === 'archived')
  const counts = SUMMARY_GROUPS.map((group) => ({ ...group, count: active.filter((item) => statusLook(item.status).kelas === group.kelas).length }))
  const body = [
    '<header>',
    `<h1>${SITE}</h1>`,
    `<p>Seberapa baru setiap menu di palembang.go.id, menurut catatan pengelolanya. Dihitung ${escapeHtml(waktuWib(now))}.</p>`,
    '</header>',
    '<main>',
    '<h2 id="ringkasan">Ringkasan</h2>',
    `<ul class="ringkasan" aria-labelledby="ringkasan">${counts.map((group) => `<li><span class="${group.kelas}">${group.count}</span> ${group.label}</li>`).join('')}</ul>`,
    '<p class="kecil">Tanda: ✓ segar · ! jatuh tempo · ✕ terlambat · ✕✕ sangat terlambat · ∅ kosong · ⚠ tautan rusak · ○ tidak dipantau · ◇ dikecualikan · ▣ diarsipkan.</p>',
    `<h2 id="menu-aktif">Menu aktif (${active.length})</h2>`,
    `<ul class="menu" aria-labelledby="menu-aktif">${active.map((item) => menuCard({ item, now })).join('')}</ul>`,
    archived.length > 0 ? `<h2 id="menu-arsip">Menu yang diarsipkan (${archived.length})</h2>` : '',
    archived.length > 0 ? `<ul class="menu" aria-labelledby="menu-arsip">${archived.map((item) => archivedCard({ item })).join('')}</ul>` : '',
    '</main>',
  ].join('\n')
  return layout({ title: SITE, body, canonicalPath: '/' })
}

/** Higher bar, worse status: the chart reads without colour. */
const LEVEL: Record<string, number> = { segar: 1, netral: 1, tempo: 2, terlambat: 3 }
const FILL: Record<string, string> = { segar: '#146c2e', netral: '#6b7280', tempo: '#8a4b00', terlambat: '#b00020' }

function historyChart({ history }: { history: HistoryPoint[] }): string {
  if (history.length === 0) return '<p>Belum ada riwayat pemeriksaan untuk menu ini.</p>'
  const barWidth = 12
  const width = history.length * barWidth + 4
  const bars = history
    .map((point, index) => {
      const look = statusLook(point.status)
      const height = (LEVEL[look.kelas] ?? 1) * 18
      return `<rect x="${2 + index * barWidth}" y="${60 - height}" width="${barWidth - 2}" height="${height}" fill="${FILL[look.kelas]}"><title>${escapeHtml(`${waktuWib(point.pada)}: ${freshnessLabel(point.status)}`)}</title></rect>`
    })
    .join('')
  const first = history[0]!
  const last = history[history.length - 1]!
  const label = `Riwayat status ${history.length} pemeriksaan terakhir, ${tanggalWib(first.pada)} sampai ${tanggalWib(last.pada)}: batang lebih tinggi berarti lebih terlambat.`
  const rows = [...history]
    .reverse()
    .slice(0, 10)
    .map((point) => `<tr><td>${escapeHtml(waktuWib(point.pada))}</td><td>${statusChip(point.status)}</td></tr>`)
    .join('')
  return [
    `<svg class="grafik" role="img" aria-label="${escapeHtml(label)}" width="${width}" height="62" viewBox="0 0 ${width} 62" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`,
    `<p class="kecil">${escapeHtml(label)}</p>`,
    `<table><caption class="kecil">Sepuluh pemeriksaan terakhir</caption><thead><tr><th scope="col">Waktu</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>`,
  ].join('\n')
}

export type FormState = {
  pesan: string
  kontak: string
  errors: { pesan?: string; kontak?: string; umum?: string }
}

export const EMPTY_FORM: FormState = { pesan: '', kontak: '', errors: {} }

function reportForm({ item, token, form }: { item: PublicMenu; token: string; form: FormState }): string {
  const errorList = Object.values(form.errors).filter(Boolean)
  const fieldError = (name: 'pesan' | 'kontak') => (form.errors[name] ? `<p class="galat" id="galat-${name}">${escapeHtml(form.errors[name])}</p>` : '')
  const invalid = (name: 'pesan' | 'kontak') => (form.errors[name] ? ` aria-invalid="true" aria-describedby="galat-${name} bantuan-${name}"` : ` aria-describedby="bantuan-${name}"`)
  return [
    `<form method="post" action="${menuPath(item.menu)}/laporan" novalidate aria-labelledby="judul-laporan">`,
    '<h2 id="judul-laporan">Laporkan informasi usang</h2>',
    `<p>Menemukan isi menu ${escapeHtml(item.judul)} yang sudah usang atau keliru? Beri tahu pengelolanya. Tanpa akun.</p>`,
    // With errors the summary takes the focus on load (no script needed), so a screen reader starts there.
    `<div role="alert" id="ringkasan-galat">${errorList.length > 0 ? `<div class="kotak-galat" tabindex="-1" autofocus><p class="galat">Laporan belum terkirim:</p><ul>${errorList.map((message) => `<li>${escapeHtml(message)}</li>`).join('')}</ul></div>` : ''}</div>`,
    `<input type="hidden" name="token" value="${escapeHtml(token)}">`,
    `<label for="pesan">Apa yang usang atau keliru? (wajib)</label>`,
    `<p class="kecil" id="bantuan-pesan">Paling banyak ${PESAN_MAX.toLocaleString('id-ID')} karakter.</p>`,
    fieldError('pesan'),
    `<textarea id="pesan" name="pesan" required maxlength="${PESAN_MAX}"${invalid('pesan')}>${escapeHtml(form.pesan)}</textarea>`,
    `<label for="kontak">Email atau nomor telepon (tidak wajib)</label>`,
    `<p class="kecil" id="bantuan-kontak">Hanya bila Anda bersedia dihubungi. Tidak pernah ditampilkan ke publik.</p>`,
    fieldError('kontak'),
    `<input type="text" id="kontak" name="kontak" autocomplete="email" maxlength="200" value="${escapeHtml(form.kontak)}"${invalid('kontak')}>`,
    // Bots fill every field; people never see this one.
    '<div class="perangkap" aria-hidden="true"><label for="situs">Situs web (kosongkan)</label><input type="text" id="situs" name="situs" tabindex="-1" autocomplete="off"></div>',
    '<button type="submit">Kirim laporan</button>',
    '</form>',
  ].join('\n')
}

export function menuPage({
  item,
  history,
  now,
  token,
  form = EMPTY_FORM,
  publicUrl,
}: {
  item: PublicMenu
  history: HistoryPoint[]
  now: Date
  token: string
  form?: FormState
  publicUrl: string
}): string {
  const problems = item.masalah.length > 0 ? `<h2>Yang ditemukan</h2><ul>${item.masalah.map((problem) => `<li>${escapeHtml(problem.pesan)}</li>`).join('')}</ul>` : ''
  const badgePath = `/api/kesegaran/${encodeURIComponent(item.menu)}/badge.svg`
  const scriptPath = `/api/kesegaran/${encodeURIComponent(item.menu)}/badge.js`
  const imgSnippet = `<img src="${publicUrl}${badgePath}" alt="Kesegaran ${item.judul}: ${teksLencana({ item, now })}" height="20">`
  const scriptSnippet = `<span id="kesegaran-${item.menu}"></span><script src="${publicUrl}${scriptPath}" data-target="kesegaran-${item.menu}" async></script>`
  const body = [
    '<header>',
    `<p><a href="/">← ${SITE}</a></p>`,
    `<h1>${escapeHtml(item.judul)}</h1>`,
    '</header>',
    '<main>',
    `<p>${statusChip(item.status)} <span class="pembaruan">${escapeHtml(kalimatPembaruan({ item, now }))}</span></p>`,
    item.status === 'archived' ? `<p class="kartu netral arsip">${escapeHtml(item.catatanArsip ?? 'Menu ini tidak lagi diperbarui.')}</p>` : '',
    item.deskripsi ? `<p>${escapeHtml(item.deskripsi)}</p>` : '',
    '<dl>',
    `<dt>Pengelola</dt><dd>${escapeHtml(item.pemilik.nama)} (${escapeHtml(item.pemilik.singkatan)})</dd>`,
    `<dt>Seharusnya diperbarui</dt><dd>${escapeHtml(item.kadensiLabel)}</dd>`,
    item.terakhirDiperbarui ? `<dt>Terakhir diperbarui</dt><dd>${escapeHtml(waktuWib(item.terakhirDiperbarui))}</dd>` : '',
    item.jatuhTempo ? `<dt>Jatuh tempo berikutnya</dt><dd>${escapeHtml(tanggalWib(item.jatuhTempo))}</dd>` : '',
    `<dt>Isi menu</dt><dd><a href="/api/${encodeURIComponent(item.koleksi)}?limit=10">/api/${escapeHtml(item.koleksi)}</a> (JSON)</dd>`,
    '</dl>',
    problems,
    '<h2>Riwayat status</h2>',
    historyChart({ history }),
    reportForm({ item, token, form }),
    '<h2>Pasang lencana di situs Anda</h2>',
    `<p><img src="${badgePath}" alt="Kesegaran ${escapeHtml(item.judul)}: ${escapeHtml(teksLencana({ item, now }))}" height="20"></p>`,
    '<p>Gambar:</p>',
    `<pre><code>${escapeHtml(imgSnippet)}</code></pre>`,
    '<p>Atau teks, lewat satu baris skrip:</p>',
    `<pre><code>${escapeHtml(scriptSnippet)}</code></pre>`,
    '</main>',
  ].join('\n')
  const hasErrors = Object.values(form.errors).some(Boolean)
  return layout({ title: `${hasErrors ? 'Galat: ' : ''}${item.judul} · ${SITE}`, body, canonicalPath: menuPath(item.menu) })
}

export function thanksPage({ item }: { item: PublicMenu }): string {
  const body = [
    '<header>',
    `<p><a href="/">← ${SITE}</a></p>`,
    '<h1>Terima kasih, laporan Anda sudah kami terima</h1>',
    '</header>',
    '<main>',
    '<div class="berhasil" role="status">',
    `<p>Laporan tentang menu <strong>${escapeHtml(item.judul)}</strong> diteruskan ke pengelolanya, ${escapeHtml(item.pemilik.nama)} (${escapeHtml(item.pemilik.singkatan)}).</p>`,
    '<p>Yang terjadi berikutnya: petugas OPD memeriksa isinya dan memperbaruinya bila memang usang. Sampai laporan ditandai ditangani, menu ini tercatat bermasalah di dasbor kesegaran Diskominfo. Bila Anda meninggalkan kontak, petugas dapat menghubungi Anda untuk keterangan lebih lanjut.</p>',
    '</div>',
    `<p><a href="${menuPath(item.menu)}">Kembali ke menu ${escapeHtml(item.judul)}</a></p>`,
    '</main>',
  ].join('\n')
  return layout({ title: `Laporan terkirim · ${SITE}`, body, canonicalPath: `${menuPath(item.menu)}/terima-kasih` })
}

export function notFoundPage({ kode }: { kode: string }): string {
  const body = [
    '<header>',
    `<p><a href="/">← ${SITE}</a></p>`,
    '<h1>Menu tidak ditemukan</h1>',
    '</header>',
    '<main>',
    `<p>Tidak ada menu dengan kode "${escapeHtml(kode)}". <a href="/">Lihat semua menu</a>.</p>`,
    '</main>',
  ].join('\n')
  return layout({ title: `Menu tidak ditemukan · ${SITE}`, body, canonicalPath: '/' })
}
