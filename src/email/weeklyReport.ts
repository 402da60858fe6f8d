/** Diskominfo's weekly view of the whole portal: per office, the worst menus, and the trend. Pure. */
import {
  emailDocument,
  escapeHtml,
  formatAngka,
  formatPersen,
  formatTanggalEmail,
  formatTanggalPendek,
  joinLines,
  paragraph,
  safeHref,
  STYLE,
} from './format'
import type { EmailPart } from './format'

export type WeeklyOfficeRow = {
  nama: string
  singkatan: string
  segar: number
  terlambat: number
  sangatTerlambat: number
  persenSegar: number
  /** Median days from a reminder to the fix; null when nothing was fixed in the period. */
  medianHariPerbaikan: number | null
}

export type WeeklyWorstMenu = {
  menu: string
  judul: string
  /** The owner office's short name. */
  pemilik: string
  status: string
  label: string
  umurHari: number | null
}

export type WeeklyTrendPoint = { tanggal: string; persenSegar: number }

export type WeeklyReportArgs = {
  /** The week's first day, YYYY-MM-DD. */
  weekOf: string
  offices: WeeklyOfficeRow[]
  worst: WeeklyWorstMenu[]
  trend: WeeklyTrendPoint[]
  change: { persenSegarSekarang: number; persenSegarMingguLalu: number | null }
  publicUrl: string
  now: Date
}

function changeText({ persenSegarSekarang, persenSegarMingguLalu }: WeeklyReportArgs['change']): string {
  if (persenSegarMingguLalu === null || !Number.isFinite(persenSegarMingguLalu)) return 'belum ada angka pekan lalu'
  const delta = Math.round((persenSegarSekarang - persenSegarMingguLalu) * 10) / 10
  const before = formatPersen(persenSegarMingguLalu)
  if (delta === 0) return `sama dengan pekan lalu (${before})`
  return `${delta > 0 ? 'naik' : 'turun'} ${formatAngka(Math.abs(delta))} poin dari ${before} pekan lalu`
}

const CHART = { width: 560, height: 230, left: 44, right: 12, top: 24, bottom: 40 } as const

/**
 * Bars of % fresh, each labelled with its value and date, so the chart reads
 * in greyscale and to a screen reader (role="img" with a title).
 */
export function trendChartSvg({ trend }: { trend: WeeklyTrendPoint[] }): string {
  if (trend.length === 0) return ''
  const plotWidth = CHART.width - CHART.left - CHART.right
  const plotHeight = CHART.height - CHART.top - CHART.bottom
  const slot = plotWidth / trend.length
  const barWidth = Math.max(4, Math.min(48, slot * 0.6))
  const isCrowded = trend.length > 12
  const dateEvery = Math.max(1, Math.ceil(trend.length / 8))
  const y = (percent: number) => CHART.top + plotHeight - (Math.max(0, Math.min(100, percent)) / 100) * plotHeight
  const round = (value: number) => Math.round(value * 10) / 10
  const text = (x: number, yPos: number, content: string, size: number, anchor = 'middle', weight = 'normal') =>
    `<text x="${round(x)}" y="${round(yPos)}" font-family="Arial,Helvetica,sans-serif" font-size="${size}" font-weight="${weight}" fill="#1f2937" text-anchor="${anchor}">${escapeHtml(content)}</text>`
  const grid = [0, 25, 50, 75, 100]
    .map(
      (level) =>
        `<line x1="${CHART.left}" y1="${round(y(level))}" x2="${CHART.width - CHART.right}" y2="${round(y(level))}" stroke="#d1d5db" stroke-width="1"${level === 0 ? '' : ' stroke-dasharray="3,3"'}/>` +
        text(CHART.left - 6, y(level) + 4, `${level}%`, 11, 'end'),
    )
    .join('')
  const bars = trend
    .map((point, index) => {
      const center = CHART.left + slot * index + slot / 2
      const top = y(point.persenSegar)
      const isLast = index === trend.length - 1
      const value = isCrowded ? `${Math.round(point.persenSegar)}` : formatPersen(point.persenSegar)
      const date = index % dateEvery === 0 || isLast ? text(center, CHART.height - CHART.bottom + 16, formatTanggalPendek(point.tanggal), 10) : ''
      return (
        `<rect x="${round(center - barWidth / 2)}" y="${round(top)}" width="${round(barWidth)}" height="${round(CHART.top + plotHeight - top)}" fill="${isLast ? '#166534' : '#86efac'}" stroke="#166534" stroke-width="1"/>` +
        text(center, top - 5, value, isCrowded ? 9 : 11, 'middle', isLast ? 'bold' : 'normal') +
        date
      )
    })
    .join('')
  const first = trend[0]!
  const last = trend[trend.length - 1]!
  const title = `Persentase menu segar dari ${formatTanggalEmail(first.tanggal)} sampai ${formatTanggalEmail(last.tanggal)}: ${trend
    .map((point) => formatPersen(point.persenSegar))
    .join(', ')}.`
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${CHART.width}" height="${CHART.height}" viewBox="0 0 ${CHART.width} ${CHART.height}" style="max-width:100%;height:auto;">` +
    `<title>${escapeHtml(title)}</title>` +
    `<rect x="0" y="0" width="${CHART.width}" height="${CHART.height}" fill="#ffffff"/>` +
    grid +
    bars +
    text(CHART.left, 14, '% menu segar', 11, 'start', 'bold') +
    `</svg>`
  )
}

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']

/** One character per point, scaled between the lowest and highest value shown next to it. */
export function textSparkline(values: number[]): string {
  if (values.length === 0) return ''
  const min = Math.min(...values)
  const max = Math.max(...values)
  return values
    .map((value) => (max === min ? BLOCKS[BLOCKS.length - 1]! : BLOCKS[Math.round(((value - min) / (max - min)) * (BLOCKS.length - 1))]!))
    .join('')
}

function pad(value: string, width: number, isRight = false): string {
  const room = Math.max(0, width - [...value].length)
  return isRight ? ' '.repeat(room) + value : value + ' '.repeat(room)
}

function textTable(header: string[], rows: string[][], rightAligned: number[]): string {
  const widths = header.map((cell, column) => Math.max([...cell].length, ...rows.map((row) => [...(row[column] ?? '')].length)))
  const line = (row: string[]) =>
    row
      .map((cell, column) => pad(cell, widths[column]!, rightAligned.includes(column)))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

const medianText = (value: number | null) => (value === null ? '-' : `${formatAngka(value)} hari`)
const ageText = (value: number | null) => (value === null ? '-' : `${formatAngka(value)} hari`)

export function renderWeeklyReport({ weekOf, offices, worst, trend, change, publicUrl, now }: WeeklyReportArgs): EmailPart {
  const pekan = formatTanggalEmail(weekOf)
  const persen = formatPersen(change.persenSegarSekarang)
  const perubahan = changeText(change)
  const subject = `[Segar] Laporan mingguan pekan ${pekan}: ${persen} menu segar`
  const summary = `Pekan ${pekan}: ${persen} menu portal Kota Palembang segar, ${perubahan}.`
  const totals = offices.reduce(
    (sum, row) => ({
      segar: sum.segar + row.segar,
      terlambat: sum.terlambat + row.terlambat,
      sangatTerlambat: sum.sangatTerlambat + row.sangatTerlambat,
    }),
    { segar: 0, terlambat: 0, sangatTerlambat: 0 },
  )
  const totalsText = `${formatAngka(totals.segar)} menu segar, ${formatAngka(totals.terlambat)} terlambat, ${formatAngka(totals.sangatTerlambat)} sangat terlambat di ${formatAngka(offices.length)} OPD.`
  const adminUrl = `${publicUrl.replace(/\/+$/, '')}/admin`
  const footerText = `Laporan ini dikirim otomatis oleh Segar setiap Senin pagi kepada Diskominfo Kota Palembang. Dibuat ${formatTanggalEmail(now)}.`

  const number = (value: number) => `<td style="${STYLE.cell}text-align:right;">${escapeHtml(formatAngka(value))}</td>`
  const officeRows = offices
    .map(
      (row) =>
        `<tr><td style="${STYLE.cell}"><strong>${escapeHtml(row.singkatan)}</strong><br><span style="${STYLE.small}">${escapeHtml(row.nama)}</span></td>` +
        number(row.segar) +
        number(row.terlambat) +
        number(row.sangatTerlambat) +
        `<td style="${STYLE.cell}text-align:right;font-weight:bold;">${escapeHtml(formatPersen(row.persenSegar))}</td>` +
        `<td style="${STYLE.cell}text-align:right;">${escapeHtml(medianText(row.medianHariPerbaikan))}</td></tr>`,
    )
    .join('')
  const head = (label: string, isRight = true) => `<th style="${STYLE.headCell}${isRight ? 'text-align:right;' : ''}">${label}</th>`
  const officeTable =
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px 0;">` +
    `<tr>${head('OPD', false)}${head('Segar')}${head('Terlambat')}${head('Sangat terlambat')}${head('% segar')}${head('Median perbaikan')}</tr>` +
    officeRows +
    `</table>`
  const worstRows = worst
    .map(
      (row) =>
        `<tr><td style="${STYLE.cell}"><strong>${escapeHtml(row.judul)}</strong><br><span style="${STYLE.small}">${escapeHtml(row.menu)}</span></td>` +
        `<td style="${STYLE.cell}">${escapeHtml(row.pemilik)}</td>` +
        `<td style="${STYLE.cell}">${escapeHtml(row.label)}</td>` +
        `<td style="${STYLE.cell}text-align:right;">${escapeHtml(ageText(row.umurHari))}</td></tr>`,
    )
    .join('')
  const worstTable = worst.length
    ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px 0;">` +
      `<tr>${head('Menu', false)}${head('OPD', false)}${head('Status', false)}${head('Umur isi')}</tr>` +
      worstRows +
      `</table>`
    : paragraph('Tidak ada menu yang terlambat. Terima kasih kepada semua OPD.')
  const trendTable = trend.length
    ? `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px 0;">` +
      `<tr>${head('Tanggal', false)}${head('% segar')}</tr>` +
      trend
        .map(
          (point) =>
            `<tr><td style="${STYLE.cell}">${escapeHtml(formatTanggalEmail(point.tanggal))}</td><td style="${STYLE.cell}text-align:right;">${escapeHtml(formatPersen(point.persenSegar))}</td></tr>`,
        )
        .join('') +
      `</table>`
    : ''
  const section = (title: string) => `<h2 style="${STYLE.heading}margin:20px 0 8px 0;">${escapeHtml(title)}</h2>`

  const body = [
    paragraph('Yth. Tim Diskominfo Kota Palembang,'),
    `<p style="${STYLE.text}margin:0 0 4px 0;font-size:20px;line-height:28px;font-weight:bold;">${escapeHtml(persen)} menu segar</p>`,
    paragraph(`${escapeHtml(summary)} ${escapeHtml(totalsText)}`),
    section('Tren kesegaran'),
    `<div style="margin:0 0 8px 0;">${trendChartSvg({ trend })}</div>`,
    trendTable,
    section('Per OPD'),
    officeTable,
    section('Menu paling terlambat'),
    worstTable,
    paragraph(`Rincian setiap menu: <a href="${safeHref(adminUrl)}" style="color:#1d4ed8;">${escapeHtml(adminUrl)}</a>`),
  ].join('\n')

  const trendValues = trend.map((point) => point.persenSegar)
  const text = joinLines([
    'Yth. Tim Diskominfo Kota Palembang,',
    '',
    summary,
    totalsText,
    '',
    '== TREN KESEGARAN ==',
    trend.length
      ? `${textSparkline(trendValues)}  (terendah ${formatPersen(Math.min(...trendValues))}, tertinggi ${formatPersen(Math.max(...trendValues))})`
      : 'Belum ada data tren.',
    trend.length
      ? textTable(
          ['Tanggal', '% segar'],
          trend.map((point) => [formatTanggalEmail(point.tanggal), formatPersen(point.persenSegar)]),
          [1],
        )
      : null,
    '',
    '== PER OPD ==',
    textTable(
      ['OPD', 'Segar', 'Terlambat', 'Sangat terlambat', '% segar', 'Median perbaikan'],
      offices.map((row) => [
        row.singkatan,
        formatAngka(row.segar),
        formatAngka(row.terlambat),
        formatAngka(row.sangatTerlambat),
        formatPersen(row.persenSegar),
        medianText(row.medianHariPerbaikan),
      ]),
      [1, 2, 3, 4, 5],
    ),
    '',
    '== MENU PALING TERLAMBAT ==',
    worst.length
      ? textTable(
          ['Menu', 'OPD', 'Status', 'Umur isi'],
          worst.map((row) => [`${row.judul} (${row.menu})`, row.pemilik, row.label, ageText(row.umurHari)]),
          [3],
        )
      : 'Tidak ada menu yang terlambat. Terima kasih kepada semua OPD.',
    '',
    `Rincian setiap menu: ${adminUrl}`,
    '',
    '--',
    footerText,
  ])

  const html = emailDocument({ title: subject, preheader: summary, body, footer: escapeHtml(footerText) })
  return { subject, html, text }
}
