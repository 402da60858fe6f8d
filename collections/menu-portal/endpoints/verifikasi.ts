import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, APIError } from 'payload'

import { documentId, isEditorOfOffice } from '../../../src/access/menuRecords'
import { relationId } from '../../../src/domain/relation'
import { asUser } from '../../../src/access/roles'
import { formatJakartaDate } from '../../../src/domain/calendar'
import { escapeHtml } from '../../../src/domain/html'
import { FORM_BODY } from '../../../src/http/bodyPolicy'
import { htmlPage } from '../../../src/http/htmlPage'
import { TOKEN_REFUSAL_MESSAGES, verifyVerificationToken } from '../../../src/freshness/verificationToken'
import type { TokenRefusal } from '../../../src/freshness/verificationToken'
import { SLUGS } from '../../../src/slugs'
import { CATATAN_VERIFIKASI_MAX } from '../../Verifikasi'

export type VerificationRecord = {
  id: string | number
  menu: string | number
  pada: string
  oleh: string | number | null
  cara: 'login' | 'tautan'
  catatan: string | null
}

type MenuRow = { id: string | number; judul: string; kode: string; pemilik: string | number | undefined; namaPemilik: string }

/** The key the links are signed with: the configured PAYLOAD_SECRET, never a client-supplied value. */
export function verificationSecretOf({ req }: { req: PayloadRequest }): string {
  return req.payload.config.secret
}

async function findMenu({ req, value }: { req: PayloadRequest; value: unknown }): Promise<MenuRow | undefined> {
  const id = documentId({ req, value })
  if (id === undefined) return undefined
  const result = await req.payload.find({
    collection: SLUGS.menuPortal,
    where: { id: { equals: id } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const menu = result.docs[0]
  if (!menu) return undefined
  const owner = menu.pemilik as unknown
  const namaPemilik = owner && typeof owner === 'object' && 'nama' in owner ? String((owner as { nama: unknown }).nama) : ''
  return { id: menu.id, judul: menu.judul, kode: menu.kode, pemilik: relationId(owner), namaPemilik }
}

/** Records a confirmation; `pada` is set by the collection's hook (the server's clock). */
export async function recordVerification({
  req,
  menuId,
  oleh,
  cara,
  catatan,
  tokenId,
}: {
  req: PayloadRequest
  menuId: string | number
  oleh: string | number | null
  cara: 'login' | 'tautan'
  catatan?: string | null
  tokenId?: string
}): Promise<VerificationRecord> {
  const doc = await req.payload.create({
    collection: SLUGS.verifikasi,
    data: { menu: menuId as number, oleh: oleh as number | null, cara, catatan: catatan ?? null, ...(tokenId ? { tokenId } : {}) },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    id: doc.id,
    menu: relationId(doc.menu) as string | number,
    pada: String(doc.pada),
    oleh: relationId(doc.oleh) ?? null,
    cara: doc.cara,
    catatan: doc.catatan ?? null,
  }
}

function readCatatan(data: unknown): string | null {
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>).catatan : undefined
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') throw new APIError('catatan: harus berupa teks.', 400, undefined, true)
  const trimmed = value.trim()
  if (trimmed.length > CATATAN_VERIFIKASI_MAX) {
    throw new APIError(`catatan: paling banyak ${CATATAN_VERIFIKASI_MAX} karakter.`, 400, undefined, true)
  }
  return trimmed === '' ? null : trimmed
}

/** POST /api/menu-portal/:id/verifikasi: an editor of the owner office (or an admin) says "masih benar". */
export const verifikasiEndpoint: Endpoint = {
  path: '/:id/verifikasi',
  method: 'post',
  handler: async (req) => {
    const user = asUser(req.user)
    if (!user) throw new APIError('Masuk terlebih dahulu untuk mengonfirmasi menu.', 401, undefined, true)
    const menu = await findMenu({ req, value: req.routeParams?.id })
    if (!menu) throw new APIError('Menu tidak ditemukan.', 404, undefined, true)
    if (!isEditorOfOffice({ user, officeId: menu.pemilik })) {
      throw new APIError('Hanya editor OPD pemilik menu ini yang dapat menyatakan isinya masih benar.', 403, undefined, true)
    }
    await addDataAndFileToRequest(req)
    const catatan = readCatatan(req.data)
    const verifikasi = await recordVerification({ req, menuId: menu.id, oleh: user.id, cara: 'login', catatan })
    return Response.json({ verifikasi, pesan: `Terima kasih. "${menu.judul}" tercatat masih benar.` }, { status: 201 })
  },
}

const REFUSAL_STATUS: Record<TokenRefusal, number> = { malformed: 400, tampered: 400, 'wrong-purpose': 400, expired: 410 }

type LinkCheck =
  | { isUsable: true; menu: MenuRow; tokenId: string; expiresAt: Date }
  | { isUsable: false; status: number; message: string }

async function checkLink({ req, token }: { req: PayloadRequest; token: unknown }): Promise<LinkCheck> {
  if (typeof token !== 'string' || token.trim() === '') {
    return { isUsable: false, status: 400, message: TOKEN_REFUSAL_MESSAGES.malformed }
  }
  const result = verifyVerificationToken({ token, now: new Date(), secret: verificationSecretOf({ req }) })
  if (!result.isValid) return { isUsable: false, status: REFUSAL_STATUS[result.reason], message: TOKEN_REFUSAL_MESSAGES[result.reason] }
  const { claims } = result
  const menu = await findMenu({ req, value: claims.menuId })
  if (!menu) return { isUsable: false, status: 404, message: 'Menu pada tautan ini sudah tidak ada.' }
  if (String(menu.pemilik) !== claims.officeId) {
    return { isUsable: false, status: 403, message: 'Menu ini sudah berpindah ke OPD lain sejak email dikirim; tautan tidak berlaku lagi.' }
  }
  if (await isTokenUsed({ req, tokenId: claims.tokenId })) {
    return { isUsable: false, status: 409, message: 'Tautan ini sudah dipakai: konfirmasinya sudah tercatat.' }
  }
  return { isUsable: true, menu, tokenId: claims.tokenId, expiresAt: claims.expiresAt }
}

async function isTokenUsed({ req, tokenId }: { req: PayloadRequest; tokenId: string }): Promise<boolean> {
  const used = await req.payload.count({
    collection: SLUGS.verifikasi,
    where: { tokenId: { equals: tokenId } },
    overrideAccess: true,
    req,
  })
  return used.totalDocs > 0
}

/**
 * GET /api/menu-portal/verifikasi-tautan?token=...: a confirmation page only.
 * Mail scanners and link previews open every link, so opening it records nothing.
 */
export const verifikasiTautanPageEndpoint: Endpoint = {
  path: '/verifikasi-tautan',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams?.get('token')
    const check = await checkLink({ req, token })
    if (!check.isUsable) {
      return htmlPage({ status: check.status, judul: 'Tautan tidak dapat dipakai', isi: `<p>${escapeHtml(check.message)}</p>` })
    }
    const { menu, expiresAt } = check
    return htmlPage({
      status: 200,
      judul: 'Apakah isi menu ini masih benar?',
      isi: `<p>Menu <strong>${escapeHtml(menu.judul)}</strong>${menu.namaPemilik ? ` milik ${escapeHtml(menu.namaPemilik)}` : ''}.</p>
<p>Tekan tombol di bawah bila isinya sudah Anda periksa dan masih benar. Konfirmasi dicatat dan dihitung sebagai pembaruan.</p>
<form method="post" action="">
<input type="hidden" name="token" value="${escapeHtml(String(token))}">
<button type="submit">Ya, isinya masih benar</button>
</form>
<p class="kecil">Membuka halaman ini belum mencatat apa pun. Tautan berlaku sekali, sampai ${escapeHtml(formatJakartaDate({ at: expiresAt }))}.</p>`,
    })
  },
}

async function readToken(req: PayloadRequest): Promise<{ token: unknown; isForm: boolean }> {
  const contentType = (req.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase()
  if (contentType === 'application/x-www-form-urlencoded') {
    const text = (await req.text?.()) ?? ''
    return { token: new URLSearchParams(text).get('token'), isForm: true }
  }
  await addDataAndFileToRequest(req)
  return { token: req.data?.token, isForm: false }
}

/** Whether a failed insert was the unique index on tokenId: two clicks raced past the check. */
function isDuplicateToken(error: unknown): boolean {
  const data = (error as { data?: { errors?: { path?: string }[] } })?.data
  return Boolean(data?.errors?.some((item) => item.path === 'tokenId'))
}

/** POST /api/menu-portal/verifikasi-tautan (form or JSON `token`): records the confirmation once. */
export const verifikasiTautanConfirmEndpoint: Endpoint = {
  path: '/verifikasi-tautan',
  method: 'post',
  custom: FORM_BODY,
  handler: async (req) => {
    const { token, isForm } = await readToken(req)
    const refuse = (status: number, message: string) =>
      isForm
        ? htmlPage({ status, judul: 'Konfirmasi tidak dicatat', isi: `<p>${escapeHtml(message)}</p>` })
        : Response.json({ errors: [{ message }] }, { status })
    const check = await checkLink({ req, token })
    if (!check.isUsable) return refuse(check.status, check.message)
    let verifikasi: VerificationRecord
    try {
      verifikasi = await recordVerification({ req, menuId: check.menu.id, oleh: null, cara: 'tautan', tokenId: check.tokenId })
    } catch (error) {
      if (isDuplicateToken(error) || (await isTokenUsed({ req, tokenId: check.tokenId }))) {
        return refuse(409, 'Tautan ini sudah dipakai: konfirmasinya sudah tercatat.')
      }
      throw error
    }
    const pesan = `Terima kasih. "${check.menu.judul}" tercatat masih benar pada ${formatJakartaDate({ at: new Date(verifikasi.pada) })}.`
    if (isForm) return htmlPage({ status: 201, judul: 'Konfirmasi tercatat', isi: `<p>${escapeHtml(pesan)}</p>` })
    return Response.json({ verifikasi, pesan }, { status: 201 })
  },
}

export const verifikasiEndpoints: Endpoint[] = [verifikasiTautanPageEndpoint, verifikasiTautanConfirmEndpoint, verifikasiEndpoint]
