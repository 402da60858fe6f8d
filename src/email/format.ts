/** Shared by the email templates: escaping, Indonesian numbers and dates, the HTML frame. Pure. */
import { calendarDaysBetween, formatJakartaDate, isDayString, MONTH_NAMES } from '../domain/calendar'
import { escapeHtml } from '../domain/html'

export { escapeHtml }

/** Only http(s) links reach an href; anything else (javascript:, data:) becomes inert. */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url.trim()) ? escapeHtml(url.trim()) : '#'
}

const NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 })

/** 1.009 and 87,5, as Indonesian readers write them. */
export function formatAngka(value: number): string {
  return NUMBER.format(value)
}

export function formatPersen(value: number): string {
  return `${formatAngka(value)}%`
}

/** A calendar day ('2026-11-23') as itself; an instant as its Jakarta day. */
export function formatTanggalEmail(value: string | Date): string {
  if (typeof value === 'string' && isDayString(value)) {
    return formatJakartaDate({ at: new Date(`${value}T12:00:00+07:00`) })
  }
  return formatJakartaDate({ at: typeof value === 'string' ? new Date(value) : value })
}

const BULAN_PENDEK = MONTH_NAMES.map((name) => name.slice(0, 3))

/** '16 Jan', for chart axes. */
export function formatTanggalPendek(value: string): string {
  const [day, month] = formatTanggalEmail(value).split(' ')
  const index = (MONTH_NAMES as readonly string[]).indexOf(month ?? '')
  return `${day} ${BULAN_PENDEK[index] ?? month}`
}

/** 'sejak 13 April 2020, 1.009 hari', or '' without a valid date. */
export function sejakText({ sejak, now }: { sejak: string | null | undefined; now: Date }): string {
  if (!sejak) return ''
  const at = isDayString(sejak) ? new Date(`${sejak}T00:00:00+07:00`) : new Date(sejak)
  if (Number.isNaN(at.getTime())) return ''
  const days = Math.max(0, calendarDaysBetween({ from: at, to: now }))
  const umur = days === 0 ? 'hari ini' : `${formatAngka(days)} hari`
  return `sejak ${formatJakartaDate({ at })}, ${umur}`
}

export type EmailPart = { subject: string; html: string; text: string }

const FONT = 'font-family:Arial,Helvetica,sans-serif;'

export const STYLE = {
  font: FONT,
  text: `${FONT}font-size:15px;line-height:22px;color:#1f2937;`,
  small: `${FONT}font-size:13px;line-height:19px;color:#4b5563;`,
  heading: `${FONT}font-size:17px;line-height:24px;font-weight:bold;color:#111827;margin:0;`,
  cell: `${FONT}font-size:14px;line-height:20px;color:#1f2937;padding:6px 8px;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top;`,
  headCell: `${FONT}font-size:13px;line-height:18px;color:#374151;padding:6px 8px;border-bottom:2px solid #9ca3af;text-align:left;font-weight:bold;`,
} as const

/** A link that looks like a button in every client: the padding sits on the cell, so Outlook keeps it. */
export function button({ href, label, color = '#1d4ed8' }: { href: string; label: string; color?: string }): string {
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate;"><tr>` +
    `<td bgcolor="${color}" style="background-color:${color};border-radius:4px;padding:8px 14px;">` +
    `<a href="${safeHref(href)}" style="${FONT}font-size:14px;font-weight:bold;color:#ffffff;text-decoration:none;">${escapeHtml(label)}</a>` +
    `</td></tr></table>`
  )
}

/**
 * The frame every Segar email shares: one centred 600-pixel table, inline
 * styles only, no images or web fonts (Outlook and Gmail drop the rest).
 */
export function emailDocument({
  title,
  preheader,
  body,
  footer,
}: {
  title: string
  preheader: string
  body: string
  footer: string
}): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="id">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:0;background-color:#f3f4f6;">',
    `<div style="display:none;max-height:0;overflow:hidden;">${escapeHtml(preheader)}</div>`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6" style="background-color:#f3f4f6;">',
    '<tr><td align="center" style="padding:16px 8px;">',
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:100%;background-color:#ffffff;border:1px solid #e5e7eb;">',
    `<tr><td style="${FONT}font-size:13px;color:#ffffff;background-color:#166534;padding:10px 20px;font-weight:bold;">Segar &middot; Portal Kota Palembang</td></tr>`,
    `<tr><td style="padding:20px;">${body}</td></tr>`,
    `<tr><td style="${STYLE.small}padding:14px 20px;border-top:1px solid #e5e7eb;background-color:#f9fafb;">${footer}</td></tr>`,
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
  ].join('\n')
}

export function paragraph(html: string, style: string = STYLE.text): string {
  return `<p style="${style}margin:0 0 12px 0;">${html}</p>`
}

export function joinLines(lines: (string | false | null | undefined)[]): string {
  return lines.filter((line): line is string => typeof line === 'string').join('\n')
}
