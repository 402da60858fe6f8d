import type { Payload, Where } from 'payload'

import type { CadenceCode } from '../domain/cadence'
import type { ThresholdOverrides } from '../domain/freshness'
import { relationId } from '../domain/relation'
import { SLUGS } from '../slugs'
import type { MenuCollection } from '../slugs'

export type MenuOwner = { id: string | number; nama: string; singkatan: string }

/** One registry row, as the freshness engine and the link check read it. */
export type RegistryMenu = {
  id: string | number
  kode: string
  koleksi: MenuCollection
  jenisKontak: string | null
  judul: string
  pemilik: MenuOwner
  kadensi: CadenceCode
  ambang: ThresholdOverrides | null
  status: 'aktif' | 'arsip'
  catatanArsip: string | null
}

type Doc = Record<string, unknown>

const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null)

function thresholdsOf(value: unknown): ThresholdOverrides | null {
  if (!value || typeof value !== 'object') return null
  const ambang = value as Doc
  const days = (key: string) => (typeof ambang[key] === 'number' ? (ambang[key] as number) : null)
  return { due: days('jatuhTempo'), overdue: days('terlambat'), delinquent: days('sangatTerlambat') }
}

/** Registry rows with their owners' public names; never the offices' notification addresses. */
export async function loadRegistry({ payload, kode }: { payload: Payload; kode?: string }): Promise<RegistryMenu[]> {
  const where: Where = kode === undefined ? {} : { kode: { equals: kode } }
  const rows = await payload.find({
    collection: SLUGS.menuPortal,
    where,
    sort: 'kode',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const ownerIds = [...new Set(rows.docs.map((row) => relationId(row.pemilik)))]
  const owners =
    ownerIds.length === 0
      ? { docs: [] }
      : await payload.find({
          collection: SLUGS.opd,
          where: { id: { in: ownerIds } },
          pagination: false,
          depth: 0,
          select: { nama: true, singkatan: true },
          overrideAccess: true,
        })
  const ownerById = new Map(owners.docs.map((office) => [String(office.id), office]))
  return rows.docs.map((row) => {
    const ownerId = relationId(row.pemilik)
    const owner = ownerById.get(String(ownerId))
    return {
      id: row.id,
      kode: row.kode,
      koleksi: row.koleksi as MenuCollection,
      jenisKontak: row.jenisKontak ?? null,
      judul: row.judul,
      pemilik: { id: ownerId, nama: owner?.nama ?? '', singkatan: owner?.singkatan ?? '' },
      kadensi: row.kadensi as CadenceCode,
      ambang: thresholdsOf(row.ambang),
      status: row.status === 'arsip' ? 'arsip' : 'aktif',
      catatanArsip: textOrNull(row.catatanArsip),
    }
  })
}

