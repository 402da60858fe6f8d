import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signToken, signVerificationToken, verificationLink } from '../../src/freshness/verificationToken'
import { SLUGS } from '../../src/slugs'
import { absentId } from '../helpers/database'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

let server: TestServer
let menuA: { id: string | number; judul: string }
let menuB: { id: string | number }
const tokens: Record<string, string> = {}

const DAY_MS = 24 * 60 * 60 * 1000

async function menuOwnedBy(office: string | number) {
  const result = await server.payload.find({ collection: SLUGS.menuPortal, where: { pemilik: { equals: office } }, sort: 'kode', limit: 1 })
  const menu = result.docs[0]
  if (!menu) throw new Error(`tidak ada menu milik OPD ${office}`)
  return menu
}

async function verificationsOf(menu: string | number) {
  return server.payload.find({ collection: SLUGS.verifikasi, where: { menu: { equals: menu } }, sort: 'pada', depth: 0, limit: 100 })
}

const linkToken = ({ menu = menuA.id, office = server.officeA.id, now = new Date() } = {}) =>
  signVerificationToken({ menuId: menu, officeId: office, now, secret: server.payload.config.secret })

const postLink = (token: string) => server.api('/api/menu-portal/verifikasi-tautan', { method: 'POST', json: { token } })

beforeAll(async () => {
  server = await startTestServer()
  menuA = await menuOwnedBy(server.officeA.id)
  menuB = await menuOwnedBy(server.officeB.id)
  for (const [name, user] of Object.entries(server.users)) tokens[name] = await server.login(user.email)
})

afterAll(async () => {
  await server?.close()
})

describe('POST /api/menu-portal/:id/verifikasi', () => {
  it('should record a confirmation by an editor of the owner office, with who, when and the note', async () => {
    const before = Date.now()
    const response = await server.api(`/api/menu-portal/${menuA.id}/verifikasi`, {
      method: 'POST',
      token: tokens.editorA,
      json: { catatan: 'Harga sudah dicek ke pasar.' },
    })
    expect(response.status).toBe(201)
    const body = await response.json()
    expect(body.verifikasi).toMatchObject({
      menu: menuA.id,
      oleh: server.users.editorA.id,
      cara: 'login',
      catatan: 'Harga sudah dicek ke pasar.',
    })
    expect(new Date(body.verifikasi.pada).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(new Date(body.verifikasi.pada).getTime()).toBeLessThanOrEqual(Date.now() + 1000)

    const stored = await server.payload.findByID({ collection: SLUGS.verifikasi, id: body.verifikasi.id, depth: 0 })
    expect(stored).toMatchObject({ menu: menuA.id, oleh: server.users.editorA.id, cara: 'login', pada: body.verifikasi.pada })
  })

  it('should let an admin confirm any menu', async () => {
    const response = await server.api(`/api/menu-portal/${menuB.id}/verifikasi`, { method: 'POST', token: tokens.admin, json: {} })
    expect(response.status).toBe(201)
    expect((await response.json()).verifikasi.oleh).toBe(server.users.admin.id)
  })

  it("should refuse another office's editor and a reviewer with 403 and store nothing", async () => {
    const before = (await verificationsOf(menuB.id)).totalDocs
    for (const token of [tokens.editorA, tokens.reviewer]) {
      const response = await server.api(`/api/menu-portal/${menuB.id}/verifikasi`, { method: 'POST', token, json: {} })
      expect(response.status).toBe(403)
      expect((await response.json()).errors[0].message).toMatch(/OPD pemilik/)
    }
    expect((await verificationsOf(menuB.id)).totalDocs).toBe(before)
  })

  it('should refuse anonymous callers with 401 and store nothing', async () => {
    const before = (await verificationsOf(menuA.id)).totalDocs
    const response = await server.api(`/api/menu-portal/${menuA.id}/verifikasi`, { method: 'POST', json: {} })
    expect(response.status).toBe(401)
    expect((await verificationsOf(menuA.id)).totalDocs).toBe(before)
  })

  it('should answer 404 for an unknown menu', async () => {
    for (const id of [String(absentId(server.database.kind)), '999999', 'bukan-menu']) {
      const response = await server.api(`/api/menu-portal/${id}/verifikasi`, { method: 'POST', token: tokens.admin, json: {} })
      expect(response.status).toBe(404)
    }
  })

  it('should refuse a note longer than 500 characters, naming the field', async () => {
    const response = await server.api(`/api/menu-portal/${menuA.id}/verifikasi`, {
      method: 'POST',
      token: tokens.editorA,
      json: { catatan: 'x'.repeat(501) },
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/catatan/)
  })

  it('should ignore a client-supplied time and confirmer', async () => {
    const response = await server.api(`/api/menu-portal/${menuA.id}/verifikasi`, {
      method: 'POST',
      token: tokens.editorA,
      json: { pada: '2020-01-01T00:00:00.000Z', oleh: server.users.admin.id, cara: 'tautan' },
    })
    expect(response.status).toBe(201)
    const { verifikasi } = await response.json()
    expect(new Date(verifikasi.pada).getFullYear()).toBeGreaterThan(2020)
    expect(verifikasi).toMatchObject({ oleh: server.users.editorA.id, cara: 'login' })
  })

  it('should take the moment from the Local API context, for replays and tests', async () => {
    const doc = await server.payload.create({
      collection: SLUGS.verifikasi,
      data: { menu: menuA.id as number, cara: 'login' },
      context: { now: new Date('2025-07-14T11:00:00+07:00') },
    })
    expect(doc.pada).toBe('2025-07-14T04:00:00.000Z')
    await server.payload.delete({ collection: SLUGS.verifikasi, id: doc.id })
  })
})

describe('reading verifications', () => {
  it('should show editors only the confirmations of their own menus, reviewers all and anonymous none', async () => {
    const menusOf = async (token?: string) => {
      const response = await server.api('/api/verifikasi?depth=0&limit=100', { token })
      return { status: response.status, menus: new Set(((await response.json()).docs ?? []).map((doc: { menu: unknown }) => doc.menu)) }
    }
    const editorB = await menusOf(tokens.editorB)
    expect(editorB.menus.has(menuB.id)).toBe(true)
    expect(editorB.menus.has(menuA.id)).toBe(false)
    const reviewer = await menusOf(tokens.reviewer)
    expect(reviewer.menus.has(menuA.id) && reviewer.menus.has(menuB.id)).toBe(true)
    expect((await menusOf()).status).toBe(403)
  })

  it('should refuse direct creation over REST to everyone but an admin', async () => {
    const refused = await server.api('/api/verifikasi', { method: 'POST', token: tokens.editorA, json: { menu: menuA.id, cara: 'login' } })
    expect(refused.status).toBe(403)
    const allowed = await server.api('/api/verifikasi', { method: 'POST', token: tokens.admin, json: { menu: menuA.id, cara: 'login' } })
    expect(allowed.status).toBe(201)
  })
})

describe('signed one-click link', () => {
  it('should show a confirmation page on GET and store nothing', async () => {
    const link = verificationLink({ publicUrl: server.url, menuId: menuA.id, officeId: server.officeA.id, now: new Date(), secret: server.payload.config.secret })
    const before = (await verificationsOf(menuA.id)).totalDocs
    for (let visit = 0; visit < 2; visit++) {
      const response = await fetch(link)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/text\/html/)
      expect(response.headers.get('cache-control')).toMatch(/no-store/)
      const html = await response.text()
      expect(html).toContain('<html lang="id">')
      expect(html).toContain(menuA.judul)
      expect(html).toMatch(/<form method="post"/)
      expect(html).toContain('Ya, isinya masih benar')
    }
    expect((await verificationsOf(menuA.id)).totalDocs).toBe(before)
  })

  it('should record a confirmation without login once, and refuse the same link the second time', async () => {
    const token = linkToken()
    const first = await postLink(token)
    expect(first.status).toBe(201)
    const { verifikasi } = await first.json()
    expect(verifikasi).toMatchObject({ menu: menuA.id, oleh: null, cara: 'tautan' })
    const stored = await server.payload.findByID({ collection: SLUGS.verifikasi, id: verifikasi.id, depth: 0 })
    expect(stored.tokenId).toEqual(expect.any(String))

    const before = (await verificationsOf(menuA.id)).totalDocs
    const second = await postLink(token)
    expect(second.status).toBe(409)
    expect((await second.json()).errors[0].message).toMatch(/sudah dipakai/)
    expect((await verificationsOf(menuA.id)).totalDocs).toBe(before)
    const page = await server.api(`/api/menu-portal/verifikasi-tautan?token=${encodeURIComponent(token)}`)
    expect(page.status).toBe(409)
  })

  it('should accept the button of the page, a form post, and answer with a page', async () => {
    const token = linkToken()
    const response = await server.api('/api/menu-portal/verifikasi-tautan', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(await response.text()).toContain('tercatat masih benar')
  })

  it('should let only one of two simultaneous uses of a link through', async () => {
    const token = linkToken()
    const statuses = (await Promise.all([postLink(token), postLink(token)])).map((response) => response.status).sort()
    expect(statuses).toEqual([201, 409])
  })

  it('should refuse a tampered link and store nothing', async () => {
    const [version, body, mac] = linkToken().split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    const forged = `${version}.${Buffer.from(JSON.stringify({ ...claims, m: String(menuB.id), o: String(server.officeB.id) })).toString('base64url')}.${mac}`
    const before = (await verificationsOf(menuB.id)).totalDocs
    const response = await postLink(forged)
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/tidak sah/)
    expect((await verificationsOf(menuB.id)).totalDocs).toBe(before)
  })

  it('should refuse a link 14 days after it was sent, on the page and on confirm', async () => {
    const token = linkToken({ now: new Date(Date.now() - 14 * DAY_MS - 1000) })
    const page = await server.api(`/api/menu-portal/verifikasi-tautan?token=${encodeURIComponent(token)}`)
    expect(page.status).toBe(410)
    expect(await page.text()).toMatch(/kedaluwarsa/)
    const response = await postLink(token)
    expect(response.status).toBe(410)
    expect((await response.json()).errors[0].message).toMatch(/kedaluwarsa/)
  })

  it('should refuse a link signed for another purpose or another secret', async () => {
    const otherPurpose = signToken({ purpose: 'lain', menuId: menuA.id, officeId: server.officeA.id, now: new Date(), secret: server.payload.config.secret })
    expect((await postLink(otherPurpose)).status).toBe(400)
    const otherSecret = signVerificationToken({ menuId: menuA.id, officeId: server.officeA.id, now: new Date(), secret: 'bukan-rahasia-server' })
    expect((await postLink(otherSecret)).status).toBe(400)
    expect((await postLink('')).status).toBe(400)
  })

  it('should refuse a link once the menu has moved to another office', async () => {
    const response = await postLink(linkToken({ menu: menuA.id, office: server.officeB.id }))
    expect(response.status).toBe(403)
  })
})
