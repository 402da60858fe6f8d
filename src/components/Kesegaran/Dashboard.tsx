import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { asUser, hasRole } from '../../access/roles'
import { tasksFor } from '../../freshness/tasks'
import { StatusBadge } from './Badge'
import { loadFreshness } from './data'
import { Headline } from './Headline'
import { VerifyButton } from './VerifyButton'

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: '0.5rem', padding: '1rem', marginBottom: '1.5rem' }

/** Above the dashboard: an editor's to-do list, or the portal's headline for reviewers and admins. */
export async function KesegaranDashboard({ payload, user: rawUser }: { payload: Payload; user?: TypedUser | null }) {
  const user = asUser(rawUser)
  if (!user) return null
  const results = await loadFreshness({ payload, now: new Date() })
  if (hasRole(user, 'admin') || hasRole(user, 'reviewer')) {
    return (
      <section className="segar-dasbor" style={box} aria-labelledby="segar-dasbor-judul">
        <h2 id="segar-dasbor-judul" style={{ marginTop: 0 }}>
          Kesegaran portal
        </h2>
        <Headline results={results} />
        <p style={{ marginBottom: 0 }}>
          <a href="/admin/kesegaran">Buka dasbor kesegaran: semua menu, rapor OPD, dan tren →</a>
        </p>
      </section>
    )
  }
  const tasks = tasksFor({ user, results })
  const collectionOf = new Map(results.map((result) => [result.menu, result.koleksi]))
  return (
    <section className="segar-tugas" style={box} aria-labelledby="segar-tugas-judul">
      <h2 id="segar-tugas-judul" style={{ marginTop: 0 }}>
        Tugas Anda
      </h2>
      {tasks.length === 0 ? (
        <p>Semua menu OPD Anda segar. Tidak ada yang perlu dikerjakan.</p>
      ) : (
        <>
          <p>{tasks.length} menu OPD Anda perlu ditindaklanjuti, yang paling mendesak di atas.</p>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.8rem' }}>
            {tasks.map((task) => (
              <li key={task.menu} className="segar-tugas-item" data-menu={task.menu} style={{ borderTop: '1px solid var(--theme-elevation-100)', paddingTop: '0.8rem' }}>
                <a href={`/admin/collections/${collectionOf.get(task.menu) ?? ''}`}>
                  <strong>{task.judul}</strong>
                </a> <span style={{ color: 'var(--theme-elevation-600)' }}>· {task.pemilik.singkatan}</span>
                <p style={{ margin: '0.3rem 0' }}>{task.tindakan}</p>
                {task.bisaDiverifikasi && task.verifikasiUrl ? (
                  <VerifyButton url={task.verifikasiUrl} status={task.status} judul={task.judul} />
                ) : (
                  <StatusBadge status={task.status} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
