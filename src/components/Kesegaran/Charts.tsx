import React from 'react'

import type { TrendPoint } from './data'

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`)

const shortDay = (hari: string) => new Date(`${hari}T00:00:00Z`).toLocaleDateString('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' })

/** x positions spread over the width; a single point sits in the middle instead of dividing by zero. */
const xOf = ({ index, count, left, width }: { index: number; count: number; left: number; width: number }) =>
  count <= 1 ? left + width / 2 : left + (index / (count - 1)) * width

export function Sparkline({ points, label }: { points: readonly TrendPoint[]; label: string }) {
  const width = 120
  const height = 28
  const known = points.map((point, index) => ({ point, index })).filter(({ point }) => point.bagianSegar !== null)
  const coords = known.map(({ point, index }) => ({
    x: xOf({ index, count: points.length, left: 2, width: width - 4 }),
    y: 2 + (1 - point.bagianSegar!) * (height - 4),
  }))
  const last = known.at(-1)?.point.bagianSegar ?? null
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}: ${percent(last)} segar hari ini`}>
      <title>{`${label}: bagian menu segar selama ${points.length} hari terakhir, hari ini ${percent(last)}`}</title>
      <line x1={0} y1={height - 2} x2={width} y2={height - 2} stroke="#c5ced3" strokeWidth={1} />
      {coords.length > 1 && <polyline points={coords.map(({ x, y }) => `${x},${y}`).join(' ')} fill="none" stroke="#136f3a" strokeWidth={1.5} />}
      {coords.length > 0 && <circle cx={coords.at(-1)!.x} cy={coords.at(-1)!.y} r={2.5} fill="#136f3a" />}
    </svg>
  )
}

export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const width = 720
  const height = 260
  const pad = { left: 48, right: 48, top: 16, bottom: 40 }
  const plotWidth = width - pad.left - pad.right
  const plotHeight = height - pad.top - pad.bottom
  // A multiple of four so that every gridline on the right axis is a whole number of problems.
  const maxProblems = Math.max(4, Math.ceil(Math.max(...points.map((point) => point.masalah)) / 4) * 4)
  const x = (index: number) => xOf({ index, count: points.length, left: pad.left, width: plotWidth })
  const yShare = (share: number) => pad.top + (1 - share) * plotHeight
  const yProblems = (count: number) => pad.top + (1 - count / maxProblems) * plotHeight
  const shareCoords = points.flatMap((point, index) => (point.bagianSegar === null ? [] : [{ x: x(index), y: yShare(point.bagianSegar) }]))
  const problemCoords = points.map((point, index) => ({ x: x(index), y: yProblems(point.masalah) }))
  const labelEvery = Math.max(1, Math.ceil(points.length / 6))
  const first = points[0]
  const last = points.at(-1)
  const summary =
    first && last
      ? `Dari ${shortDay(first.hari)} sampai ${shortDay(last.hari)}: menu segar ${percent(first.bagianSegar)} menjadi ${percent(last.bagianSegar)}, masalah terbuka ${first.masalah} menjadi ${last.masalah}.`
      : 'Belum ada riwayat.'
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="segar-tren"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="segar-tren-judul segar-tren-uraian"
        style={{ maxWidth: width, height: 'auto', display: 'block' }}
      >
        <title id="segar-tren-judul">Tren kesegaran 90 hari terakhir</title>
        <desc id="segar-tren-uraian">{summary}</desc>
        {[0, 0.25, 0.5, 0.75, 1].map((share) => (
          <g key={share}>
            <line x1={pad.left} x2={width - pad.right} y1={yShare(share)} y2={yShare(share)} stroke="#e1e6e9" />
            <text x={pad.left - 6} y={yShare(share) + 4} textAnchor="end" fontSize={11} fill="#3d4a52">
              {`${share * 100}%`}
            </text>
            <text x={width - pad.right + 6} y={yShare(share) + 4} fontSize={11} fill="#3d4a52">
              {Math.round(share * maxProblems)}
            </text>
          </g>
        ))}
        {points.map((point, index) =>
          index % labelEvery === 0 || index === points.length - 1 ? (
            <text key={point.hari} x={x(index)} y={height - pad.bottom + 16} textAnchor="middle" fontSize={11} fill="#3d4a52">
              {shortDay(point.hari)}
            </text>
          ) : null,
        )}
        <text x={12} y={pad.top + plotHeight / 2} fontSize={11} fill="#3d4a52" transform={`rotate(-90 12 ${pad.top + plotHeight / 2})`} textAnchor="middle">
          Menu segar (%)
        </text>
        <text x={width - 8} y={pad.top + plotHeight / 2} fontSize={11} fill="#3d4a52" transform={`rotate(90 ${width - 8} ${pad.top + plotHeight / 2})`} textAnchor="middle">
          Masalah terbuka
        </text>
        <text x={pad.left + plotWidth / 2} y={height - 4} fontSize={11} fill="#3d4a52" textAnchor="middle">
          Tanggal
        </text>
        {problemCoords.length > 1 && (
          <polyline points={problemCoords.map(({ x: px, y }) => `${px},${y}`).join(' ')} fill="none" stroke="#8a3b00" strokeWidth={2} strokeDasharray="6 4" />
        )}
        {problemCoords.map(({ x: px, y }, index) => (
          <rect key={`m${index}`} x={px - 3} y={y - 3} width={6} height={6} fill="#8a3b00" />
        ))}
        {shareCoords.length > 1 && <polyline points={shareCoords.map(({ x: px, y }) => `${px},${y}`).join(' ')} fill="none" stroke="#136f3a" strokeWidth={2.5} />}
        {shareCoords.map(({ x: px, y }, index) => (
          <circle key={`s${index}`} cx={px} cy={y} r={3.5} fill="#136f3a" />
        ))}
      </svg>
      <figcaption style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap', fontSize: '0.9em', marginTop: '0.4rem' }}>
        <span>
          <svg width={28} height={10} aria-hidden="true">
            <line x1={0} y1={5} x2={28} y2={5} stroke="#136f3a" strokeWidth={2.5} />
            <circle cx={14} cy={5} r={3.5} fill="#136f3a" />
          </svg>{' '}
          Menu segar (%, sumbu kiri), garis utuh dengan titik bulat
        </span>
        <span>
          <svg width={28} height={10} aria-hidden="true">
            <line x1={0} y1={5} x2={28} y2={5} stroke="#8a3b00" strokeWidth={2} strokeDasharray="6 4" />
            <rect x={11} y={2} width={6} height={6} fill="#8a3b00" />
          </svg>{' '}
          Masalah terbuka (jumlah, sumbu kanan), garis putus-putus dengan kotak
        </span>
      </figcaption>
    </figure>
  )
}
