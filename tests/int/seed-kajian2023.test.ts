import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { KAJIAN_2023_BROKEN_URLS, SI_DEMANG_SERVICES } from '../../seed/data/services'
import { KAJIAN_2023_NOW, seedKajian2023 } from '../../seed/kajian2023'
import { SLUGS } from '../../src/slugs'
import { startTestPayload } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'

async function startWithUploads(): Promise<TestPayload & { uploadDir: string }> {
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-seed-'))
  const context = await startTestPayload({ extraEnv: { DATA_DIR: uploadDir } })
  return {
    ...context,
    uploadDir,
    cleanup: async () => {
      await context.cleanup()
      fs.rmSync(uploadDir, { recursive: true, force: true })
    },
  }
}

describe('seed: the portal as the 2023 study found it', () => {
  let context: TestPayload & { uploadDir: string }
  let payload: Payload

  beforeAll(async () => {
    context = await startWithUploads()
    payload = context.payload
    await seed({ payload })
    await seedKajian2023({ payload })
  })

  afterAll(async () => {
    await context?.cleanup()
  })

  it('should have no vacancy open in January 2023', async () => {
    const open = await payload.count({ collection: SLUGS.lowonganKerja, where: { batasLamaran: { greater_than: KAJIAN_2023_NOW.toISOString() } } })
    expect(open.totalDocs).toBe(0)
  })

  it('should show investment information from 2021, last changed in 2021', async () => {
    const investments = await payload.find({ collection: SLUGS.peluangInvestasi, pagination: false })
    expect(investments.docs.length).toBeGreaterThan(0)
    for (const doc of investments.docs) {
      expect(doc.tahunData).toBe(2021)
      expect(new Date(String(doc.isiDiubahPada)).getUTCFullYear()).toBe(2021)
    }
  })

  it('should point SIM Online at a dead address and the directory at the home page', async () => {
    const services = await payload.find({ collection: SLUGS.layananPublik, pagination: false })
    const byName = new Map(services.docs.map((doc) => [doc.nama, doc.url]))
    expect(byName.get('Pelayanan SIM Online')).toBe(KAJIAN_2023_BROKEN_URLS.simOnline)
    expect(byName.get('Informasi Dinas Kota')).toBe('https://palembang.go.id/')
    expect(byName.get('Informasi PBB')).toMatch(/^https:\/\//)
    expect(services.docs.filter((doc) => doc.nama.startsWith('Si Demang')).length).toBe(SI_DEMANG_SERVICES.length)
  })

  it('should have no forms, as the study found none', async () => {
    expect((await payload.count({ collection: SLUGS.formulir })).totalDocs).toBe(0)
  })

  it('should create nothing on a second run', async () => {
    const second = await seedKajian2023({ payload })
    expect(second.created).toEqual({})
    expect(Object.keys(second.unchanged).length).toBeGreaterThan(0)
  })
})
