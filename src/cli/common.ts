/** What every command line shares: --now, usage errors, one ending, and a stdout kept clean for --json. */
import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'

import type { Payload } from 'payload'

import { openPayload } from '../bootstrap'
import { jakartaDay } from '../domain/calendar'
import { EnvError, loadEnv } from '../env'
import type { Env } from '../env'

/** Wrong arguments: the command prints the message and exits 2. */
export class UsageError extends Error {}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i

/**
 * The moment a command judges, from --now: ISO-8601. A bare date is that day
 * at 00:00 in Palembang, and a moment without an offset is Palembang
 * wall-clock time (WIB): an operator in the city types its own time.
 */
export function parseNow({ text, example }: { text: string; example: string }): Date {
  const value = text.trim()
  const isDate = BARE_DATE.test(value)
  const isLocal = LOCAL_TIME.test(value)
  const isZoned = ZONED_TIME.test(value)
  const moment = new Date(isDate ? `${value}T00:00:00+07:00` : isLocal ? `${value}+07:00` : value)
  // Date.parse rolls 2026-02-30 over to March; a date that does not exist is a typo.
  const isRealDay = !(isDate || isLocal) || Number.isNaN(moment.getTime()) || jakartaDay({ at: moment }) === value.slice(0, 10)
  if (!(isDate || isLocal || isZoned) || Number.isNaN(moment.getTime()) || !isRealDay) {
    throw new UsageError(`--now bukan waktu ISO-8601 yang sah: "${text}". Contoh: --now ${example}`)
  }
  return moment
}

/** --now when given, else undefined (the command then reads the clock once, at its start). */
export function optionalNow({ text, example }: { text: string | undefined; example: string }): Date | undefined {
  return text === undefined ? undefined : parseNow({ text, example })
}

/**
 * node:util parseArgs in strict mode, with --help: an unknown or malformed
 * option is a UsageError that shows the usage line; --help prints it and exits 0.
 */
type OptionsConfig = NonNullable<ParseArgsConfig['options']>

export function parseCommandLine<T extends OptionsConfig, P extends boolean = false>({
  argv,
  options,
  usage,
  allowPositionals,
}: {
  argv: string[]
  options: T
  usage: string
  allowPositionals?: P
}): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: P }>> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', default: false } }, allowPositionals: Boolean(allowPositionals), strict: true })
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  }
  if ((parsed.values as Record<string, unknown>).help === true) {
    console.log(usage)
    process.exit(0)
  }
  return parsed as unknown as ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: P }>>
}

/** Runs a command's main and exits with its code: 2 for wrong arguments, 1 for any other failure, with its message only. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof EnvError || error instanceof Error ? error.message : error)
      process.exit(error instanceof UsageError ? 2 : 1)
    },
  )
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

/**
 * Reads the configuration and opens the database for a job's command. With
 * --json, stdout is kept for the one JSON document (`writeJson`) and Payload's
 * logger, which writes to stdout, is silenced; what matters goes to stderr.
 */
export async function openForCommand({ isJson }: { isJson: boolean }): Promise<{ env: Env; payload: Payload; writeJson?: (text: string) => void }> {
  const writeJson = isJson ? divertStdout() : undefined
  const env = loadEnv()
  const { payload } = await openPayload({ env: isJson ? { ...env, logLevel: 'silent' } : env, isSchemaPushed: env.isSchemaPushed })
  return { env, payload, writeJson }
}
