/**
 * `npm run bench:links`: the link checker over a loopback fixture of 1,000
 * links on 20 hosts (5% slow, 5% dead, a few 429s), timed and scored against
 * the known truth, beside linkinator over the same links in the same run.
 *
 *   BENCH_LINKS        links (1000)
 *   BENCH_HOSTS        hosts, each a port on 127.0.0.1 (20)
 *   BENCH_SLOW_MS      how long a slow page takes to answer (1500)
 *   BENCH_INTERVAL_MS  Segar's per-host interval for the polite run (100, the default)
 *
 * "Dead" is what a citizen meets as dead: 404, 410, a refused connection, or
 * a 200 that says "not found" or lands on the home page. Slow pages and 429s
 * that clear after Retry-After are working pages.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { check as linkinatorCheck, LinkState } from 'linkinator'

import { createLinkChecker, DEFAULT_CHECK_OPTIONS } from '../src/links/check'
import type { CheckOptions } from '../src/links/check'
import { FAILING_RESULTS } from '../src/links/classify'
import type { LinkResult } from '../src/links/classify'

type Kind = 'ok' | 'moved' | 'slow' | 'throttled' | 'missing' | 'gone' | 'refused' | 'soft-title' | 'soft-home'

const DEAD_KINDS = new Set<Kind>(['missing', 'gone', 'refused', 'soft-title', 'soft-home'])

type Link = { url: string; kind: Kind; isDead: boolean }

const LINKS = Number(process.env.BENCH_LINKS ?? 1000)
const HOSTS = Number(process.env.BENCH_HOSTS ?? 20)
const SLOW_MS = Number(process.env.BENCH_SLOW_MS ?? 1500)
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? DEFAULT_CHECK_OPTIONS.hostIntervalMs)

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>Isi halaman layanan.</p></body></html>`

type Site = { port: number; reset: () => void; close: () => Promise<void> }

async function startSite(): Promise<Site> {
  const seen = new Map<string, number>()
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bench')
    const count = (seen.get(url.pathname) ?? 0) + 1
    seen.set(url.pathname, count)
    const kind = url.pathname.split('/')[1] as Kind | ''
    const send = (status: number, body = '', headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers })
      response.end(request.method === 'HEAD' ? undefined : body)
    }
    switch (kind) {
      case '':
        return send(200, page('Beranda'))
      case 'ok':
        return send(200, page(`Layanan ${url.pathname}`))
      case 'moved':
        return send(301, '', { location: url.pathname.replace('/moved/', '/ok/baru-') })
      case 'slow': {
        const timer = setTimeout(() => send(200, page('Lambat')), SLOW_MS)
        response.on('close', () => clearTimeout(timer))
        return
      }
      case 'throttled':
        return count === 1 ? send(429, 'Terlalu banyak permintaan', { 'retry-after': '1' }) : send(200, page('Data'))
      case 'missing':
        return send(404, page('404 Not Found'))
      case 'gone':
        return send(410, page('Gone'))
      case 'soft-title':
        return send(200, page('Halaman tidak ditemukan'))
      case 'soft-home':
        return send(302, '', { location: '/' })
      default:
        return send(404, page('Not Found'))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    reset: () => seen.clear(),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

async function freePort(): Promise<number> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** The mix: 5% slow, 5% dead (404, 410, refused, two kinds of soft 404), 1% throttled, 5% moved, the rest plain pages. */
function plan({ sites, refusedPort }: { sites: Site[]; refusedPort: number }): Link[] {
  const share = (fraction: number) => Math.round(LINKS * fraction)
  const kinds: Kind[] = [
    ...Array<Kind>(share(0.05)).fill('slow'),
    ...Array<Kind>(share(0.015)).fill('missing'),
    ...Array<Kind>(share(0.01)).fill('gone'),
    ...Array<Kind>(share(0.01)).fill('refused'),
    ...Array<Kind>(share(0.0075)).fill('soft-title'),
    ...Array<Kind>(share(0.0075)).fill('soft-home'),
    ...Array<Kind>(share(0.01)).fill('throttled'),
    ...Array<Kind>(share(0.05)).fill('moved'),
  ]
  while (kinds.length < LINKS) kinds.push('ok')
  return kinds.map((kind, index) => {
    const port = kind === 'refused' ? refusedPort : sites[index % sites.length]!.port
    return { url: `http://127.0.0.1:${port}/${kind}/halaman-${index}`, kind, isDead: DEAD_KINDS.has(kind) }
  })
}

type Score = { tool: string; ms: number; falsePositives: Link[]; misses: Link[]; verdicts: Record<string, number> }

function score({ tool, ms, links, isDead, verdictOf }: { tool: string; ms: number; links: Link[]; isDead: (url: string) => boolean; verdictOf: (url: string) => string }): Score {
  const verdicts: Record<string, number> = {}
  for (const link of links) verdicts[verdictOf(link.url)] = (verdicts[verdictOf(link.url)] ?? 0) + 1
  return {
    tool,
    ms,
    falsePositives: links.filter((link) => !link.isDead && isDead(link.url)),
    misses: links.filter((link) => link.isDead && !isDead(link.url)),
    verdicts,
  }
}

async function runSegar({ links, sites, intervalMs, label }: { links: Link[]; sites: Site[]; intervalMs: number; label: string }): Promise<Score> {
  for (const site of sites) site.reset()
  const options: CheckOptions = { ...DEFAULT_CHECK_OPTIONS, publicUrl: 'http://localhost:3000', isPrivateAllowed: true, hostIntervalMs: intervalMs }
  const checker = createLinkChecker({ options })
  const started = performance.now()
  const results = new Map<string, LinkResult>()
  await Promise.all(links.map(async (link) => results.set(link.url, (await checker.check(link.url)).hasil)))
  const ms = performance.now() - started
  return score({ tool: label, ms, links, isDead: (url) => FAILING_RESULTS.includes(results.get(url)!), verdictOf: (url) => results.get(url)! })
}

async function runLinkinator({ links, sites, isRetrying }: { links: Link[]; sites: Site[]; isRetrying: boolean }): Promise<Score> {
  for (const site of sites) site.reset()
  const listing = `<!doctype html><html><body>${links.map((link) => `<a href="${link.url}">${link.kind}</a>`).join('\n')}</body></html>`
  const index = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(listing)
  })
  await new Promise<void>((resolve) => index.listen(0, '127.0.0.1', resolve))
  const indexUrl = `http://127.0.0.1:${(index.address() as AddressInfo).port}/`
  const started = performance.now()
  const retries = isRetrying ? { retry: true, retryErrors: true, retryErrorsCount: 2 } : {}
  const result = await linkinatorCheck({ path: indexUrl, recurse: false, timeout: DEFAULT_CHECK_OPTIONS.timeoutMs, ...retries })
  const ms = performance.now() - started
  index.closeAllConnections()
  await new Promise<void>((resolve) => index.close(() => resolve()))
  const state = new Map(result.links.map((entry) => [entry.url, entry.state]))
  return score({
    tool: isRetrying ? 'linkinator (retry, retryErrors)' : 'linkinator (bawaan)',
    ms,
    links,
    isDead: (url) => state.get(url) === LinkState.BROKEN,
    verdictOf: (url) => state.get(url) ?? 'tidak diperiksa',
  })
}

function report(scores: Score[], links: Link[]) {
  const dead = links.filter((link) => link.isDead).length
  console.log(`\n${links.length} tautan di ${HOSTS} host (127.0.0.1), ${dead} mati menurut kebenaran, halaman lambat ${SLOW_MS} ms\n`)
  const rows = scores.map((entry) => [entry.tool, `${(entry.ms / 1000).toFixed(2)} s`, String(entry.falsePositives.length), String(entry.misses.length)])
  const header = ['alat', 'waktu', 'alarm palsu', 'terlewat']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of rows) console.log(line(row))
  for (const entry of scores) {
    console.log(`\n${entry.tool}: ${Object.entries(entry.verdicts).map(([verdict, count]) => `${verdict} ${count}`).join(', ')}`)
    const group = (list: Link[]) => {
      const counts = new Map<Kind, number>()
      for (const link of list) counts.set(link.kind, (counts.get(link.kind) ?? 0) + 1)
      return [...counts].map(([kind, count]) => `${kind} ${count}`).join(', ')
    }
    if (entry.falsePositives.length > 0) console.log(`  alarm palsu: ${group(entry.falsePositives)}`)
    if (entry.misses.length > 0) console.log(`  terlewat: ${group(entry.misses)}`)
  }
}

async function main() {
  const sites = await Promise.all(Array.from({ length: HOSTS }, () => startSite()))
  const refusedPort = await freePort()
  const links = plan({ sites, refusedPort })
  try {
    const scores = [
      await runSegar({ links, sites, intervalMs: INTERVAL_MS, label: `Segar (2/host, jeda ${INTERVAL_MS} ms)` }),
      await runSegar({ links, sites, intervalMs: 0, label: 'Segar (2/host, tanpa jeda)' }),
      await runLinkinator({ links, sites, isRetrying: true }),
      await runLinkinator({ links, sites, isRetrying: false }),
    ]
    report(scores, links)
  } finally {
    await Promise.all(sites.map((site) => site.close()))
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
