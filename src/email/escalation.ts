/** To the head of an office and to Diskominfo: menus that are delinquent despite the daily reminders. Pure. */
import { emailDocument, escapeHtml, formatAngka, formatTanggalEmail, joinLines, paragraph, safeHref, sejakText, STYLE } from './format'
import type { EmailPart } from './format'
import type { DigestItem, DigestOffice } from './officeDigest'

export type EscalationArgs = {
  office: DigestOffice
  items: DigestItem[]
  publicUrl: string
  now: Date
}

function problemsOf(item: DigestItem): string {
  return item.masalah.map((problem) => problem.pesan).join(' ')
}

export function renderEscalation({ office, items, publicUrl, now }: EscalationArgs): EmailPart {
  const count = formatAngka(items.length)
  const tanggal = formatTanggalEmail(now)
  const subject = `[Segar] Eskalasi: ${count} menu ${office.nama} (${office.singkatan}) sangat terlambat diperbarui`
  const opening = `Per ${tanggal}, ${count} menu milik ${office.nama} (${office.singkatan}) di portal Kota Palembang sudah sangat terlambat diperbarui, meskipun pengelola kontennya telah menerima pengingat harian.`
  const impact =
    'Selama belum diperbarui, warga melihat menu ini dengan keterangan bahwa isinya tidak lagi diperbarui, dan angka atau informasi yang usang dapat menyesatkan.'
  const request =
    'Mohon Bapak/Ibu menugaskan pengelola konten untuk memperbarui menu berikut, atau mengonfirmasi bahwa isinya masih benar, selambat-lambatnya dalam 3 hari kerja.'
  const adminUrl = `${publicUrl.replace(/\/+$/, '')}/admin`
  const footerText =
    'Email eskalasi ini dikirim otomatis oleh Segar kepada pimpinan OPD dan Diskominfo Kota Palembang ketika menu melewati batas "sangat terlambat".'

  const rows = items
    .map(
      (item) =>
        `<tr>` +
        `<td style="${STYLE.cell}"><strong>${escapeHtml(item.judul)}</strong><br><span style="${STYLE.small}">${escapeHtml(item.menu)}</span></td>` +
        `<td style="${STYLE.cell}">${escapeHtml(sejakText({ sejak: item.sejak, now }) || item.label)}<br><span style="${STYLE.small}">${escapeHtml(problemsOf(item))}</span></td>` +
        `<td style="${STYLE.cell}"><a href="${safeHref(item.fixUrl)}" style="color:#1d4ed8;font-weight:bold;">Buka menu</a></td>` +
        `</tr>`,
    )
    .join('')
  const table =
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:4px 0 16px 0;">` +
    `<tr><th style="${STYLE.headCell}">Menu</th><th style="${STYLE.headCell}">Tidak diperbarui</th><th style="${STYLE.headCell}">Tindakan</th></tr>` +
    rows +
    `</table>`

  const body = [
    paragraph(`Yth. Kepala ${escapeHtml(office.nama)},`),
    `<p style="${STYLE.text}margin:0 0 12px 0;padding:10px 12px;border:2px solid #991b1b;"><strong>Perlu tindakan pimpinan:</strong> ${escapeHtml(opening)}</p>`,
    paragraph(escapeHtml(impact)),
    table,
    paragraph(escapeHtml(request)),
    paragraph(`Daftar lengkap menu ${escapeHtml(office.singkatan)}: <a href="${safeHref(adminUrl)}" style="color:#1d4ed8;">${escapeHtml(adminUrl)}</a>`),
    paragraph('Hormat kami,<br>Segar, Diskominfo Kota Palembang'),
    paragraph('Tembusan: Diskominfo Kota Palembang, selaku pengelola portal.', STYLE.small),
  ].join('\n')

  const text = joinLines([
    `Yth. Kepala ${office.nama},`,
    '',
    `PERLU TINDAKAN PIMPINAN: ${opening}`,
    '',
    impact,
    '',
    ...items.flatMap((item) => [
      `* ${item.judul} (${item.menu})`,
      `  Tidak diperbarui ${sejakText({ sejak: item.sejak, now }) || item.label}`,
      ...item.masalah.map((problem) => `  - ${problem.pesan}`),
      `  Buka menu: ${item.fixUrl}`,
      '',
    ]),
    request,
    '',
    `Daftar lengkap menu ${office.singkatan}: ${adminUrl}`,
    '',
    'Hormat kami,',
    'Segar, Diskominfo Kota Palembang',
    '',
    'Tembusan: Diskominfo Kota Palembang, selaku pengelola portal.',
    '',
    '--',
    footerText,
  ])

  const html = emailDocument({
    title: subject,
    preheader: `${count} menu ${office.singkatan} sangat terlambat diperbarui.`,
    body,
    footer: escapeHtml(footerText),
  })
  return { subject, html, text }
}
