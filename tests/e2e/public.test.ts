import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { check as checkLinks } from 'linkinator'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, ROOT, SCREENSHOTS, apiLogin, launchChromium, startSegar } from './helpers'
import type { RunningSegar } from './helpers'

type Freshness = { menu: string; judul: string; status: string; pemilik: { id: string | number; singkatan: string } }
type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')
const OWNER_EDITOR = { email: 'editor.pemilik@e2e.segar.example', password: 'kata-sandi-editor-publik-1' }
const OTHER_EDITOR = { email: 'editor.lain@e2e.segar.example', password: 'kata-sandi-editor-publik-2' }
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

let segar: RunningSegar
let browser: Browser
let freshness: Freshness[]
let reported: Freshness

async function createUser({ token, body }: { token: string; body: Record<string, unknown> }) {
  const response = await fetch(`${segar.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  expect(response.status, await response.clone().text()).toBe(201)
}

/** axe-core in the page itself; evaluated through the debugging protocol, which the page's CSP does not govern. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE)
  const result = (await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as AxeResult
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** CSP violations a page reports on the console. */
function watchPolicy(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

beforeAll(async () => {
  // The public side needs no admin build; the demo seed gives it fresh, late and archived menus.
  segar = await startSegar({ SEGAR_ADMIN: 'off' })
  const token = await apiLogin(segar.url, ADMIN.email, ADMIN.password)
  freshness = (await (await fetch(`${segar.url}/api/kesegaran`)).json()) as Freshness[]
  reported = freshness.find((item) => item.menu === 'harga-pangan') ?? freshness[0]!
  const other = freshness.find((item) => String(item.pemilik.id) !== String(reported.pemilik.id))!
  await createUser({ token, body: { ...OWNER_EDITOR, nama: `Editor ${reported.pemilik.singkatan}`, roles: ['editor'], opd: [reported.pemilik.id] } })
  await createUser({ token, body: { ...OTHER_EDITOR, nama: `Editor ${other.pemilik.singkatan}`, roles: ['editor'], opd: [other.pemilik.id] } })
  browser = await launchChromium()
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await segar?.stop()
})

describe('the public freshness page in a real browser', () => {
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`should list every menu with its status at ${viewport.width}×${viewport.height}, with no policy violation or serious accessibility problem`, async () => {
      const context = await browser.newContext({ locale: 'id-ID', viewport })
      const page = await context.newPage()
      const violations = watchPolicy(page)
      const response = await page.goto(`${segar.url}/`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('h1').textContent()).resolves.toBe('Kesegaran informasi Portal Palembang')
      const listed = await page.locator('li.kartu').evaluateAll((items) => items.map((item) => item.getAttribute('data-menu')))
      expect(listed.sort()).toEqual(freshness.map((item) => item.menu).sort())
      for (const item of freshness) {
        const card = page.locator(`li.kartu[data-menu="${item.menu}"]`)
        await expect(card.locator('h3').textContent()).resolves.toBe(item.judul)
        await expect(card.locator('.status').textContent()).resolves.toMatch(/\S+ \S/)
      }
      const hasArchived = freshness.some((item) => item.status === 'archived')
      expect(await page.locator('#menu-arsip').count()).toBe(hasArchived ? 1 : 0)
      // Nothing wider than the screen on a phone.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).toBeLessThanOrEqual(viewport.width)
      await page.screenshot({ path: path.join(SCREENSHOTS, `publik-${name}.png`), fullPage: name === 'phone' ? false : true })
      expect(await seriousViolations(page)).toEqual([])
      await page.goto(`${segar.url}/menu/${reported.menu}`)
      await page.screenshot({ path: path.join(SCREENSHOTS, `publik-menu-${name}.png`), fullPage: true })
      expect(await seriousViolations(page)).toEqual([])
      expect(violations).toEqual([])
      await context.close()
    })
  }

  it('should let a citizen on a phone without JavaScript file a report by keyboard, see the errors, then the confirmation', async () => {
    const context = await browser.newContext({ locale: 'id-ID', viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${segar.url}/menu/${reported.menu}`)
    // Sent empty first: the error is announced and the field marked.
    await page.locator('#pesan').focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Kirim laporan')
    // The empty alert region is on the form page already: wait for the answer to the post itself.
    await Promise.all([page.waitForURL((url) => url.pathname === `/menu/${reported.menu}/laporan`), page.keyboard.press('Enter')])
    await expect(page.locator('#ringkasan-galat').textContent()).resolves.toContain('Pesan wajib diisi.')
    await expect(page.locator('#pesan').getAttribute('aria-invalid')).resolves.toBe('true')
    // The summary has the focus, so a screen reader reads the errors first; the title says so too.
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('kotak-galat')
    await expect(page.title()).resolves.toMatch(/^Galat: /)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'publik-laporan-galat.png'), fullPage: true })

    await page.locator('#pesan').focus()
    await page.keyboard.type('Harga cabai merah di menu ini masih harga minggu lalu.')
    await page.keyboard.press('Tab')
    await page.keyboard.type('warga.e2e@contoh.id')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === `/menu/${reported.menu}/terima-kasih`)
    const confirmation = page.locator('[role="status"]')
    await expect(confirmation.textContent()).resolves.toContain('Yang terjadi berikutnya')
    await expect(confirmation.textContent()).resolves.toContain(reported.pemilik.singkatan)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'publik-laporan-terkirim.png'), fullPage: true })
    await context.close()

    // The report is there for the owner office, and not for another office.
    const ownerToken = await apiLogin(segar.url, OWNER_EDITOR.email, OWNER_EDITOR.password)
    const ownerReports = await (await fetch(`${segar.url}/api/laporan-warga?depth=0&limit=100`, { headers: { authorization: `JWT ${ownerToken}` } })).json()
    const found = ownerReports.docs.find((doc: { pesan: string }) => doc.pesan === 'Harga cabai merah di menu ini masih harga minggu lalu.')
    expect(found).toMatchObject({ status: 'baru', kontak: 'warga.e2e@contoh.id' })
    const otherToken = await apiLogin(segar.url, OTHER_EDITOR.email, OTHER_EDITOR.password)
    const otherReports = await (await fetch(`${segar.url}/api/laporan-warga?depth=0&limit=100`, { headers: { authorization: `JWT ${otherToken}` } })).json()
    expect(otherReports.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(found.id)
  })

  it('should show the badge image and the snippet text on a page of another site', async () => {
    const snippet = [
      '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Portal</title></head><body>',
      `<p><img id="lencana" src="${segar.url}/api/kesegaran/${reported.menu}/badge.svg" alt="kesegaran"></p>`,
      `<p><span id="teks-lencana"></span><script src="${segar.url}/api/kesegaran/${reported.menu}/badge.js" data-target="teks-lencana" async></script></p>`,
      '</body></html>',
    ].join('')
    const portal = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(snippet)
    })
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve))
    try {
      // localhost is another origin than 127.0.0.1, as palembang.go.id is to Segar.
      const portalUrl = `http://localhost:${(portal.address() as AddressInfo).port}/`
      const context = await browser.newContext({ locale: 'id-ID', viewport: DESKTOP })
      const page = await context.newPage()
      await page.goto(portalUrl)
      await page.waitForFunction(() => (document.getElementById('teks-lencana')?.textContent ?? '') !== '')
      const text = await page.locator('#teks-lencana').textContent()
      const badge = await (await fetch(`${segar.url}/api/kesegaran/${reported.menu}/badge.svg`)).text()
      const badgeWords = /aria-label="Kesegaran [^"]*: ([^"]+)"/.exec(badge)?.[1]
      expect(text).toMatch(/^\S+ /)
      expect(text?.slice(text.indexOf(' ') + 1)).toBe(badgeWords)
      await page.waitForFunction(() => (document.getElementById('lencana') as HTMLImageElement).complete)
      expect(await page.evaluate(() => (document.getElementById('lencana') as HTMLImageElement).naturalWidth)).toBeGreaterThan(50)
      await context.close()
    } finally {
      await new Promise((resolve) => portal.close(resolve))
    }
  })

  it('should have no broken link on the public pages (linkinator)', async () => {
    const result = await checkLinks({ path: `${segar.url}/`, recurse: true, concurrency: 4, timeout: 30_000 })
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status} ${link.url} (from ${link.parent})`)
    expect(broken).toEqual([])
    const crawled = result.links.map((link) => new URL(link.url).pathname)
    for (const item of freshness) expect(crawled).toContain(`/menu/${item.menu}`)
    expect(crawled).toContain('/kesegaran.atom')
    expect(crawled).toContain('/berita.atom')
  })
})
