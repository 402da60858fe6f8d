import React from 'react'

import type { FreshnessStatus } from '../../domain/freshness'
import { freshnessLabel } from '../../domain/freshness'

/** Colour plus a distinct symbol per status, so the badge still reads in greyscale. */
const LOOK: Record<FreshnessStatus, { warna: string; latar: string; simbol: string }> = {
  fresh: { warna: '#0b5d2a', latar: '#dcf3e3', simbol: '✓' },
  unmonitored: { warna: '#3d4a52', latar: '#e8ecee', simbol: '○' },
  archived: { warna: '#3d4a52', latar: '#e8ecee', simbol: '▭' },
  exempt: { warna: '#2d4f7c', latar: '#e1ebf7', simbol: '◇' },
  due: { warna: '#6b4e00', latar: '#fff1c2', simbol: '◔' },
  overdue: { warna: '#8a3b00', latar: '#ffe0c7', simbol: '!' },
  delinquent: { warna: '#8f1020', latar: '#fbd9dd', simbol: '‼' },
  empty: { warna: '#5b1a75', latar: '#efdcf7', simbol: '∅' },
  broken: { warna: '#8f1020', latar: '#fbd9dd', simbol: '✕' },
}

export function StatusBadge({ status }: { status: FreshnessStatus }) {
  const look = LOOK[status]
  return (
    <span
      className="segar-badge"
      data-status={status}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: '0.35em',
        padding: '0.15em 0.6em',
        borderRadius: '999px',
        border: `1px solid ${look.warna}`,
        color: look.warna,
        background: look.latar,
        fontWeight: 600,
        whiteSpace: 'nowrap',
        fontSize: '0.9em',
      }}
    >
      <span aria-hidden="true">{look.simbol}</span>
      {freshnessLabel(status)}
    </span>
  )
}

/** A fresh menu whose due date is tomorrow: not yet late, but not the green "Segar" of a menu with nothing to do. */
export function DueSoonBadge() {
  return (
    <span
      className="segar-badge"
      data-status="segera"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: '0.35em',
        padding: '0.15em 0.6em',
        borderRadius: '999px',
        border: '1px solid #1d4ed8',
        color: '#1d4ed8',
        background: '#dbeafe',
        fontWeight: 600,
        whiteSpace: 'nowrap',
        fontSize: '0.9em',
      }}
    >
      <span aria-hidden="true">◷</span>
      Segera jatuh tempo
    </span>
  )
}
