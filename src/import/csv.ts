/**
 * A small CSV reader (RFC 4180): quoted fields with commas, doubled quotes
 * and line breaks inside, CRLF or LF, a UTF-8 byte order mark. Spreadsheets
 * set to Indonesian separate with semicolons, so the header line decides
 * the separator.
 */
export type CsvRecord = { baris: number; values: Record<string, string> }

export type CsvProblem = { baris: number; kolom: string; pesan: string }

export type CsvResult = { header: string[]; records: CsvRecord[]; problems: CsvProblem[] }

function detectSeparator(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const count = (separator: string) => firstLine.split(separator).length - 1
  return count(';') > count(',') ? ';' : ','
}

/** Splits text into rows of raw fields; reports an unterminated quote by row. */
function splitRows(text: string, separator: string): { rows: string[][]; unterminatedAt?: number } {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let isQuoted = false
  let rowStartsQuoted = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (isQuoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"'
          index++
        } else {
          isQuoted = false
        }
      } else {
        field += char
      }
      continue
    }
    if (char === '"' && field.trim() === '') {
      isQuoted = true
      field = ''
      rowStartsQuoted = rows.length
    } else if (char === separator) {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += char
    }
  }
  if (isQuoted) return { rows, unterminatedAt: rowStartsQuoted }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return { rows }
}

/**
 * Reads CSV with a header row. `baris` counts data records from 1 (the
 * header is 0), blank lines skipped, so it matches what a person sees when
 * the header is frozen in a spreadsheet.
 */
export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '')
  const separator = detectSeparator(text)
  const { rows, unterminatedAt } = splitRows(text, separator)
  const nonBlank = rows.filter((row) => row.some((cell) => cell.trim() !== ''))
  const problems: CsvProblem[] = []
  if (unterminatedAt !== undefined) {
    problems.push({ baris: Math.max(unterminatedAt, 0), kolom: '', pesan: 'Tanda kutip (") dibuka tetapi tidak pernah ditutup.' })
    return { header: [], records: [], problems }
  }
  const [headerRow, ...dataRows] = nonBlank
  if (!headerRow) return { header: [], records: [], problems: [{ baris: 0, kolom: '', pesan: 'Berkas CSV kosong: baris judul kolom tidak ada.' }] }
  const header = headerRow.map((name) => name.trim())
  header.forEach((name, index) => {
    if (name === '') problems.push({ baris: 0, kolom: `kolom ke-${index + 1}`, pesan: 'Judul kolom kosong.' })
    else if (header.indexOf(name) !== index) problems.push({ baris: 0, kolom: name, pesan: 'Judul kolom muncul lebih dari sekali.' })
  })
  const records = dataRows.map((cells, index) => {
    const baris = index + 1
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      problems.push({ baris, kolom: '', pesan: `Baris ini berisi ${cells.length} kolom, padahal judulnya ${header.length} kolom.` })
    }
    const values: Record<string, string> = {}
    header.forEach((name, column) => {
      values[name] = (cells[column] ?? '').trim()
    })
    return { baris, values }
  })
  return { header, records, problems }
}
