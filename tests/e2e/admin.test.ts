import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, SCREENSHOTS, apiLogin, launchChromium, startSegar } from './helpers'
import type { RunningSegar } from './helpers'

const EDITOR = { email: 'editor.disdag@e2e.segar.example', password: 'kata-sandi-editor-e2e-1' }

let segar: RunningSegar
let browser: Browser

beforeAll(async () => {
  segar = await startSegar()
  const token = await apiLogin(segar.url, ADMIN.email, ADMIN.password)
  const offices = await (await fetch(`${segar.url}/api/opd?where[singkatan][equals]=DISDAG`)).json()
  const created = await fetch(`${segar.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ ...EDITOR, nama: 'Editor Dinas Perdagangan', roles: ['editor'], opd: [offices.docs[0].id] }),
  })
  expect(created.status).toBe(201)
  browser = await launchChromium()
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await segar?.stop()
})

describe('the admin panel in a real browser', () => {
  it('should let an editor log in and land on the Indonesian dashboard', async () => {
    const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${segar.url}/admin/login`)
    expect(await page.getAttribute('html', 'lang')).toBe('id')
    await page.locator('#field-email').fill(EDITOR.email)
    await page.locator('#field-password').fill(EDITOR.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
    await page.locator('.dashboard').first().waitFor({ timeout: 60_000 })
    await page.getByText('Perangkat Daerah (OPD)').first().waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dasbor-editor.png') })
    expect(await page.title()).toMatch(/Dasbor/)
    const text = await page.locator('body').innerText()
    expect(text).not.toMatch(/\bCollections\b|\bDashboard\b/)
    await context.close()
  })

  it('should refuse a wrong password with an Indonesian message', async () => {
    const context = await browser.newContext({ locale: 'id-ID' })
    const page = await context.newPage()
    await page.goto(`${segar.url}/admin/login`)
    await page.locator('#field-email').fill(EDITOR.email)
    await page.locator('#field-password').fill('bukan-kata-sandinya')
    await page.locator('button[type="submit"]').click()
    await page.getByText(/salah/i).first().waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await context.close()
  })

  it('should let the admin edit and save documents through the form, which sends its read-only and system fields back', async () => {
    const token = await apiLogin(segar.url, ADMIN.email, ADMIN.password)
    const api = async (pathname: string) => (await fetch(`${segar.url}${pathname}`, { headers: { authorization: `JWT ${token}` } })).json()
    const holiday = (await api('/api/hari-libur?limit=1&depth=0')).docs[0]
    const price = (await api('/api/harga-pangan?limit=1&depth=0&where[_status][equals]=published')).docs[0]
    const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${segar.url}/admin/login`)
    await page.locator('#field-email').fill(ADMIN.email)
    await page.locator('#field-password').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })

    await page.goto(`${segar.url}/admin/collections/hari-libur/${holiday.id}`)
    await page.locator('#field-nama').fill(`${holiday.nama} (diperiksa)`)
    await page.locator('#action-save').click()
    await expect.poll(async () => (await api(`/api/hari-libur/${holiday.id}?depth=0`)).nama, { timeout: 30_000 }).toBe(`${holiday.nama} (diperiksa)`)

    await page.goto(`${segar.url}/admin/collections/harga-pangan/${price.id}`)
    await page.locator('#field-harga').fill(String(price.harga + 50))
    await page.locator('#action-save').click()
    await expect.poll(async () => (await api(`/api/harga-pangan/${price.id}?depth=0`)).harga, { timeout: 30_000 }).toBe(price.harga + 50)
    await context.close()
  })
})

describe('the admin under the content security policy', () => {
  it('should send the security headers on admin pages', async () => {
    const response = await fetch(`${segar.url}/admin/login`)
    expect(response.status).toBe(200)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("default-src 'self'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('should log in and show the dashboard, a list and an edit view without one policy violation', async () => {
    const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 800 } })
    await context.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
    })
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(message.text())
    })
    const collect = async () => {
      violations.push(...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])))
    }
    await page.goto(`${segar.url}/admin/login`)
    await page.locator('#field-email').fill(ADMIN.email)
    await page.locator('#field-password').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
    await page.locator('.dashboard').first().waitFor({ timeout: 60_000 })
    await collect()
    await page.goto(`${segar.url}/admin/collections/komoditas`)
    await page.locator('.table').first().waitFor({ timeout: 60_000 })
    await collect()
    await page.locator('.table tbody tr a').first().click()
    await page.waitForURL((url) => /\/admin\/collections\/komoditas\/[^/]+$/.test(url.pathname), { timeout: 60_000 })
    await page.locator('#field-nama').first().waitFor({ timeout: 60_000 })
    await collect()
    await page.goto(`${segar.url}/admin/collections/berita/create`)
    await page.locator('.rich-text-lexical, [data-lexical-editor]').first().waitFor({ timeout: 60_000 })
    await collect()
    expect(violations).toEqual([])
    await context.close()
  })
})
