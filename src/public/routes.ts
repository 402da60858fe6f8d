/**
 * The citizen's side, mounted on the express app: the freshness page at `/`,
 * a page per menu with the report form, the Atom feeds and the stylesheet.
 * Anonymous reads go through the API's response cache, like /api/kesegaran.
 */

import express from 'express'
import type { Express, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { handleEndpoints } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'

import { CLIENT_ADDRESS_HEADER } from '../freshness/citizenReports'
import { bumpContentGeneration } from '../http/generation'
import { CACHEABLE_HEADER } from '../http/cache'
import type { ApiCache } from '../http/cache'
import { sendWebResponse } from '../http/webResponse'
import { loadMenuHistory, loadPublicMenus, loadPublishedNews, loadTransitions } from './data'
import type { PublicMenu } from './data'
import { freshnessFeed, newsFeed } from './feeds'
import { formToken, isFormTokenValid, isSameOrigin } from './formGuard'
import { indexPage, menuPage, notFoundPage, thanksPage } from './pages'
import type { FormState } from './pages'
import { PUBLIC_CSS } from './style'

const KODE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const MENU_PAGE = /^\/menu\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/terima-kasih)?\/?$/

/** The paths the cache may answer from memory, before express. */
export function isPublicPagePath(path: string): boolean {
  const pathname = path.split('?', 1)[0] ?? ''
  return pathname === '/' || pathname === '/publik.css' || pathname === '/kesegaran.atom' || pathname === '/berita.atom' || MENU_PAGE.test(pathname)
}

const HTML = 'text/html; charset=utf-8'

function cacheable({ body, contentType, status = 200 }: { body: string; contentType: string; status?: number }): Response {
  return new Response(body, { status, headers: { 'content-type': contentType, [CACHEABLE_HEADER]: '1' } })
}

const send = ({ response, res, headers }: { response: Response; res: ExpressResponse; headers?: Record<string, string> }) =>
  sendWebResponse({ response, res, headers, isCookieForwarded: false })

type ReportOutcome = { kind: 'stored' } | { kind: 'invalid'; form: FormState; status: number; retryAfter?: string }

/** Field errors from Payload's 400 answer, in the form's terms. */
function formErrorsOf(body: unknown): FormState['errors'] {
  const errors: FormState['errors'] = {}
  const first = (body as { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] })?.errors?.[0]
  for (const error of first?.data?.errors ?? []) {
    if (error.path === 'pesan' || error.path === 'kontak') errors[error.path] = error.message ?? 'Isian tidak valid.'
    else errors.umum = error.message ?? 'Laporan tidak dapat diterima.'
  }
  if (Object.keys(errors).length === 0) errors.umum = first?.message ?? 'Laporan tidak dapat diterima.'
  return errors
}

export function mountPublicSite({
  app,
  payload,
  config,
  apiCache,
  publicUrl,
}: {
  app: Express
  payload: Payload
  config: SanitizedConfig
  apiCache: ApiCache
  publicUrl: string
}): void {
  const apiPrefix = config.routes?.api ?? '/api'
  const secret = config.secret
  const baseOf = (req: ExpressRequest) => (publicUrl || `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '')

  /** Answers an anonymous read from the cache, or renders it; signed-in readers get a private copy. */
  const cachedRead = async ({ req, res, render }: { req: ExpressRequest; res: ExpressResponse; render: () => Promise<Response> }) => {
    await apiCache.serve({
      request: { method: req.method, path: req.originalUrl, headers: req.headers },
      res,
      forward: render,
      send: ({ response, headers }) => send({ response, res, headers }),
    })
  }

  const findMenu = async ({ kode, now }: { kode: string; now: Date }): Promise<PublicMenu | undefined> => {
    if (!KODE.test(kode)) return undefined
    return (await loadPublicMenus({ payload, now, kode }))[0]
  }

  const renderMenuPage = async ({ item, now, form, status = 200, headers = {} }: { item: PublicMenu; now: Date; form?: FormState; status?: number; headers?: Record<string, string> }) => {
    const history = await loadMenuHistory({ payload, menuId: item.menuId })
    const html = menuPage({ item, history, now, token: formToken({ secret, kode: item.menu, now }), form, publicUrl: publicUrl.replace(/\/+$/, '') })
    return new Response(html, { status, headers: { 'content-type': HTML, ...headers } })
  }

  // Express 5 hands a rejected promise to the error handler itself: no try/catch per route.
  const cachedPage = (route: string, render: (req: ExpressRequest) => Promise<Response>) =>
    app.get(route, (req, res) => cachedRead({ req, res, render: () => render(req) }))
  const unknownMenu = (kode: string) => new Response(notFoundPage({ kode }), { status: 404, headers: { 'content-type': HTML } })

  cachedPage('/publik.css', async () => cacheable({ body: PUBLIC_CSS, contentType: 'text/css; charset=utf-8' }))

  cachedPage('/', async () => {
    const now = new Date()
    return cacheable({ body: indexPage({ menus: await loadPublicMenus({ payload, now }), now }), contentType: HTML })
  })

  cachedPage('/menu/:kode', async (req) => {
    const kode = String(req.params.kode)
    const now = new Date()
    const item = await findMenu({ kode, now })
    if (!item) return unknownMenu(kode)
    const page = await renderMenuPage({ item, now })
    return cacheable({ body: await page.text(), contentType: HTML })
  })

  cachedPage('/menu/:kode/terima-kasih', async (req) => {
    const kode = String(req.params.kode)
    const item = await findMenu({ kode, now: new Date() })
    return item ? cacheable({ body: thanksPage({ item }), contentType: HTML }) : unknownMenu(kode)
  })

  /** The report goes through POST /api/laporan-warga itself: its rules (length, contact, rate limit) are the only ones. */
  const fileReport = async ({ req, item, pesan, kontak }: { req: ExpressRequest; item: PublicMenu; pesan: string; kontak: string }): Promise<ReportOutcome> => {
    const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' })
    const clientAddress = req.ip ?? req.socket.remoteAddress
    if (clientAddress) headers.set(CLIENT_ADDRESS_HEADER, clientAddress)
    if (req.headers['accept-language']) headers.set('accept-language', String(req.headers['accept-language']))
    const data: Record<string, unknown> = { menu: item.menuId, pesan }
    if (kontak.trim() !== '') data.kontak = kontak.trim()
    const request = new Request(`${baseOf(req)}${apiPrefix}/laporan-warga`, { method: 'POST', headers, body: JSON.stringify(data) })
    let response: Response
    try {
      response = await handleEndpoints({ config, request })
    } finally {
      bumpContentGeneration()
    }
    if (response.status === 201) return { kind: 'stored' }
    const body = await response.json().catch(() => null)
    const form: FormState = { pesan, kontak, errors: response.status === 400 ? formErrorsOf(body) : { umum: formErrorsOf(body).umum } }
    if (response.status >= 500) form.errors = { umum: 'Laporan belum dapat disimpan karena gangguan di server. Silakan coba lagi sebentar lagi.' }
    return { kind: 'invalid', form, status: response.status, retryAfter: response.headers.get('retry-after') ?? undefined }
  }

  app.post('/menu/:kode/laporan', express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 }), async (req, res, next) => {
    try {
      res.set('cache-control', 'no-store')
      const now = new Date()
      const item = await findMenu({ kode: req.params.kode, now })
      if (!item) {
        res.status(404).type('html').send(notFoundPage({ kode: String(req.params.kode) }))
        return
      }
      const fields = (req.body ?? {}) as Record<string, unknown>
      const pesan = typeof fields.pesan === 'string' ? fields.pesan : ''
      const kontak = typeof fields.kontak === 'string' ? fields.kontak : ''
      const ownOrigins = [`${req.protocol}://${req.get('host') ?? ''}`, ...(publicUrl ? [new URL(publicUrl).origin] : [])]
      const isSameSite = isSameOrigin({ origin: req.get('origin'), secFetchSite: req.get('sec-fetch-site'), ownOrigins })
      if (!isSameSite || !isFormTokenValid({ token: fields.token, secret, kode: item.menu, now })) {
        const form: FormState = {
          pesan,
          kontak,
          errors: {
            umum: isSameSite
              ? 'Formulir ini sudah kedaluwarsa atau tidak utuh. Laporan belum terkirim: periksa isian di bawah lalu kirim lagi.'
              : 'Laporan hanya dapat dikirim dari halaman ini sendiri, bukan dari situs lain.',
          },
        }
        await send({ response: await renderMenuPage({ item, now, form, status: 403 }), res, headers: { 'cache-control': 'no-store' } })
        return
      }
      // A filled honeypot is a bot: it is thanked like anyone, and nothing is stored.
      const isBot = typeof fields.situs === 'string' && fields.situs.trim() !== ''
      const outcome = isBot ? ({ kind: 'stored' } as const) : await fileReport({ req, item, pesan, kontak })
      if (outcome.kind === 'stored') {
        res.redirect(303, `/menu/${encodeURIComponent(item.menu)}/terima-kasih`)
        return
      }
      const headers: Record<string, string> = { 'cache-control': 'no-store' }
      if (outcome.retryAfter) headers['retry-after'] = outcome.retryAfter
      await send({ response: await renderMenuPage({ item, now, form: outcome.form, status: outcome.status }), res, headers })
    } catch (error) {
      next(error)
    }
  })

  app.get('/kesegaran.atom', async (req, res, next) => {
    try {
      await cachedRead({
        req,
        res,
        render: async () => {
          const [transitions, menus] = await Promise.all([loadTransitions({ payload }), loadPublicMenus({ payload, now: new Date() })])
          const titles = new Map(menus.map((item) => [item.menu, item.judul]))
          return cacheable({ body: freshnessFeed({ baseUrl: baseOf(req), transitions, titles }), contentType: 'application/atom+xml; charset=utf-8' })
        },
      })
    } catch (error) {
      next(error)
    }
  })

  app.get('/berita.atom', async (req, res, next) => {
    try {
      await cachedRead({
        req,
        res,
        render: async () => cacheable({ body: newsFeed({ baseUrl: baseOf(req), news: await loadPublishedNews({ payload }) }), contentType: 'application/atom+xml; charset=utf-8' }),
      })
    } catch (error) {
      next(error)
    }
  })
}
