import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, SCREENSHOTS, apiLogin, launchChromium, startSegar } from './helpers'
import type { RunningSegar } from './helpers'

const REVIEWER = { email: 'peninjau@e2e.segar.example', password: 'kata-sandi-peninjau-e2e-1' }
const EDITOR = { email: 'editor.tugas@e2e.segar.example', password: 'kata-sandi-editor-e2e-2' }
const STALE_MENU = 'kontak-ambulans'
const DATE_ONLY_PROBLEMS = new Set(['jatuh-tempo', 'terlambat', 'sangat-terlambat', 'tanggal-tidak-diketahui'])

type Task = { menu: string; pemilik: { id: string | number; singkatan: string }; bisaDiverifikasi: boolean; masalah: { kode: string }[] }

let segar: RunningSegar
let browser: Browser
let editorOffice: { id: string; singkatan: string }

async function createUser({ token, body }: { token: string; body: Record<string, unknown> }) {
  const response = await fetch(`${segar.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  expect(response.status, await response.clone().text()).toBe(201)
}

/**
 * Every verifiable demo menu is fresh on a new database: a one-day threshold makes
 * this contact list, last updated days ago in the seed, late until someone verifies it.
 */
async function makeStale({ token, kode }: { token: string; kode: string }) {
  const found = await (await fetch(`${segar.url}/api/menu-portal?where[kode][equals]=${kode}&depth=0`, { headers: { authorization: `JWT ${token}` } })).json()
  const response = await fetch(`${segar.url}/api/menu-portal/${found.docs[0].id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ ambang: { jatuhTempo: 1, terlambat: 1, sangatTerlambat: 1 } }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

async function tasksOf(token: string): Promise<Task[]> {
  const response = await fetch(`${segar.url}/api/kesegaran/tugas-saya`, { headers: { authorization: `JWT ${token}` } })
  expect(response.status).toBe(200)
  return (await response.json()) as Task[]
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
  const token = await apiLogin(segar.url, ADMIN.email, ADMIN.password)
  await makeStale({ token, kode: STALE_MENU })
  // An office whose menu only needs a "still correct" to turn fresh again.
  const chosen = (await tasksOf(token)).find((task) => task.menu === STALE_MENU)
  expect(chosen?.bisaDiverifikasi, `${STALE_MENU} needs action and can be verified`).toBe(true)
  editorOffice = { id: String(chosen!.pemilik.id), singkatan: chosen!.pemilik.singkatan }
  await createUser({ token, body: { ...REVIEWER, nama: 'Peninjau Diskominfo', roles: ['reviewer'] } })
  await createUser({ token, body: { ...EDITOR, nama: `Editor ${editorOffice.singkatan}`, roles: ['editor'], opd: [chosen!.pemilik.id] } })
  browser = await launchChromium()
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await segar?.stop()
})

describe('the freshness dashboard in a real browser', () => {
  it('should show a reviewer the headline, the trend and every menu, and filter to one office', async () => {
    const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await logIn({ page, ...REVIEWER })
    await page.getByRole('link', { name: 'Dasbor kesegaran' }).first().waitFor({ timeout: 60_000 })
    await page.goto(`${segar.url}/admin/kesegaran`)
    await page.locator('.segar-headline').waitFor({ timeout: 60_000 })
    expect(await page.locator('.segar-angka').innerText()).toMatch(/^\d+%$/)
    expect(await page.locator('svg.segar-tren title').textContent()).toMatch(/Tren kesegaran/)
    expect(await page.locator('svg.segar-tren circle').count()).toBeGreaterThan(0)
    const allRows = await page.locator('table.segar-tabel tbody tr').count()
    expect(allRows).toBeGreaterThan(1)
    expect(await page.locator('.segar-kartu').count()).toBeGreaterThan(1)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kesegaran-1280.png'), fullPage: false })

    await page.locator('select[name="opd"]').selectOption(editorOffice.id)
    await page.getByRole('button', { name: 'Terapkan' }).click()
    await page.waitForURL((url) => url.searchParams.get('opd') === editorOffice.id, { timeout: 60_000 })
    await page.locator('table.segar-tabel').waitFor()
    const offices = await page.locator('table.segar-tabel tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-opd')))
    expect(offices.length).toBeGreaterThan(0)
    expect(offices.length).toBeLessThan(allRows)
    expect(new Set(offices)).toEqual(new Set([editorOffice.id]))
    await context.close()

    const phone = await browser.newContext({ locale: 'id-ID', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const phonePage = await phone.newPage()
    await logIn({ page: phonePage, ...REVIEWER })
    await phonePage.goto(`${segar.url}/admin/kesegaran`)
    await phonePage.locator('.segar-headline').waitFor({ timeout: 60_000 })
    await phonePage.screenshot({ path: path.join(SCREENSHOTS, 'kesegaran-ponsel.png') })
    await phone.close()
  })

  it("should give an editor only its offices' to-do list and turn a menu fresh with one click", async () => {
    const token = await apiLogin(segar.url, EDITOR.email, EDITOR.password)
    const expected = await tasksOf(token)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.every((task) => String(task.pemilik.id) === editorOffice.id)).toBe(true)

    const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await logIn({ page, ...EDITOR })
    await page.locator('.segar-tugas').waitFor({ timeout: 60_000 })
    const shown = await page.locator('.segar-tugas-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-menu')))
    expect(shown).toEqual(expected.map((task) => task.menu))

    const target = expected.find((task) => task.menu === STALE_MENU)!
    expect(target.masalah.every((problem) => DATE_ONLY_PROBLEMS.has(problem.kode))).toBe(true)
    const item = page.locator(`.segar-tugas-item[data-menu="${target.menu}"]`)
    await item.getByRole('button', { name: /Masih benar/ }).click()
    await item.locator('.segar-badge[data-status="fresh"]').waitFor({ timeout: 30_000 })
    expect(await item.locator('.segar-badge').innerText()).toMatch(/Segar/)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kesegaran-editor.png') })

    const after = await (await fetch(`${segar.url}/api/kesegaran/${target.menu}`)).json()
    expect((Array.isArray(after) ? after[0] : after).status).toBe('fresh')
    await context.close()
  })
})
