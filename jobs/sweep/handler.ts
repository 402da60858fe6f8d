import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { FRESHNESS_STATUSES } from '../../src/domain/freshness'
import type { FreshnessStatus } from '../../src/domain/freshness'
import { evaluateAllMenus } from '../../src/freshness/evaluate'
import type { MenuFailure, MenuFreshness } from '../../src/freshness/evaluate'
import { SLUGS } from '../../src/slugs'
import { withExclusiveLock } from '../lock'
import { planSnapshot } from './decide'
import type { PreviousSnapshot } from './decide'

export type SweepSummary = {
  putaran: string
  dijalankanPada: string
  jumlahMenu: number
  snapshotDicatat: number
  /** Menus whose snapshot for this very instant already existed (the same `now` replayed). */
  snapshotSudahAda: number
  transisi: { menu: string; dari: FreshnessStatus; ke: FreshnessStatus }[]
  perStatus: Record<FreshnessStatus, number>
  gagal: { menu: string; pesan: string }[]
  hasil: MenuFreshness[]
  durasiMs: number
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

async function previousSnapshot({ payload, result, now }: { payload: Payload; result: MenuFreshness; now: Date }): Promise<PreviousSnapshot | null> {
  const found = await payload.find({
    collection: SLUGS.riwayatKesegaran,
    where: { and: [{ menu: { equals: result.menuId } }, { dijalankanPada: { less_than_equal: now.toISOString() } }] },
    sort: '-dijalankanPada',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { status: true, dijalankanPada: true },
    overrideAccess: true,
  })
  const doc = found.docs[0]
  return doc ? { status: doc.status as FreshnessStatus, dijalankanPada: String(doc.dijalankanPada) } : null
}

/**
 * The sweep: judge every registry menu at `now` (find), compare with each
 * menu's previous snapshot (decide), store one snapshot per menu and a
 * transition where the status changed (record). A menu that fails is logged
 * and reported; the others carry on.
 *
 * Sweeps take turns across processes and instances: two at once would both
 * compare with the same previous snapshot, and so write the same transition
 * twice, or collide on the one snapshot per menu and instant. Without `now`,
 * the moment is read once the turn has come, so turns keep time order.
 */
export async function runSweep({
  payload,
  now,
  putaran = randomUUID(),
  clock = () => new Date(),
}: {
  payload: Payload
  now?: Date
  putaran?: string
  clock?: () => Date
}): Promise<SweepSummary> {
  return withExclusiveLock({ payload, name: 'sweep', run: () => sweepOnce({ payload, now: now ?? clock(), putaran }) })
}

async function sweepOnce({ payload, now, putaran }: { payload: Payload; now: Date; putaran: string }): Promise<SweepSummary> {
  const startedAt = performance.now()
  const gagal: SweepSummary['gagal'] = []
  const fail = ({ menu, error }: Pick<MenuFailure, 'menu' | 'error'>) => {
    payload.logger.error({ err: error, menu, putaran }, `Sweep: menu ${menu} gagal diperiksa.`)
    gagal.push({ menu, pesan: messageOf(error) })
  }

  const hasil = await evaluateAllMenus({ payload, now, onError: fail })
  const perStatus = Object.fromEntries(FRESHNESS_STATUSES.map((status) => [status, 0])) as Record<FreshnessStatus, number>
  const transisi: SweepSummary['transisi'] = []
  let snapshotDicatat = 0
  let snapshotSudahAda = 0
  const dijalankanPada = now.toISOString()

  const recorded: MenuFreshness[] = []
  for (const result of hasil) {
    try {
      const plan = planSnapshot({ result, previous: await previousSnapshot({ payload, result, now }), now })
      if (!plan.snapshot) {
        snapshotSudahAda += 1
        recorded.push(result)
        continue
      }
      // The generated types name SQL ids (numbers); on MongoDB they are strings, and Payload takes either.
      const owner = { menu: result.menuId as number, kode: result.menu, pemilik: result.pemilik.id as number, putaran }
      await payload.create({
        collection: SLUGS.riwayatKesegaran,
        data: {
          ...owner,
          status: result.status,
          masalah: result.masalah,
          umurHari: result.umurHari,
          tanggalData: result.tanggalData,
          terakhirDiperbarui: result.terakhirDiperbarui,
          jatuhTempo: result.jatuhTempo,
          dijalankanPada,
        },
        depth: 0,
        overrideAccess: true,
      })
      snapshotDicatat += 1
      if (plan.transition) {
        await payload.create({
          collection: SLUGS.transisiKesegaran,
          data: { ...owner, ...plan.transition, pada: dijalankanPada },
          depth: 0,
          overrideAccess: true,
        })
        transisi.push({ menu: result.menu, ...plan.transition })
      }
      recorded.push(result)
    } catch (error) {
      fail({ menu: result.menu, error })
    }
  }
  for (const result of recorded) perStatus[result.status] += 1

  const summary: SweepSummary = {
    putaran,
    dijalankanPada,
    jumlahMenu: hasil.length + gagal.filter((failure) => !hasil.some((result) => result.menu === failure.menu)).length,
    snapshotDicatat,
    snapshotSudahAda,
    transisi,
    perStatus,
    gagal,
    hasil: recorded,
    durasiMs: Math.round(performance.now() - startedAt),
  }
  payload.logger.info(
    { putaran, dicatat: snapshotDicatat, transisi: transisi.length, gagal: gagal.length, durasiMs: summary.durasiMs },
    `Sweep ${dijalankanPada}: ${snapshotDicatat} potret, ${transisi.length} perubahan status, ${gagal.length} gagal.`,
  )
  return summary
}
