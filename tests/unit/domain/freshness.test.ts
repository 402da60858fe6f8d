import { describe, expect, it } from 'vitest'

import type { CadenceCode } from '../../../src/domain/cadence'
import type { FreshnessInput, FreshnessMenu, FreshnessStatus } from '../../../src/domain/freshness'
import {
  FRESHNESS_STATUSES,
  evaluateFreshness,
  freshnessLabel,
  worstFreshnessStatus,
} from '../../../src/domain/freshness'
import type { Holiday } from '../../../src/domain/holidays'
import { INDONESIAN_HOLIDAYS } from '../../../src/domain/holidays'

const at = (iso: string) => new Date(iso)
/** 16 July 2025, a Wednesday, 10:00 WIB. */
const NOW = at('2025-07-16T10:00:00+07:00')
/** A data date `n` Jakarta days before NOW, stored as calendar dates are (00:00 UTC). */
const daysBefore = (n: number) => new Date(Date.UTC(2025, 6, 16 - n))

type EvaluateOverrides = Omit<Partial<FreshnessInput>, 'menu'> & { menu?: Partial<FreshnessMenu> }

function evaluate({ menu, ...rest }: EvaluateOverrides = {}) {
  return evaluateFreshness({
    menu: { kode: 'uji', kadensi: 'MONTHLY', status: 'aktif', ...menu },
    kind: 'data',
    publishedCount: 10,
    validCount: 10,
    holidays: [],
    now: NOW,
    ...rest,
  })
}

const codes = (result: ReturnType<typeof evaluate>) => result.problems.map((problem) => problem.kode)

describe('evaluateFreshness thresholds (HDX defaults)', () => {
  const HDX: { kadensi: CadenceCode; due: number; overdue: number; delinquent: number }[] = [
    { kadensi: 'DAILY', due: 1, overdue: 2, delinquent: 3 },
    { kadensi: 'WEEKLY', due: 7, overdue: 14, delinquent: 21 },
    { kadensi: 'MONTHLY', due: 30, overdue: 44, delinquent: 60 },
    { kadensi: 'QUARTERLY', due: 90, overdue: 120, delinquent: 150 },
    { kadensi: 'ANNUAL_2', due: 180, overdue: 210, delinquent: 240 },
    { kadensi: 'ANNUAL', due: 365, overdue: 425, delinquent: 455 },
  ]
  const rows = HDX.flatMap(({ kadensi, due, overdue, delinquent }) => [
    { kadensi, age: due - 1, status: 'fresh' as FreshnessStatus },
    { kadensi, age: due, status: 'due' as FreshnessStatus },
    { kadensi, age: overdue - 1, status: 'due' as FreshnessStatus },
    { kadensi, age: overdue, status: 'overdue' as FreshnessStatus },
    { kadensi, age: delinquent - 1, status: 'overdue' as FreshnessStatus },
    { kadensi, age: delinquent, status: 'delinquent' as FreshnessStatus },
  ])

  it.each(rows)('should mark a $kadensi menu $status when its data is $age days old', ({ kadensi, age, status }) => {
    const result = evaluate({ menu: { kadensi }, dataDate: daysBefore(age) })
    expect(result.ageDays).toBe(age)
    expect(result.status).toBe(status)
    expect(result.label).toBe(freshnessLabel(status))
  })

  it('should mark a daily menu overdue after two days and say since when', () => {
    const result = evaluate({ menu: { kadensi: 'DAILY' }, dataDate: daysBefore(2) })
    expect(result.status).toBe('overdue')
    expect(result.problems).toEqual([
      { kode: 'terlambat', pesan: 'Terlambat sejak 16 Juli 2025: data terbaru bertanggal 14 Juli 2025, padahal kadensinya harian.' },
    ])
  })

  it('should report prices dated 13 April 2020 as delinquent since 16 April 2020 when replayed in January 2023', () => {
    const result = evaluate({
      menu: { kadensi: 'DAILY' },
      dataDate: at('2020-04-13T00:00:00.000Z'),
      now: at('2023-01-16T09:00:00+07:00'),
    })
    expect(result.status).toBe('delinquent')
    expect(result.ageDays).toBe(1008)
    expect(result.problems[0]?.kode).toBe('sangat-terlambat')
    expect(result.problems[0]?.pesan).toContain('sejak 16 April 2020')
    expect(result.problems[0]?.pesan).toContain('13 April 2020')
  })
})

describe('evaluateFreshness per-menu threshold overrides', () => {
  it.each([
    { age: 9, status: 'fresh' },
    { age: 10, status: 'due' },
    { age: 34, status: 'due' },
    { age: 35, status: 'overdue' },
    { age: 49, status: 'overdue' },
    { age: 50, status: 'delinquent' },
  ] as { age: number; status: FreshnessStatus }[])(
    'should mark a monthly menu with thresholds 10/35/50 $status at $age days',
    ({ age, status }) => {
      const ambang = { due: 10, overdue: 35, delinquent: 50 }
      expect(evaluate({ menu: { ambang }, dataDate: daysBefore(age) }).status).toBe(status)
    },
  )

  it('should keep the default for an override left null', () => {
    const ambang = { due: 10, overdue: null, delinquent: null }
    expect(evaluate({ menu: { ambang }, dataDate: daysBefore(43) }).status).toBe('due')
    expect(evaluate({ menu: { ambang }, dataDate: daysBefore(44) }).status).toBe('overdue')
    expect(evaluate({ menu: { ambang }, dataDate: daysBefore(60) }).status).toBe('delinquent')
  })

  it('should move the due date with an overridden due threshold', () => {
    const result = evaluate({ menu: { ambang: { due: 10 } }, dataDate: daysBefore(0) })
    expect(result.nextDueAt?.toISOString()).toBe(at('2025-07-26T00:00:00+07:00').toISOString())
  })
})

describe('evaluateFreshness at midnight in Jakarta', () => {
  it('should make a daily menu updated at 23:59 WIB due at 00:01 WIB, although UTC sees the same date', () => {
    const result = evaluate({
      menu: { kadensi: 'DAILY' },
      kind: 'reference',
      dataDate: at('2025-07-07T23:59:00+07:00'),
      now: at('2025-07-08T00:01:00+07:00'),
    })
    expect(result.ageDays).toBe(1)
    expect(result.status).toBe('due')
  })

  it('should keep a daily menu updated at 00:01 WIB fresh until 23:59 WIB, although UTC sees two dates', () => {
    const result = evaluate({
      menu: { kadensi: 'DAILY' },
      kind: 'reference',
      dataDate: at('2025-07-08T00:01:00+07:00'),
      now: at('2025-07-08T23:59:00+07:00'),
    })
    expect(result.ageDays).toBe(0)
    expect(result.status).toBe('fresh')
  })
})

describe('evaluateFreshness for working-day menus', () => {
  const workdays = (dataDate: string, now: string, holidays: Holiday[] = []) =>
    evaluate({ menu: { kadensi: 'WORKDAYS' }, kind: 'reference', dataDate: at(dataDate), now: at(now), holidays })

  it.each([
    { now: '2025-07-07T16:00:00+07:00', age: 0, status: 'fresh' },
    { now: '2025-07-07T23:59:00+07:00', age: 0, status: 'fresh' },
    { now: '2025-07-08T00:01:00+07:00', age: 1, status: 'due' },
    { now: '2025-07-08T23:59:00+07:00', age: 1, status: 'due' },
    { now: '2025-07-09T00:01:00+07:00', age: 2, status: 'overdue' },
    { now: '2025-07-10T08:00:00+07:00', age: 3, status: 'delinquent' },
  ] as { now: string; age: number; status: FreshnessStatus }[])(
    'should mark a working-day menu updated on Monday $status at $now',
    ({ now, age, status }) => {
      const result = workdays('2025-07-07T10:00:00+07:00', now)
      expect(result.ageDays).toBe(age)
      expect(result.status).toBe(status)
    },
  )

  it('should keep a menu updated on Friday fresh through the weekend and make it due on Monday like a daily menu', () => {
    for (const now of ['2025-07-11T22:00:00+07:00', '2025-07-12T10:00:00+07:00', '2025-07-13T23:59:00+07:00']) {
      expect(workdays('2025-07-11T15:00:00+07:00', now).status).toBe('fresh')
    }
    expect(workdays('2025-07-11T15:00:00+07:00', '2025-07-14T00:01:00+07:00').status).toBe('due')
    expect(workdays('2025-07-11T15:00:00+07:00', '2025-07-15T08:00:00+07:00').status).toBe('overdue')
  })

  it('should not count a holiday Monday as a missed working day', () => {
    const holidays: Holiday[] = [{ tanggal: '2025-08-18', nama: 'Cuti bersama', jenis: 'cuti-bersama' }]
    expect(workdays('2025-08-15T15:00:00+07:00', '2025-08-18T16:00:00+07:00', holidays).status).toBe('fresh')
    expect(workdays('2025-08-15T15:00:00+07:00', '2025-08-19T08:00:00+07:00', holidays).status).toBe('due')
    expect(workdays('2025-08-15T15:00:00+07:00', '2025-08-18T16:00:00+07:00').status).toBe('due')
  })

  it('should use the decreed Idulfitri 2026 leave from the seeded calendar', () => {
    const update = '2026-03-19T10:00:00+07:00'
    const lastDayOfLeave = workdays(update, '2026-03-24T23:59:00+07:00', [...INDONESIAN_HOLIDAYS])
    expect(lastDayOfLeave.ageDays).toBe(0)
    expect(lastDayOfLeave.status).toBe('fresh')
    expect(workdays(update, '2026-03-24T23:59:00+07:00').status).toBe('delinquent')
    const backAtWork = workdays(update, '2026-03-25T08:00:00+07:00', [...INDONESIAN_HOLIDAYS])
    expect(backAtWork.ageDays).toBe(1)
    expect(backAtWork.status).toBe('due')
  })

  it('should judge a daily menu by calendar days over the same weekend', () => {
    const result = evaluate({
      menu: { kadensi: 'DAILY' },
      kind: 'reference',
      dataDate: at('2025-07-11T15:00:00+07:00'),
      now: at('2025-07-14T08:00:00+07:00'),
    })
    expect(result.status).toBe('delinquent')
  })

  it.each([
    { now: '2025-07-09T10:00:00+07:00', age: 2, status: 'fresh' },
    { now: '2025-07-10T10:00:00+07:00', age: 3, status: 'due' },
    { now: '2025-07-11T10:00:00+07:00', age: 4, status: 'due' },
    { now: '2025-07-14T10:00:00+07:00', age: 5, status: 'overdue' },
  ] as { now: string; age: number; status: FreshnessStatus }[])(
    'should honour overridden working-day thresholds 3/5/10: $status at $now',
    ({ now, age, status }) => {
      const result = evaluate({
        menu: { kadensi: 'WORKDAYS', ambang: { due: 3, overdue: 5, delinquent: 10 } },
        kind: 'reference',
        dataDate: at('2025-07-07T10:00:00+07:00'),
        now: at(now),
      })
      expect(result.ageDays).toBe(age)
      expect(result.status).toBe(status)
    },
  )

  it('should fall due at 00:00 WIB on the Monday after a Friday update, without a reminder on Friday', () => {
    const friday = workdays('2025-07-11T15:00:00+07:00', '2025-07-11T16:00:00+07:00')
    expect(friday.nextDueAt?.toISOString()).toBe(at('2025-07-14T00:00:00+07:00').toISOString())
    expect(friday.dueTomorrow).toBe(false)
  })

  it('should fall due on Friday after a Thursday update and remind the same Thursday', () => {
    const thursday = workdays('2025-07-10T09:00:00+07:00', '2025-07-10T16:00:00+07:00')
    expect(thursday.nextDueAt?.toISOString()).toBe(at('2025-07-11T00:00:00+07:00').toISOString())
    expect(thursday.dueTomorrow).toBe(true)
  })
})

describe('evaluateFreshness exceptions', () => {
  const pengecualian = {
    alasan: 'Survei harga ditunda',
    mulai: at('2025-07-01T00:00:00+07:00'),
    selesai: at('2025-07-31T00:00:00+07:00'),
  }
  const late = (now: Date) => evaluate({ menu: { pengecualian }, dataDate: at('2025-03-01T00:00:00.000Z'), now })

  it('should not apply before the exception starts', () => {
    expect(late(new Date(pengecualian.mulai.getTime() - 1)).status).toBe('delinquent')
  })

  it('should apply from the moment the exception starts and silence lateness', () => {
    const result = late(pengecualian.mulai)
    expect(result.status).toBe('exempt')
    expect(result.label).toBe('Dikecualikan')
    expect(result.problems).toEqual([])
  })

  it('should still apply one millisecond before it ends', () => {
    expect(late(new Date(pengecualian.selesai.getTime() - 1)).status).toBe('exempt')
  })

  it('should end by itself at its end moment', () => {
    expect(late(pengecualian.selesai).status).toBe('delinquent')
  })

  it('should fall due when the exception ends and remind the day before', () => {
    expect(late(at('2025-07-15T10:00:00+07:00')).nextDueAt?.toISOString()).toBe(pengecualian.selesai.toISOString())
    expect(late(at('2025-07-15T10:00:00+07:00')).dueTomorrow).toBe(false)
    expect(late(at('2025-07-30T10:00:00+07:00')).dueTomorrow).toBe(true)
  })

  it('should still list broken links during an exception', () => {
    const result = evaluate({ menu: { pengecualian }, links: { broken: 1, soft404: 0 }, dataDate: daysBefore(0) })
    expect(result.status).toBe('exempt')
    expect(codes(result)).toEqual(['tautan-rusak'])
  })

  it('should ignore an exception whose end is not after its start', () => {
    const backwards = { alasan: 'Salah isi', mulai: NOW, selesai: NOW }
    expect(evaluate({ menu: { pengecualian: backwards }, dataDate: daysBefore(100) }).status).toBe('delinquent')
  })
})

describe('evaluateFreshness archive', () => {
  it('should mark an archived menu archived whatever its age, without lateness or emptiness problems', () => {
    const result = evaluate({
      menu: { status: 'arsip', catatanArsip: 'Data COVID-19 tidak diperbarui sejak status darurat berakhir.', kadensi: 'DAILY' },
      dataDate: at('2022-12-30T00:00:00.000Z'),
      publishedCount: 0,
      validCount: 0,
    })
    expect(result.status).toBe('archived')
    expect(result.label).toBe('Diarsipkan')
    expect(result.problems).toEqual([])
    expect(result.nextDueAt).toBeNull()
    expect(result.dueTomorrow).toBe(false)
    expect(result.lastUpdate?.toISOString()).toBe('2022-12-30T00:00:00.000Z')
  })

  it('should let the archive win over an exception and still list a broken link', () => {
    const pengecualian = { alasan: 'x', mulai: daysBefore(5), selesai: at('2026-01-01T00:00:00+07:00') }
    const result = evaluate({ menu: { status: 'arsip', pengecualian }, links: { broken: 2, soft404: 0 }, dataDate: daysBefore(400) })
    expect(result.status).toBe('archived')
    expect(codes(result)).toEqual(['tautan-rusak'])
  })
})

describe('evaluateFreshness empty menus', () => {
  it('should mark a data menu with nothing published empty, with no age and no due date', () => {
    const result = evaluate({ publishedCount: 0, validCount: 0, dataDate: null })
    expect(result.status).toBe('empty')
    expect(result.label).toBe('Kosong')
    expect(codes(result)).toEqual(['kosong'])
    expect(result.ageDays).toBeNull()
    expect(result.nextDueAt).toBeNull()
  })

  it('should mark a vacancy menu empty when every published vacancy has closed, even if the newest is recent', () => {
    const result = evaluate({
      kind: 'items',
      dataDate: daysBefore(3),
      publishedCount: 4,
      validCount: 0,
      itemsValidUntil: at('2025-07-10T23:59:00+07:00'),
    })
    expect(result.status).toBe('empty')
    expect(result.problems).toEqual([
      {
        kode: 'kosong',
        pesan: 'Semua 4 butir yang diterbitkan sudah tidak berlaku (lowongan ditutup atau acara selesai) sejak 10 Juli 2025.',
      },
    ])
  })

  it('should show empty over delinquent and list both', () => {
    const result = evaluate({ kind: 'items', dataDate: daysBefore(400), publishedCount: 4, validCount: 0 })
    expect(result.status).toBe('empty')
    expect(codes(result)).toEqual(['sangat-terlambat', 'kosong'])
  })

  it('should keep an agenda with one upcoming event out of empty', () => {
    expect(evaluate({ kind: 'items', dataDate: daysBefore(3), publishedCount: 4, validCount: 1 }).status).toBe('fresh')
  })
})

describe('evaluateFreshness broken links', () => {
  it('should mark a fresh menu with a confirmed failing link broken and say since when', () => {
    const result = evaluate({ dataDate: daysBefore(1), links: { broken: 2, soft404: 0, since: at('2025-07-14T03:00:00+07:00') } })
    expect(result.status).toBe('broken')
    expect(result.label).toBe('Tautan rusak')
    expect(result.problems).toEqual([{ kode: 'tautan-rusak', pesan: '2 tautan gagal diakses sejak 14 Juli 2025.' }])
  })

  it('should treat a soft 404 as broken', () => {
    const result = evaluate({ dataDate: daysBefore(1), links: { broken: 0, soft404: 1 } })
    expect(result.status).toBe('broken')
    expect(codes(result)).toEqual(['soft-404'])
  })

  it('should show broken over empty and delinquent and list all three', () => {
    const result = evaluate({
      kind: 'items',
      dataDate: daysBefore(100),
      publishedCount: 2,
      validCount: 0,
      links: { broken: 1, soft404: 0 },
    })
    expect(result.status).toBe('broken')
    expect(codes(result)).toEqual(['sangat-terlambat', 'kosong', 'tautan-rusak'])
  })

  it('should not mark a menu broken when no link failed', () => {
    expect(evaluate({ dataDate: daysBefore(1), links: { broken: 0, soft404: 0 } }).status).toBe('fresh')
  })
})

describe('evaluateFreshness citizen reports', () => {
  it('should list open reports without changing a fresh status', () => {
    const result = evaluate({ dataDate: daysBefore(1), openReports: 2, oldestOpenReportAt: at('2025-07-15T20:00:00+07:00') })
    expect(result.status).toBe('fresh')
    expect(result.problems).toEqual([{ kode: 'laporan-warga', pesan: '2 laporan warga belum ditangani sejak 15 Juli 2025.' }])
  })

  it('should list open reports next to lateness', () => {
    const result = evaluate({ dataDate: daysBefore(70), openReports: 1 })
    expect(result.status).toBe('delinquent')
    expect(codes(result)).toEqual(['sangat-terlambat', 'laporan-warga'])
  })
})

describe('evaluateFreshness unmonitored cadences', () => {
  it.each(['IRREG', 'AS_NEEDED', 'NOT_PLANNED'] as CadenceCode[])(
    'should mark a %s menu unmonitored however old, with its age but no due date',
    (kadensi) => {
      const result = evaluate({ menu: { kadensi, ambang: { due: 1, overdue: 2, delinquent: 3 } }, dataDate: daysBefore(900) })
      expect(result.status).toBe('unmonitored')
      expect(result.label).toBe('Tidak dipantau')
      expect(result.problems).toEqual([])
      expect(result.ageDays).toBe(900)
      expect(result.nextDueAt).toBeNull()
      expect(result.dueTomorrow).toBe(false)
    },
  )

  it('should still mark an unmonitored menu empty or broken, and list reports', () => {
    expect(evaluate({ menu: { kadensi: 'IRREG' }, publishedCount: 0, validCount: 0 }).status).toBe('empty')
    expect(evaluate({ menu: { kadensi: 'AS_NEEDED' }, dataDate: daysBefore(5), links: { broken: 1, soft404: 0 } }).status).toBe('broken')
    const reported = evaluate({ menu: { kadensi: 'NOT_PLANNED' }, dataDate: daysBefore(5), openReports: 1 })
    expect(reported.status).toBe('unmonitored')
    expect(codes(reported)).toEqual(['laporan-warga'])
  })
})

describe('evaluateFreshness future dates', () => {
  it('should ignore data dated after today and say the update date is unknown', () => {
    const result = evaluate({ menu: { kadensi: 'DAILY' }, dataDate: new Date(Date.UTC(2025, 6, 17)) })
    expect(result.lastUpdate).toBeNull()
    expect(result.ageDays).toBeNull()
    expect(result.status).toBe('overdue')
    expect(codes(result)).toEqual(['tanggal-tidak-diketahui'])
  })

  it("should count data dated today even before 07:00 WIB, when today's date is still yesterday in UTC", () => {
    const result = evaluate({
      menu: { kadensi: 'DAILY' },
      dataDate: new Date(Date.UTC(2025, 6, 16)),
      now: at('2025-07-16T06:00:00+07:00'),
    })
    expect(result.status).toBe('fresh')
    expect(result.ageDays).toBe(0)
  })

  it('should fall back to the verification when a reference menu reports a content change in the future', () => {
    const result = evaluate({ kind: 'reference', dataDate: at('2025-08-01T00:00:00+07:00'), verifiedAt: daysBefore(40) })
    expect(result.lastUpdate?.toISOString()).toBe(daysBefore(40).toISOString())
    expect(result.status).toBe('due')
  })

  it('should ignore a verification after now', () => {
    const result = evaluate({ kind: 'reference', dataDate: daysBefore(40), verifiedAt: at('2025-07-16T10:00:01+07:00') })
    expect(result.lastUpdate?.toISOString()).toBe(daysBefore(40).toISOString())
  })
})

describe('evaluateFreshness two clocks', () => {
  it('should let a "still correct" confirmation make a reference menu fresh', () => {
    const verifiedAt = at('2025-07-14T11:00:00+07:00')
    const result = evaluate({ kind: 'reference', dataDate: daysBefore(100), verifiedAt })
    expect(result.status).toBe('fresh')
    expect(result.ageDays).toBe(2)
    expect(result.lastUpdate?.toISOString()).toBe(verifiedAt.toISOString())
  })

  it('should not let a confirmation make stale prices fresh', () => {
    const result = evaluate({ kind: 'data', dataDate: daysBefore(100), verifiedAt: at('2025-07-14T11:00:00+07:00') })
    expect(result.status).toBe('delinquent')
    expect(result.lastUpdate?.toISOString()).toBe(daysBefore(100).toISOString())
  })

  it('should keep the newer content change when it is newer than the confirmation', () => {
    const result = evaluate({ kind: 'reference', dataDate: daysBefore(1), verifiedAt: daysBefore(50) })
    expect(result.lastUpdate?.toISOString()).toBe(daysBefore(1).toISOString())
    expect(result.status).toBe('fresh')
  })

  it('should let a confirmation count for an items menu', () => {
    expect(evaluate({ kind: 'items', dataDate: daysBefore(100), verifiedAt: daysBefore(2) }).status).toBe('fresh')
  })

  it('should say a reference menu was last confirmed when the confirmation made it late', () => {
    const result = evaluate({ kind: 'reference', dataDate: daysBefore(200), verifiedAt: daysBefore(31) })
    expect(result.problems[0]?.pesan).toBe(
      'Jatuh tempo sejak 15 Juli 2025: terakhir dikonfirmasi masih benar 15 Juni 2025, padahal kadensinya bulanan.',
    )
  })
})

describe('evaluateFreshness due date and H-1 reminder', () => {
  const updated = at('2025-07-01T15:00:00+07:00')
  const monthly = (now: string) => evaluate({ kind: 'reference', dataDate: updated, now: at(now) })

  it('should fall due at 00:00 WIB thirty days after a monthly update', () => {
    expect(monthly('2025-07-02T10:00:00+07:00').nextDueAt?.toISOString()).toBe(at('2025-07-31T00:00:00+07:00').toISOString())
  })

  it('should remind only on the day before it falls due', () => {
    expect(monthly('2025-07-29T23:59:00+07:00').dueTomorrow).toBe(false)
    expect(monthly('2025-07-30T00:00:00+07:00').dueTomorrow).toBe(true)
    expect(monthly('2025-07-30T23:59:00+07:00').dueTomorrow).toBe(true)
    expect(monthly('2025-07-31T00:00:00+07:00').dueTomorrow).toBe(false)
  })

  it('should keep the past due date once the menu is due', () => {
    const result = monthly('2025-08-10T10:00:00+07:00')
    expect(result.status).toBe('due')
    expect(result.nextDueAt?.toISOString()).toBe(at('2025-07-31T00:00:00+07:00').toISOString())
  })
})

describe('freshness statuses', () => {
  it('should list every status from least to most severe', () => {
    expect(FRESHNESS_STATUSES).toEqual(['fresh', 'unmonitored', 'archived', 'exempt', 'due', 'overdue', 'delinquent', 'empty', 'broken'])
  })

  it('should label every status in Indonesian', () => {
    expect(FRESHNESS_STATUSES.map(freshnessLabel)).toEqual([
      'Segar',
      'Tidak dipantau',
      'Diarsipkan',
      'Dikecualikan',
      'Jatuh tempo',
      'Terlambat',
      'Sangat terlambat',
      'Kosong',
      'Tautan rusak',
    ])
  })

  it('should pick the worst status', () => {
    expect(worstFreshnessStatus({ statuses: ['due', 'broken', 'delinquent'] })).toBe('broken')
    expect(worstFreshnessStatus({ statuses: ['fresh', 'overdue'] })).toBe('overdue')
    expect(worstFreshnessStatus({ statuses: [] })).toBeNull()
  })
})
