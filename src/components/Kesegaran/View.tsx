import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { asUser, hasRole } from '../../access/roles'
import { FRESHNESS_STATUSES, freshnessLabel } from '../../domain/freshness'
import type { FreshnessStatus } from '../../domain/freshness'
import type { MenuFreshness } from '../../freshness/evaluate'
import { StatusBadge } from './Badge'
import { Sparkline, TrendChart } from './Charts'
import { freshShare, loadFreshness, loadMedianDaysToFix, loadTrend, openReportsOf } from './data'
import { formatDay, relativeDays } from './format'
import { Headline } from './Headline'

const STATUS_SET = new Set<string>(FRESHNESS_STATUSES)

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

type Office = { id: string; nama: string; singkatan: string }

function officesOf(results: readonly MenuFreshness[]): Office[] {
  const byId = new Map<string, Office>()
  for (const result of results) {
    byId.set(String(result.pemilik.id), { id: String(result.pemilik.id), nama: result.pemilik.nama, singkatan: result.pemilik.singkatan })
  }
  return [...byId.values()].sort((a, b) => a.singkatan.localeCompare(b.singkatan))
}

const filterHref = ({ opd, status }: { opd?: string; status?: string }) => {
  const query = new URLSearchParams()
  if (opd) query.set('opd', opd)
  if (status) query.set('status', status)
  const text = query.toString()
  return text ? `/admin/kesegaran?${text}` : '/admin/kesegaran'
}

/** On a phone each row becomes a card with its column names inline, instead of a table scrolled sideways. */
const PHONE_CSS = `
@media (max-width: 700px) {
  .segar-tabel { min-width: 0 !important; }
  .segar-tabel thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .segar-tabel tr { display: block; border-bottom: 2px solid var(--theme-elevation-150); padding: 0.4rem 0; }
  .segar-tabel td { display: block; border: 0 !important; padding: 0.15rem 0 !important; }
  .segar-tabel td[data-kolom]::before { content: attr(data-kolom) ": "; font-weight: 600; }
}
`

const cell: React.CSSProperties = { padding: '0.5rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' }

function Scorecards({ results, sparklines, medians }: { results: readonly MenuFreshness[]; sparklines: Map<string, Parameters<typeof Sparkline>[0]['points']>; medians: Map<string, number | null> }) {
  return (
    <section aria-labelledby="segar-kartu" style={{ marginTop: '2rem' }}>
      <h2 id="segar-kartu">Rapor per OPD</h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))', gap: '0.8rem' }}>
        {officesOf(results).map((office) => {
          const own = results.filter((result) => String(result.pemilik.id) === office.id)
          const count = (status: FreshnessStatus) => own.filter((result) => result.status === status).length
          const share = freshShare({ statuses: own.map((result) => result.status) })
          const median = medians.get(office.id) ?? null
          return (
            <article key={office.id} className="segar-kartu" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: '0.5rem', padding: '0.8rem' }}>
              <h3 style={{ margin: 0, fontSize: '1.05rem' }} title={office.nama}>
                <a href={filterHref({ opd: office.id })}>{office.singkatan}</a>{' '}
                <span className="segar-kartu-bagian" style={{ fontWeight: 400 }}>{share === null ? 'tidak ada menu yang dipantau' : `${Math.round(share * 100)}% segar`}</span>
              </h3>
              <p style={{ margin: '0.3rem 0', fontSize: '0.9em' }}>
                Segar {count('fresh')} · Terlambat {count('overdue')} · Sangat terlambat {count('delinquent')}
              </p>
              <p style={{ margin: '0.3rem 0', fontSize: '0.9em' }}>
                Median hari perbaikan setelah pengingat pertama: <strong>{median === null ? '–' : `${median.toFixed(1).replace('.', ',')} hari`}</strong>
              </p>
              <Sparkline points={sparklines.get(office.id) ?? []} label={`Tren ${office.singkatan}`} />
            </article>
          )
        })}
      </div>
    </section>
  )
}

export async function KesegaranView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = asUser(req.user)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
  if (!hasRole(user, 'admin') && !hasRole(user, 'reviewer')) {
    return template(
      <div className="segar-kesegaran">
        <h1>Dasbor kesegaran</h1>
        <p>Halaman ini hanya untuk peninjau dan admin. Daftar tugas menu OPD Anda ada di dasbor.</p>
        <p>
          <a href="/admin">Kembali ke dasbor</a>
        </p>
      </div>,
    )
  }
  const now = new Date()
  const payload = req.payload
  const results = await loadFreshness({ payload, now })
  const [trend, medians] = await Promise.all([loadTrend({ payload, now, results }), loadMedianDaysToFix({ payload, now })])
  const opd = firstValue(searchParams?.opd as string | string[] | undefined)
  const rawStatus = firstValue(searchParams?.status as string | string[] | undefined)
  const status = rawStatus && STATUS_SET.has(rawStatus) ? (rawStatus as FreshnessStatus) : undefined
  const shown = results.filter((result) => (!opd || String(result.pemilik.id) === opd) && (!status || result.status === status))
  const offices = officesOf(results)
  const presentStatuses = FRESHNESS_STATUSES.filter((item) => results.some((result) => result.status === item))
  return template(
    <div className="segar-kesegaran" style={{ paddingBottom: '3rem' }}>
      <style>{PHONE_CSS}</style>
      <h1 style={{ marginBottom: '0.5rem' }}>Dasbor kesegaran</h1>
      <Headline results={results} />

      <section aria-labelledby="segar-tren-h" style={{ marginTop: '1.5rem' }}>
        <h2 id="segar-tren-h">Tren 90 hari</h2>
        <TrendChart points={trend.semua} />
      </section>

      <section aria-labelledby="segar-tabel" style={{ marginTop: '2rem' }}>
        <h2 id="segar-tabel">Semua menu</h2>
        <form method="get" action="/admin/kesegaran" style={{ display: 'flex', gap: '0.8rem', flexWrap: 'wrap', alignItems: 'end', marginBottom: '0.8rem' }}>
          <label style={{ display: 'grid', gap: '0.2rem' }}>
            OPD
            <select name="opd" defaultValue={opd ?? ''} style={{ padding: '0.4rem', minWidth: '12rem' }}>
              <option value="">Semua OPD</option>
              {offices.map((office) => (
                <option key={office.id} value={office.id}>
                  {office.singkatan} · {office.nama}
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'grid', gap: '0.2rem' }}>
            Status
            <select name="status" defaultValue={status ?? ''} style={{ padding: '0.4rem', minWidth: '10rem' }}>
              <option value="">Semua status</option>
              {presentStatuses.map((item) => (
                <option key={item} value={item}>
                  {freshnessLabel(item)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
            Terapkan
          </button>
          {(opd || status) && <a href="/admin/kesegaran">Hapus saringan</a>}
        </form>
        <p style={{ fontSize: '0.9em' }}>
          Menampilkan {shown.length} dari {results.length} menu, yang paling parah di atas.
        </p>
        <div style={{ overflowX: 'auto' }}>
          <table className="segar-tabel" style={{ borderCollapse: 'collapse', width: '100%', minWidth: '52rem' }}>
            <thead>
              <tr style={{ textAlign: 'left' }}>
                {['Status', 'Menu', 'OPD pemilik', 'Terakhir diperbarui', 'Jatuh tempo', 'Masalah', 'Laporan warga'].map((heading) => (
                  <th key={heading} scope="col" style={{ ...cell, borderBottom: '2px solid var(--theme-elevation-250)' }}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((result) => (
                <tr key={result.menu} data-opd={String(result.pemilik.id)} data-opd-singkatan={result.pemilik.singkatan}>
                  <td style={cell}>
                    <StatusBadge status={result.status} />
                  </td>
                  <td style={cell}>
                    <a href={`/admin/collections/${result.koleksi}`}>{result.judul}</a>
                    <div style={{ fontSize: '0.85em', color: 'var(--theme-elevation-600)' }}>{result.kadensiLabel}</div>
                  </td>
                  <td style={cell} data-kolom="OPD pemilik" title={result.pemilik.nama}>
                    {result.pemilik.singkatan}
                  </td>
                  <td style={cell} data-kolom="Terakhir diperbarui">
                    {result.terakhirDiperbarui ? (
                      <>
                        {relativeDays({ at: result.terakhirDiperbarui, now })}
                        <div style={{ fontSize: '0.85em', color: 'var(--theme-elevation-600)' }}>{formatDay(result.terakhirDiperbarui)}</div>
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td style={cell} data-kolom="Jatuh tempo">{result.jatuhTempo ? formatDay(result.jatuhTempo) : '–'}</td>
                  <td style={cell} data-kolom="Masalah">
                    {result.masalah.filter((problem) => problem.kode !== 'laporan-warga').map((problem) => problem.pesan).join(' ') || '–'}
                  </td>
                  <td style={cell} data-kolom="Laporan warga">{openReportsOf(result) > 0 ? result.masalah.filter((problem) => problem.kode === 'laporan-warga').map((problem) => problem.pesan).join(' ') : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <Scorecards results={results.filter((result) => result.status !== 'archived')} sparklines={trend.perOpd} medians={medians} />
    </div>,
  )
}
