/** Atom 1.0 (RFC 4287) feeds of freshness changes and of published news. Pure. */
import { freshnessLabel } from '../domain/freshness'
import { escapeHtml } from '../email/format'
import type { PublicNews, PublicTransition } from './data'
import { statusLook, waktuWib } from './words'

type Entry = { id: string; title: string; updated: string; link: string; summary: string }

function atomDocument({ baseUrl, path, title, subtitle, updated, entries }: { baseUrl: string; path: string; title: string; subtitle: string; updated: string; entries: Entry[] }): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">',
    `<id>${escapeHtml(`${baseUrl}${path}`)}</id>`,
    `<title>${escapeHtml(title)}</title>`,
    `<subtitle>${escapeHtml(subtitle)}</subtitle>`,
    `<updated>${updated}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeHtml(`${baseUrl}${path}`)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeHtml(`${baseUrl}/`)}"/>`,
    '<author><name>Pemerintah Kota Palembang</name></author>',
    '<generator>Segar</generator>',
  ]
  for (const entry of entries) {
    lines.push(
      '<entry>',
      `<id>${escapeHtml(entry.id)}</id>`,
      `<title>${escapeHtml(entry.title)}</title>`,
      `<updated>${entry.updated}</updated>`,
      `<link rel="alternate" type="text/html" href="${escapeHtml(entry.link)}"/>`,
      `<summary type="text">${escapeHtml(entry.summary)}</summary>`,
      '</entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}

const iso = (value: string) => new Date(value).toISOString()

/** The newest entry's time, or a fixed epoch for an empty feed, so that an unchanged feed keeps its ETag. */
function newest(times: string[]): string {
  return times.length === 0 ? new Date(0).toISOString() : iso(times.reduce((a, b) => (new Date(a) > new Date(b) ? a : b)))
}

export function freshnessFeed({ baseUrl, transitions, titles }: { baseUrl: string; transitions: PublicTransition[]; titles: Map<string, string> }): string {
  const entries = transitions.map((transition) => {
    const judul = titles.get(transition.kode) ?? transition.kode
    return {
      id: `${baseUrl}/kesegaran.atom#${transition.id}`,
      title: `${judul}: ${statusLook(transition.ke).simbol} ${freshnessLabel(transition.ke)}`,
      updated: iso(transition.pada),
      link: `${baseUrl}/menu/${encodeURIComponent(transition.kode)}`,
      summary: `Status menu ${judul} berubah dari "${freshnessLabel(transition.dari)}" menjadi "${freshnessLabel(transition.ke)}" pada ${waktuWib(transition.pada)}.`,
    }
  })
  return atomDocument({
    baseUrl,
    path: '/kesegaran.atom',
    title: 'Perubahan kesegaran informasi Portal Palembang',
    subtitle: 'Setiap kali status kesegaran sebuah menu portal berubah.',
    updated: newest(transitions.map((transition) => transition.pada)),
    entries,
  })
}

export function newsFeed({ baseUrl, news }: { baseUrl: string; news: PublicNews[] }): string {
  const entries = news.map((item) => ({
    id: `${baseUrl}/api/berita/${item.id}`,
    title: item.judul,
    updated: iso(item.updatedAt),
    link: `${baseUrl}/api/berita/${encodeURIComponent(String(item.id))}`,
    summary: item.opd ? `${item.ringkasan} (${item.opd}, ${waktuWib(item.tanggalTerbit)})` : item.ringkasan,
  }))
  return atomDocument({
    baseUrl,
    path: '/berita.atom',
    title: 'Berita Portal Palembang',
    subtitle: 'Berita kegiatan Wali Kota dan perangkat daerah yang sudah terbit.',
    updated: newest(news.map((item) => item.updatedAt)),
    entries,
  })
}
