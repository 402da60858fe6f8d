/** RFC 4180 fields and rows; CRLF line ends. */
export type CsvValue = string | number | null | undefined

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
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
