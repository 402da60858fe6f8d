import React from 'react'

import { FRESHNESS_STATUSES } from '../../domain/freshness'
import type { MenuFreshness } from '../../freshness/evaluate'
import { StatusBadge } from './Badge'
import { freshShare, isCounted, SHARE_BASIS } from './data'

/** The portal's share of fresh menus today, then how many menus are in each status. */
export function Headline({ results }: { results: readonly MenuFreshness[] }) {
  const share = freshShare({ statuses: results.map((result) => result.status) })
  const counted = results.filter((result) => isCounted(result.status))
  const fresh = counted.filter((result) => result.status === 'fresh').length
  return (
    <section className="segar-headline" aria-label="Ringkasan hari ini" style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap', alignItems: 'center' }}>
      <p style={{ margin: 0 }}>
        <span className="segar-angka" style={{ fontSize: '3.2rem', fontWeight: 700, lineHeight: 1 }}>
          {share === null ? '–' : `${Math.round(share * 100)}%`}
        </span>
        <br />
        <span>menu segar hari ini</span>
        <br />
        <span className="segar-dasar" style={{ fontSize: '0.85em', color: 'var(--theme-elevation-650)' }}>
          {counted.length === 0 ? 'Tidak ada menu yang dipantau.' : `${fresh} dari ${counted.length} menu yang dipantau.`} {SHARE_BASIS}
        </span>
      </p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', gap: '0.6rem', flexWrap: 'wrap' }}>
        {FRESHNESS_STATUSES.map((status) => {
          const count = results.filter((result) => result.status === status).length
          if (count === 0) return null
          return (
            <li key={status}>
              <StatusBadge status={status} /> <strong>{count}</strong>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
