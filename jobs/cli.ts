/** What every job's command line shares: --now, usage errors and a stdout kept clean for --json. */

/** Wrong arguments: the command prints the message and exits 2. */
export class UsageError extends Error {}

/** ISO-8601; a bare date, or a moment without an offset, is Palembang wall-clock time (WIB). */
export function parseNow({ text, example }: { text: string; example: string }): Date {
  const value = text.trim()
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const isLocal = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)
  const isZoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value)
  const moment = new Date(isDate ? `${value}T00:00:00+07:00` : isLocal ? `${value}+07:00` : value)
  if (!(isDate || isLocal || isZoned) || Number.isNaN(moment.getTime())) {
    throw new UsageError(`--now bukan waktu ISO-8601 yang sah: "${text}". Contoh: --now ${example}`)
  }
  return moment
}

/**
 * From here on, whatever anyone prints (a schema-push spinner, a library's
 * console.log, Payload's logger) lands on stderr; the returned writer is stdout.
 */
export function divertStdout(): (text: string) => void {
  const stdoutWrite = process.stdout.write.bind(process.stdout)
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  console.log = console.error
  console.info = console.error
  console.warn = console.error
  console.debug = console.error
  return (text) => {
    stdoutWrite(text)
  }
}
