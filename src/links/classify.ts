export const LINK_RESULTS = ['ok', 'redirected', 'broken', 'soft-404', 'blocked', 'error'] as const

export type LinkResult = (typeof LINK_RESULTS)[number]

export const LINK_RESULT_LABELS: Record<LinkResult, string> = {
  ok: 'Berfungsi',
  redirected: 'Dialihkan permanen',
  broken: 'Rusak',
  'soft-404': 'Halaman "tidak ditemukan"',
  blocked: 'Diblokir / perlu login',
  error: 'Tidak dapat diperiksa',
}

/** Results that count against a menu once confirmed. */
export const FAILING_RESULTS: readonly LinkResult[] = ['broken', 'soft-404']

export type RedirectHop = { url: string; status: number; location: string }

export type FailureKind =
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'reset'
  | 'tls'
  | 'private'
  | 'loop'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'invalid-url'
  | 'other'

/** Everything the I/O layer observed for one link; the verdict is drawn from this alone. */
export type LinkTrace = {
  url: string
  chain: RedirectHop[]
  /** The last answer received, when one was. */
  final: { url: string; status: number; method: 'HEAD' | 'GET'; contentType: string | null; bodyPrefix: string | null } | null
  failure: { kind: FailureKind; message: string } | null
  attempts: number
}

export type LinkVerdict = {
  hasil: LinkResult
  status: number | null
  detail: string
  usulanUrl: string | null
}

const PERMANENT = new Set([301, 308])

const HOME_PATHS = new Set(['', '/', '/index.html', '/index.htm', '/index.php', '/home', '/beranda'])

const isHomePath = (pathname: string) => HOME_PATHS.has(pathname.toLowerCase().replace(/\/+$/, '/'))

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname
  } catch {
    return null
  }
}

/** Collapses markup to visible words; enough for a title, a heading or a short page. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

const firstMatch = (html: string, pattern: RegExp) => {
  const found = pattern.exec(html)
  return found ? textOf(found[1] ?? '') : ''
}

const NOT_FOUND_PHRASES = [
  /halaman\s+(yang\s+\S+(\s+\S+)?\s+)?tidak\s+(dapat\s+)?ditemukan/i,
  /\btidak\s+ditemukan\b/i,
  /\bpage\s+not\s+found\b/i,
  /\bnot\s+found\b/i,
  /\bpage\s+(does\s+not|doesn['’]t)\s+exist\b/i,
  /\bhalaman\s+tidak\s+(ada|tersedia)\b/i,
]

const isNotFoundText = (text: string) => NOT_FOUND_PHRASES.some((phrase) => phrase.test(text))

/**
 * A bare "404" is evidence only as the whole heading or right beside an error
 * word ("Error 404", "404 - Page"): a document numbered 404, or an address
 * ending in halaman-404 quoted in a title, is not.
 */
const isBare404 = (text: string) =>
  /^[\s\p{P}]*404[\s\p{P}]*$/u.test(text) ||
  /^\s*404\s*[|:\-–—]/.test(text) ||
  /\b(error|galat|kesalahan|http)\s*[:\-–—]?\s*404\b/i.test(text) ||
  /\b404\s*[:\-–—|]?\s*(error|galat|not\b|page\b|halaman\s+tidak)/i.test(text)

/** A body this short is an error stub, not an article that happens to mention "tidak ditemukan". */
const SHORT_BODY_CHARS = 400

/**
 * Why a 200 page is really "not found", or null. Only the title, the first
 * heading and the text of a very short page count: a long page that quotes
 * the phrase is a real page.
 */
export function notFoundEvidence({ html }: { html: string }): string | null {
  const title = firstMatch(html, /<title[^>]*>([\s\S]*?)<\/title\s*>/i)
  if (title && (isNotFoundText(title) || isBare404(title))) return `judul halaman "${title.slice(0, 120)}"`
  const heading = firstMatch(html, /<h1[^>]*>([\s\S]*?)<\/h1\s*>/i)
  if (heading && (isNotFoundText(heading) || isBare404(heading))) return `judul utama (h1) "${heading.slice(0, 120)}"`
  const body = /<body[^>]*>([\s\S]*)/i.exec(html)?.[1] ?? html
  const text = textOf(body)
  if (text.length > 0 && text.length <= SHORT_BODY_CHARS && (isNotFoundText(text) || isBare404(text))) {
    return `isi halaman "${text.slice(0, 120)}"`
  }
  return null
}

/** The address to suggest: where the leading run of permanent redirects ends. */
function permanentTarget(chain: RedirectHop[]): string | null {
  let target: string | null = null
  for (const hop of chain) {
    if (!PERMANENT.has(hop.status)) break
    target = hop.location
  }
  return target
}

const chainText = (chain: RedirectHop[]) => chain.map((hop) => `${hop.status} → ${hop.location}`).join(', ')

const FAILURE_VERDICTS: Record<FailureKind, { hasil: LinkResult; text: string }> = {
  dns: { hasil: 'broken', text: 'Nama domain tidak ditemukan (DNS)' },
  refused: { hasil: 'broken', text: 'Koneksi ditolak server' },
  timeout: { hasil: 'broken', text: 'Server tidak menjawab dalam batas waktu' },
  loop: { hasil: 'broken', text: 'Pengalihan berputar (redirect loop)' },
  'too-many-redirects': { hasil: 'broken', text: 'Terlalu banyak pengalihan' },
  reset: { hasil: 'error', text: 'Koneksi diputus server' },
  tls: { hasil: 'error', text: 'Sertifikat/TLS bermasalah' },
  private: { hasil: 'error', text: 'Alamat jaringan internal ditolak' },
  'bad-redirect': { hasil: 'error', text: 'Pengalihan tanpa alamat tujuan yang sah' },
  'invalid-url': { hasil: 'error', text: 'Alamat tidak sah' },
  other: { hasil: 'error', text: 'Pemeriksaan gagal' },
}

const attemptsText = (attempts: number) => (attempts > 1 ? ` (setelah ${attempts} percobaan)` : '')

/** The verdict on one link from what was observed. Pure: no clock, no network. */
export function classifyLink(trace: LinkTrace): LinkVerdict {
  const via = trace.chain.length > 0 ? `; rantai: ${chainText(trace.chain)}` : ''
  if (trace.failure) {
    const { hasil, text } = FAILURE_VERDICTS[trace.failure.kind]
    const message = trace.failure.kind === 'private' ? trace.failure.message : `${text}: ${trace.failure.message}`
    return { hasil, status: trace.final?.status ?? null, detail: `${message}${attemptsText(trace.attempts)}${via}`, usulanUrl: null }
  }
  const final = trace.final
  if (!final) return { hasil: 'error', status: null, detail: 'Tidak ada jawaban dari server.', usulanUrl: null }
  const { status } = final
  const answer = `HTTP ${status} (${final.method} ${final.url})`

  if (status === 404 || status === 410) {
    const what = status === 410 ? 'Halaman sudah dihapus (410 Gone)' : 'Halaman tidak ditemukan (404)'
    return { hasil: 'broken', status, detail: `${what}: ${answer}${via}`, usulanUrl: null }
  }
  if (status === 401 || status === 403) {
    const what = status === 401 ? 'Perlu login (401)' : 'Akses ditolak (403), mungkin blokir bot'
    return { hasil: 'blocked', status, detail: `${what}; periksa manual di peramban: ${answer}${via}`, usulanUrl: null }
  }
  if (status === 429) {
    return { hasil: 'blocked', status, detail: `Server terus membatasi permintaan (429)${attemptsText(trace.attempts)}: ${answer}${via}`, usulanUrl: null }
  }
  if (status >= 500) {
    return { hasil: 'broken', status, detail: `Galat server ${status}${attemptsText(trace.attempts)}: ${answer}${via}`, usulanUrl: null }
  }
  if (status >= 400) {
    return { hasil: 'error', status, detail: `Jawaban tak terduga ${status}: ${answer}${via}`, usulanUrl: null }
  }
  if (status < 200 || status >= 300) {
    return { hasil: 'error', status, detail: `Jawaban tak terduga ${status}: ${answer}${via}`, usulanUrl: null }
  }

  const startPath = pathOf(trace.url)
  const endPath = pathOf(final.url)
  if (trace.chain.length > 0 && startPath !== null && endPath !== null && !isHomePath(startPath) && isHomePath(endPath)) {
    return {
      hasil: 'soft-404',
      status,
      detail: `Dialihkan ke beranda situs (${final.url}) padahal tautan menunjuk halaman ${startPath}${via}`,
      usulanUrl: null,
    }
  }
  if (final.bodyPrefix) {
    const evidence = notFoundEvidence({ html: final.bodyPrefix })
    if (evidence) return { hasil: 'soft-404', status, detail: `Server menjawab ${status} tetapi ${evidence} menyatakan tidak ditemukan${via}`, usulanUrl: null }
  }
  const target = permanentTarget(trace.chain)
  if (target) {
    return { hasil: 'redirected', status, detail: `Berfungsi lewat pengalihan permanen; ganti dengan ${target}${via}`, usulanUrl: target }
  }
  return { hasil: 'ok', status, detail: `${answer}${via}`, usulanUrl: null }
}
