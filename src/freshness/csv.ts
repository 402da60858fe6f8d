/** RFC 4180 fields and rows; CRLF line ends. */
export type CsvValue = string | number | null | undefined

/**
 * A spreadsheet runs a cell that starts with one of these as a formula
 * (`=HYPERLINK(...)` in a menu title would become a live link); OWASP's rule
 * for CSV injection is to prefix such a cell with a quote, which shows it as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  // Numbers are written by us, never a formula; `-3` must stay a number.
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`
}

/** Excel reads a file without it as the local code page and garbles Indonesian names. */
export const UTF8_BOM = '\uFEFF'

export function csvHeaders({ filename }: { filename: string }): Record<string, string> {
  return {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
  }
}
