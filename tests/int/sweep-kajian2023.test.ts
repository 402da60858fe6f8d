import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSweep } from '../../jobs/sweep/handler'
import { seed } from '../../seed'
import type { MenuFreshness } from '../../src/freshness/evaluate'
import { startTestPayload } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'

const wib = (iso: string) => new Date(`${iso}+07:00`)

function byMenu(results: MenuFreshness[], kode: string): MenuFreshness {
  const found = results.find((result) => result.menu === kode)
  if (!found) throw new Error(`menu ${kode} tidak ada dalam hasil`)
  return found
}

// Its own file: Payload keeps one instance per process, so each scenario gets a fresh process and database.
describe('sweep: the portal as the 2023 study found it', () => {
  let context: TestPayload
  let payload: Payload

  beforeAll(async () => {
    context = await startTestPayload()
    payload = context.payload
    await seed({ payload, scenario: 'kajian-2023' })
  }, 300_000)

  afterAll(async () => {
    await context?.cleanup()
  })

  it('should report what the study found on 16 January 2023', async () => {
    const summary = await runSweep({ payload, now: wib('2023-01-16T09:00:00') })
    expect(summary.gagal).toEqual([])

    const prices = byMenu(summary.hasil, 'harga-pangan')
    expect(prices.status).toBe('delinquent')
    expect(prices.tanggalData).toBe('2020-04-13')
    expect(prices.masalah[0]?.pesan).toContain('13 April 2020')

    const covid = byMenu(summary.hasil, 'statistik-covid')
    expect(['overdue', 'delinquent']).toContain(covid.status)
    expect(covid.tanggalData?.startsWith('2021-')).toBe(true)

    const vacancies = byMenu(summary.hasil, 'lowongan-kerja')
    expect(vacancies.status).toBe('empty')
    expect(vacancies.jumlahTerbit).toBeGreaterThan(0)
    expect(vacancies.jumlahBerlaku).toBe(0)

    const investment = byMenu(summary.hasil, 'peluang-investasi')
    expect(investment.status).toBe('delinquent')
    expect(investment.tanggalData).toBe('2021')

    expect(byMenu(summary.hasil, 'agenda').status).toBe('fresh')
    expect(byMenu(summary.hasil, 'formulir').status).toBe('empty')
  })
})
