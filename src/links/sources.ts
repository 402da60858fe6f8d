import type { Where } from 'payload'

import { SLUGS } from '../slugs'
import type { MenuCollection } from '../slugs'

type LinkSource = {
  /** Plain text fields holding one address each. */
  urlFields: string[]
  /** Rich text (Lexical) fields whose link nodes are collected. */
  richTextFields: string[]
  titleField: string
  /** The document's own office; the menu owner otherwise. */
  ownerField?: string
  /** Collections without drafts: which documents are live. */
  liveWhere?: Where
}

/** Where each menu collection keeps outbound addresses. */
export const LINK_SOURCES: Partial<Record<MenuCollection, LinkSource>> = {
  [SLUGS.layananPublik]: { urlFields: ['url'], richTextFields: [], titleField: 'nama', ownerField: 'penyelenggara' },
  [SLUGS.berita]: { urlFields: [], richTextFields: ['isi'], titleField: 'judul', ownerField: 'opd' },
  [SLUGS.dokumen]: { urlFields: ['tautan'], richTextFields: [], titleField: 'judul' },
  [SLUGS.lowonganKerja]: { urlFields: ['tautan'], richTextFields: [], titleField: 'judul' },
  [SLUGS.opd]: { urlFields: ['situs'], richTextFields: [], titleField: 'nama', liveWhere: { aktif: { not_equals: false } } },
}

export const hasLinkSource = (koleksi: string) => koleksi in LINK_SOURCES

