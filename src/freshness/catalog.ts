import { CADENCES } from '../domain/cadence'
import type { MenuFreshness } from './evaluate'

export const CATALOG_TITLE = 'Katalog Data Portal Kota Palembang'

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
}

const JSON_FORMAT = 'http://publications.europa.eu/resource/authority/file-type/JSON'

export type CatalogMenu = { result: MenuFreshness; deskripsi: string | null; jenisKontak: string | null }

type Node = Record<string, unknown>

const dateTime = (value: string): Node => ({ '@value': value, '@type': 'xsd:dateTime' })

function accessUrlOf({ publicUrl, menu }: { publicUrl: string; menu: CatalogMenu }): string {
  const base = `${publicUrl}/api/${menu.result.koleksi}`
  return menu.jenisKontak ? `${base}?where[jenis][equals]=${encodeURIComponent(menu.jenisKontak)}` : base
}

function datasetOf({ publicUrl, menu }: { publicUrl: string; menu: CatalogMenu }): Node {
  const { result } = menu
  const accessUrl = accessUrlOf({ publicUrl, menu })
  const keywords = [...new Set([result.judul, result.pemilik.singkatan, result.kadensiLabel, 'Palembang'].filter((word) => word.trim() !== ''))]
  return {
    '@id': `${publicUrl}/api/katalog#${result.menu}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': result.menu,
    'dct:title': result.judul,
    'dct:description': menu.deskripsi ?? result.judul,
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': result.pemilik.nama },
    'dct:accrualPeriodicity': { '@id': CADENCES[result.kadensi].euFrequency },
    ...(result.terakhirDiperbarui ? { 'dct:modified': dateTime(result.terakhirDiperbarui) } : {}),
    'dcat:keyword': keywords,
    'dcat:distribution': {
      '@type': 'dcat:Distribution',
      'dct:title': `${result.judul} (JSON)`,
      'dcat:accessURL': { '@id': accessUrl },
      'dct:format': { '@id': JSON_FORMAT },
      'dcat:mediaType': 'application/json',
    },
  }
}

/** The portal's active menus as a DCAT catalogue that other portals can harvest. */
export function buildCatalog({ publicUrl, menus }: { publicUrl: string; menus: readonly CatalogMenu[] }): Node {
  // The newest dataset change rather than the request time, so repeated reads stay byte-identical for ETags.
  const newest = menus.map((menu) => menu.result.terakhirDiperbarui).filter((value): value is string => value !== null).sort().at(-1)
  return {
    '@context': CONTEXT,
    '@id': `${publicUrl}/api/katalog`,
    '@type': 'dcat:Catalog',
    'dct:title': CATALOG_TITLE,
    'dct:description': 'Menu data dan informasi pada portal resmi Pemerintah Kota Palembang, dengan kadensi pembaruan dan waktu pembaruan terakhirnya.',
    'dct:language': 'id',
    'dct:publisher': {
      '@type': 'foaf:Organization',
      'foaf:name': 'Dinas Komunikasi dan Informatika Kota Palembang (Diskominfo)',
    },
    ...(newest ? { 'dct:modified': dateTime(newest) } : {}),
    'foaf:homepage': { '@id': publicUrl },
    'dcat:dataset': menus.map((menu) => datasetOf({ publicUrl, menu })),
  }
}
