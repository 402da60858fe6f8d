import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { asUser, hasRole, officeIdsOf } from '../../access/roles'
import type { SegarUser } from '../../access/roles'
import { isUpcoming, tasksFor } from '../../freshness/tasks'
import type { Tugas } from '../../freshness/tasks'
import { SLUGS } from '../../slugs'
import { DueSoonBadge, StatusBadge } from './Badge'
import { loadFreshness } from './data'
import { Headline } from './Headline'
import { VerifyButton } from './VerifyButton'

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: '0.5rem', padding: '1rem', marginBottom: '1.5rem' }

async function officeNames({ payload, user }: { payload: Payload; user: SegarUser }): Promise<string[]> {
  const ids = officeIdsOf(user)
  if (ids.length === 0) return []
  const offices = await payload.find({ collection: SLUGS.opd, where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true })
  return offices.docs.map((office) => `${office.nama} (${office.singkatan})`)
}

function Greeting({ nama, whose }: { nama: string | undefined; whose: string }) {
  return (
    <p className="segar-sapaan" style={{ fontSize: '1.15rem', margin: '0 0 0.8rem' }}>
      Selamat datang{nama ? `, ${nama}` : ''}. {whose}
    </p>
  )
}

function TaskItem({ task, koleksi }: { task: Tugas; koleksi: string }) {
  const isDueSoon = isUpcoming(task)
  return (
    <li className="segar-tugas-item" data-menu={task.menu} style={{ borderTop: '1px solid var(--theme-elevation-100)', paddingTop: '0.8rem' }}>
      <a href={`/admin/collections/${koleksi}`}>
        <strong>{task.judul}</strong>
      </a> <span style={{ color: 'var(--theme-elevation-600)' }}>· {task.pemilik.singkatan}</span>
      <p style={{ margin: '0.3rem 0' }}>{task.tindakan}</p>
      {task.bisaDiverifikasi && task.verifikasiUrl ? (
        <VerifyButton url={task.verifikasiUrl} status={task.status} judul={task.judul} isDueSoon={isDueSoon} />
      ) : isDueSoon ? (
        <DueSoonBadge />
      ) : (
        <StatusBadge status={task.status} />
      )}
    </li>
  )
}

const listStyle: React.CSSProperties = { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.8rem' }

/** Above the dashboard: an editor's to-do list, or the portal's headline for reviewers and admins. */
export async function KesegaranDashboard({ payload, user: rawUser }: { payload: Payload; user?: TypedUser | null }) {
  const user = asUser(rawUser)
  if (!user) return null
  const nama = typeof (rawUser as { nama?: unknown }).nama === 'string' ? ((rawUser as { nama: string }).nama) : undefined
  const results = await loadFreshness({ payload, now: new Date() })
  if (hasRole(user, 'admin') || hasRole(user, 'reviewer')) {
    return (
      <section className="segar-dasbor" style={box} aria-labelledby="segar-dasbor-judul">
        <Greeting nama={nama} whose="Ini menu portal palembang.go.id milik seluruh OPD Pemerintah Kota Palembang." />
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
  const offices = await officeNames({ payload, user })
  const tasks = tasksFor({ user, results })
  const urgent = tasks.filter((task) => !isUpcoming(task))
  const upcoming = tasks.filter(isUpcoming)
  const collectionOf = new Map(results.map((result) => [result.menu, result.koleksi]))
  const whose = offices.length > 0 ? `Ini menu portal milik ${offices.join(', ')}.` : 'Akun Anda belum terhubung ke OPD mana pun; minta admin menambahkannya.'
  return (
    <section className="segar-tugas" style={box} aria-labelledby="segar-tugas-judul">
      <Greeting nama={nama} whose={whose} />
      <h2 id="segar-tugas-judul" style={{ marginTop: 0 }}>
        Tugas Anda
      </h2>
      {tasks.length === 0 ? <p>Semua menu OPD Anda segar. Tidak ada yang perlu dikerjakan.</p> : null}
      {urgent.length > 0 ? (
        <div className="segar-tugas-mendesak">
          <p>{urgent.length} menu OPD Anda perlu ditindaklanjuti, yang paling mendesak di atas.</p>
          <ul style={listStyle}>
            {urgent.map((task) => (
              <TaskItem key={task.menu} task={task} koleksi={collectionOf.get(task.menu) ?? ''} />
            ))}
          </ul>
        </div>
      ) : tasks.length > 0 ? (
        <p>Tidak ada menu OPD Anda yang terlambat.</p>
      ) : null}
      {upcoming.length > 0 ? (
        <div className="segar-tugas-akan-datang" style={{ marginTop: '1.2rem' }}>
          <h3 style={{ margin: '0 0 0.4rem' }}>Akan datang</h3>
          <p>{upcoming.length} menu segera jatuh tempo (besok). Perbarui sebelum terlambat.</p>
          <ul style={listStyle}>
            {upcoming.map((task) => (
              <TaskItem key={task.menu} task={task} koleksi={collectionOf.get(task.menu) ?? ''} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
