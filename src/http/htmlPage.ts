import { escapeHtml } from '../domain/html'

/**
 * A small, self-contained HTML page (no script, no outside assets) for the few
 * answers a person opens in a browser, such as a one-click verification link.
 * `isi` is HTML the caller has escaped; the title is escaped here.
 */
export function htmlPage({ status, judul, isi }: { status: number; judul: string; isi: string }): Response {
  const html = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(judul)} · Segar</title>
<style>
body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1d2a33;line-height:1.5}
h1{font-size:1.4rem}button{font:inherit;padding:.7rem 1.2rem;border:0;border-radius:.4rem;background:#136f3a;color:#fff;cursor:pointer}
.kecil{color:#5a6b75;font-size:.9rem}
</style>
</head>
<body>
<h1>${escapeHtml(judul)}</h1>
${isi}
</body>
</html>
`
  // Never kept by a proxy: such a page depends on state (a token's, a menu's).
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
}
