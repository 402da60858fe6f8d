import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, SCREENSHOTS, apiLogin, launchChromium, startSegar } from './helpers'
import type { RunningSegar } from './helpers'

const EDITOR = { email: 'editor.disdag16@e2e.segar.example', password: 'kata-sandi-editor-e2e-16' }
const REVIEWER = { email: 'peninjau16@e2e.segar.example', password: 'kata-sandi-peninjau-e2e-16' }
const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'ponsel', viewport: { width: 390, height: 844 }, isMobile: true },
] as const

let segar: RunningSegar
let browser: Browser
let adminToken: string

async function createUser(body: Record<string, unknown>) {
  const response = await fetch(`${segar.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
    body: JSON.stringify(body),
  })
  expect(response.status, await response.clone().text()).toBe(201)
}

async function api<T = { docs: Record<string, unknown>[] }>(pathname: string, token = adminToken): Promise<T> {
  const response = await fetch(`${segar.url}${pathname}`, { headers: { authorization: `JWT ${token}` } })
  expect(response.status, pathname).toBe(200)
  return (await response.json()) as T
}

async function logIn({ page, email, password }: { page: Page; email: string; password: string }) {
  await page.goto(`${segar.url}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
}

beforeAll(async () => {
  segar = await startSegar()
  adminToken = await apiLogin(segar.url, ADMIN.email, ADMIN.password)
  const disdag = await api(`/api/opd?where[singkatan][equals]=DISDAG&depth=0`)
  await createUser({ ...EDITOR, nama: 'Editor Dinas Perdagangan', roles: ['editor'], opd: [disdag.docs[0]!.id] })
  await createUser({ ...REVIEWER, nama: 'Peninjau Diskominfo', roles: ['reviewer'] })
  browser = await launchChromium()
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await segar?.stop()
})

describe('issue 16: the list view', () => {
  it('should show every row its commodity name and its price in rupiah, on a desktop and on a phone, without scrolling', async () => {
    const names = new Set((await api<{ docs: { nama: string }[] }>('/api/komoditas?limit=100&depth=0')).docs.map((doc) => doc.nama))
    expect(names.size).toBeGreaterThan(1)
    for (const size of SIZES) {
      const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile })
      const page = await context.newPage()
      await logIn({ page, ...EDITOR })
      await page.goto(`${segar.url}/admin/collections/harga-pangan?limit=10`)
      await page.locator('.table tbody tr').first().waitFor({ timeout: 60_000 })
      const rows = await page.locator('.table tbody tr').count()
      expect(rows, size.name).toBe(10)
      const commodities = await page.locator('.table tbody td.cell-komoditas').allInnerTexts()
      expect(commodities, size.name).toHaveLength(10)
      for (const text of commodities) expect(names.has(text.trim()), `${size.name}: "${text}" is a commodity`).toBe(true)
      const prices = await page.locator('.table tbody td.cell-harga').allInnerTexts()
      for (const text of prices) expect(text.trim(), size.name).toMatch(/^Rp \d{1,3}(\.\d{3})+$/)
      await page.screenshot({ path: path.join(SCREENSHOTS, `daftar-harga-${size.name}.png`), fullPage: true })
      const tableWidth = await page.locator('.table table').first().evaluate((table) => table.getBoundingClientRect().width)
      expect(tableWidth, `${size.name}: the table fits the screen`).toBeLessThanOrEqual(size.viewport.width)
      if (size.isMobile) {
        expect(await page.locator('.table thead th').evaluateAll((cells) => cells.filter((cell) => getComputedStyle(cell).display !== 'none').map((cell) => cell.id))).toEqual([
          'heading-komoditas',
          'heading-tanggal',
          'heading-harga',
        ])
      }
      await context.close()
    }
  })

  it('should write dates in the edit view as the header does: Indonesian, 24-hour', async () => {
    const price = (await api('/api/harga-pangan?limit=1&depth=0&where[_status][equals]=published')).docs[0]!
    const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await logIn({ page, ...ADMIN })
    await page.goto(`${segar.url}/admin/collections/harga-pangan/${price.id}`)
    await page.locator('.date-time-field input').first().waitFor({ timeout: 60_000 })
    // The form fills its inputs once hydrated, and Payload loads the Indonesian date-fns locale after that.
    const INDONESIAN = /^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}(, \d{2}\.\d{2})?$/
    const readDates = () => page.locator('.date-time-field input').evaluateAll((inputs) => inputs.map((item) => (item as HTMLInputElement).value).filter(Boolean))
    await expect.poll(async () => (await readDates()).length, { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(async () => (await readDates()).filter((value) => !INDONESIAN.test(value) || /AM|PM/.test(value)), { timeout: 30_000 }).toEqual([])
    await page.screenshot({ path: path.join(SCREENSHOTS, 'ubah-harga-1280.png') })
    await context.close()
  })

  it('should show the whole title and status row of the edit view on a phone', async () => {
    const price = (await api('/api/harga-pangan?limit=1&depth=0&where[_status][equals]=published')).docs[0]!
    const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await logIn({ page, ...ADMIN })
    await page.goto(`${segar.url}/admin/collections/harga-pangan/${price.id}`)
    await page.locator('.doc-header__title').first().waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'ubah-harga-ponsel.png'), fullPage: true })
    const cut = await page.locator('.doc-header__title, .doc-controls__value').evaluateAll((nodes) =>
      nodes.filter((node) => node.scrollWidth > node.clientWidth + 1).map((node) => node.textContent),
    )
    expect(cut).toEqual([])
    expect(await page.locator('.doc-header__title').first().innerText()).toMatch(/\d{4}$/)
    await context.close()
  })
})

describe('issue 16: the freshness share', () => {
  it('should count only monitored menus in the headline and show an office without one as such', async () => {
    const menus = await (await fetch(`${segar.url}/api/kesegaran`)).json() as { status: string; pemilik: { singkatan: string } }[]
    const monitored = menus.filter((menu) => !['archived', 'unmonitored', 'exempt'].includes(menu.status))
    const expected = `${Math.round((monitored.filter((menu) => menu.status === 'fresh').length / monitored.length) * 100)}%`
    const unmonitoredOnly = [...new Set(menus.map((menu) => menu.pemilik.singkatan))].filter((office) =>
      menus.filter((menu) => menu.pemilik.singkatan === office).every((menu) => menu.status === 'unmonitored' || menu.status === 'archived'),
    )
    expect(unmonitoredOnly, 'the demo has an office whose only menu is unmonitored (BAGHUKUM, IRREG)').toContain('BAGHUKUM')
    for (const size of SIZES) {
      const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile })
      const page = await context.newPage()
      await logIn({ page, ...REVIEWER })
      await page.goto(`${segar.url}/admin/kesegaran`)
      await page.locator('.segar-headline').waitFor({ timeout: 60_000 })
      expect(await page.locator('.segar-angka').innerText()).toBe(expected)
      expect(await page.locator('.segar-dasar').innerText()).toContain(`dari ${monitored.length} menu yang dipantau`)
      for (const office of unmonitoredOnly) {
        const card = page.locator('.segar-kartu').filter({ has: page.getByRole('link', { name: office, exact: true }) })
        expect(await card.locator('.segar-kartu-bagian').innerText()).toBe('tidak ada menu yang dipantau')
      }
      expect(await page.locator('.segar-kartu-bagian').allInnerTexts()).not.toContain('0% segar')
      const smallestLabel = await page.locator('svg.segar-tren text').evaluateAll((texts) => Math.min(...texts.map((text) => text.getBoundingClientRect().height)))
      expect(smallestLabel, `${size.name}: the trend's labels stay readable`).toBeGreaterThanOrEqual(9)
      await page.screenshot({ path: path.join(SCREENSHOTS, `kesegaran-${size.name}.png`), fullPage: size.isMobile })
      await context.close()
    }
  })
})

describe('issue 16: what a role sees', () => {
  it("should not show an editor the collections and the dashboard link it cannot use, and keep them for a reviewer", async () => {
    const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await logIn({ page, ...EDITOR })
    await page.locator('.segar-tugas').waitFor({ timeout: 60_000 })
    const editorNav = (await page.locator('.nav').first().textContent()) ?? ''
    for (const hidden of ['Pengguna', 'Pengecualian', 'Notifikasi terkirim', 'Kotak keluar', 'Riwayat tugas terjadwal', 'Dasbor kesegaran']) {
      expect(editorNav, hidden).not.toContain(hidden)
    }
    expect(editorNav).toContain('Harga bahan pokok')
    expect(await page.locator('.segar-sapaan').innerText()).toContain('Dinas Perdagangan')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dasbor-editor-1280.png') })
    // Their own account stays reachable.
    await page.goto(`${segar.url}/admin/account`)
    await page.locator('#field-email').waitFor({ timeout: 60_000 })
    await context.close()

    const staff = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 800 } })
    const staffPage = await staff.newPage()
    await logIn({ page: staffPage, ...REVIEWER })
    await staffPage.locator('.segar-dasbor').waitFor({ timeout: 60_000 })
    const reviewerNav = (await staffPage.locator('.nav').first().textContent()) ?? ''
    for (const shown of ['Pengecualian', 'Dasbor kesegaran']) expect(reviewerNav, shown).toContain(shown)
    await staff.close()
  })
})

describe("issue 16: Segar's own face", () => {
  it('should show Segar and Pemerintah Kota Palembang on the login page, with its own favicon and icon', async () => {
    const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${segar.url}/admin/login`)
    await page.locator('.segar-logo').waitFor({ timeout: 60_000 })
    expect(await page.locator('.segar-logo').innerText()).toMatch(/Segar[\s\S]*Pemerintah Kota Palembang/)
    expect(await page.locator('.segar-login-teks').innerText()).toContain('palembang.go.id')
    expect(await page.locator('.segar-logo svg').count()).toBe(1)
    const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    expect(icons.length).toBeGreaterThan(0)
    expect(icons.every((href) => href.startsWith('data:image/svg+xml'))).toBe(true)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'login-1280.png') })
    await logIn({ page, ...ADMIN })
    await page.locator('.segar-ikon svg').first().waitFor({ timeout: 60_000 })
    expect(await page.locator('.segar-sapaan').innerText()).toContain('Pemerintah Kota Palembang')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dasbor-admin-1280.png') })
    await context.close()
  })
})
