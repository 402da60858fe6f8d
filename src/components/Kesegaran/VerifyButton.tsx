'use client'

import React, { useState } from 'react'

import type { FreshnessStatus } from '../../domain/freshness'
import { DueSoonBadge, StatusBadge } from './Badge'

type State = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; pesan: string } | { kind: 'failed'; pesan: string }

/** "Masih benar" in one click: the menu's badge turns fresh in place once the server has recorded it. */
export function VerifyButton({ url, status, judul, isDueSoon = false }: { url: string; status: FreshnessStatus; judul: string; isDueSoon?: boolean }) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const verify = async () => {
    setState({ kind: 'sending' })
    try {
      const response = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' })
      const body = (await response.json().catch(() => ({}))) as { pesan?: string; errors?: { message?: string }[] }
      if (!response.ok) {
        setState({ kind: 'failed', pesan: body.errors?.[0]?.message ?? `Gagal (${response.status}).` })
        return
      }
      setState({ kind: 'done', pesan: body.pesan ?? 'Tercatat masih benar.' })
    } catch {
      setState({ kind: 'failed', pesan: 'Tidak dapat menghubungi server. Coba lagi.' })
    }
  }
  return (
    <div className="segar-verifikasi" style={{ display: 'flex', gap: '0.6rem', alignItems: 'center', flexWrap: 'wrap' }}>
      {isDueSoon && state.kind !== 'done' ? <DueSoonBadge /> : <StatusBadge status={state.kind === 'done' ? 'fresh' : status} />}
      {state.kind !== 'done' && (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          disabled={state.kind === 'sending'}
          onClick={verify}
          aria-label={`Masih benar: ${judul}`}
        >
          {state.kind === 'sending' ? 'Menyimpan…' : 'Masih benar'}
        </button>
      )}
      <span role="status" style={{ fontSize: '0.9em' }}>
        {state.kind === 'done' || state.kind === 'failed' ? state.pesan : ''}
      </span>
    </div>
  )
}
