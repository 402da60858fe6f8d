import { describe, expect, it } from 'vitest'

import { renderEscalation } from '../../../src/email/escalation'
import { escapeHtml, formatAngka, safeHref, sejakText } from '../../../src/email/format'
import { digestGroupOf, renderOfficeDigest } from '../../../src/email/officeDigest'
import { renderWeeklyReport, textSparkline, trendChartSvg } from '../../../src/email/weeklyReport'
import { DIGEST_ITEMS, NOW, OFFICE, PUBLIC_URL, WEEKLY } from './fixtures'

const digest = () => renderOfficeDigest({ office: OFFICE, items: DIGEST_ITEMS, publicUrl: PUBLIC_URL, now: NOW })

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'))
}

describe('email formatting', () => {
  it('should write numbers with Indonesian separators', () => {
    expect(formatAngka(1009)).toBe('1.009')
    expect(formatAngka(87.5)).toBe('87,5')
  })

  it('should say since when in Jakarta days and in Indonesian', () => {
    expect(sejakText({ sejak: '2020-04-13T00:00:00+07:00', now: new Date('2023-01-16T08:00:00+07:00') })).toBe('sejak 13 April 2020, 1.008 hari')
    // 20:00 UTC is already the next day in Palembang.
    expect(sejakText({ sejak: '2023-01-15T20:00:00Z', now: new Date('2023-01-16T08:00:00+07:00') })).toBe('sejak 16 Januari 2023, hari ini')
    expect(sejakText({ sejak: null, now: NOW })).toBe('')
  })

  it('should escape markup and refuse non-http links', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(safeHref('javascript:alert(1)')).toBe('#')
    expect(safeHref('https://x.example/?a=1&b=2')).toBe('https://x.example/?a=1&amp;b=2')
  })
})

describe('renderOfficeDigest', () => {
  it('should name the office, the count and the worst in the subject', () => {
    expect(digest().subject).toBe('[Segar] DISDAG: 6 menu perlu perhatian (1 sangat terlambat) - 16 Januari 2023')
  })

  it('should say "jatuh tempo besok" when the reminder is only for tomorrow', () => {
    const tomorrowOnly = DIGEST_ITEMS.filter((item) => item.isDueTomorrow)
    const { subject } = renderOfficeDigest({ office: OFFICE, items: tomorrowOnly, publicUrl: PUBLIC_URL, now: NOW })
    expect(subject).toBe('[Segar] DISDAG: 1 menu jatuh tempo besok - 16 Januari 2023')
  })

  it('should list every menu in both parts, most urgent group first', () => {
    const { html, text } = digest()
    for (const item of DIGEST_ITEMS) {
      expect(html).toContain(escapeHtml(item.judul))
      expect(text).toContain(`${item.judul} (${item.menu})`)
    }
    const order = ['Sangat terlambat (1)', 'Terlambat (1)', 'Kosong atau tautan rusak (1)', 'Jatuh tempo (1)', 'Jatuh tempo besok (1)', 'Laporan warga (1)']
    const positions = order.map((heading) => html.indexOf(`>${heading}</h2>`))
    expect(positions.every((position) => position > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    const textPositions = order.map((heading) => text.indexOf(`== ${heading.toUpperCase()} ==`))
    expect(textPositions.every((position) => position > 0)).toBe(true)
    expect([...textPositions].sort((a, b) => a - b)).toEqual(textPositions)
  })

  it('should link every fix and every one-click confirmation that was given', () => {
    const { html, text } = digest()
    const links = hrefs(html)
    for (const item of DIGEST_ITEMS) {
      expect(links).toContain(item.fixUrl)
      expect(text).toContain(item.fixUrl)
      if (item.verifyUrl) {
        expect(links).toContain(item.verifyUrl)
        expect(text).toContain(`Masih benar (satu klik, tanpa masuk): ${item.verifyUrl}`)
      }
    }
    expect(html.match(/>Masih benar<\/a>/g)).toHaveLength(DIGEST_ITEMS.filter((item) => item.verifyUrl).length)
  })

  it('should say since when the problem exists', () => {
    const { html, text } = digest()
    expect(text).toContain('Sangat terlambat, sejak 13 April 2020, 1.008 hari')
    expect(html).toContain('Sangat terlambat, sejak 13 April 2020, 1.008 hari')
    expect(text).toContain('Laporan warga terbuka, sejak 10 Januari 2023, 6 hari')
    expect(text).toContain('2 laporan warga belum ditangani.')
  })

  it('should escape what comes from the data', () => {
    const { html, text } = digest()
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<Kota>')
    expect(html).toContain('Agenda &lt;Kota&gt; &amp; &quot;Event&quot;')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    // The text part is not HTML: shown as written.
    expect(text).toContain('Agenda <Kota> & "Event"')
  })

  it('should use no external images, fonts or style sheets', () => {
    const { html } = digest()
    expect(html).not.toMatch(/<img|<link|@import|url\(|<style/i)
  })

  it.each([
    ['delinquent', false, 0, 'sangat-terlambat'],
    ['overdue', true, 3, 'terlambat'],
    ['broken', false, 0, 'kosong-rusak'],
    ['empty', false, 0, 'kosong-rusak'],
    ['due', false, 0, 'jatuh-tempo'],
    ['fresh', true, 2, 'besok'],
    ['fresh', false, 2, 'laporan-warga'],
    ['exempt', false, 0, 'lainnya'],
  ] as const)('should put a %s menu (tomorrow %s, %i reports) under %s', (status, isDueTomorrow, laporanTerbuka, group) => {
    expect(digestGroupOf({ status, isDueTomorrow, laporanTerbuka })).toBe(group)
  })

  it('should keep its wording (snapshot)', () => {
    const { subject, text } = digest()
    expect(subject).toMatchSnapshot('subject')
    expect(text).toMatchSnapshot('text')
    expect(digest().html).toMatchSnapshot('html')
  })
})

describe('renderEscalation', () => {
  const delinquent = DIGEST_ITEMS.filter((item) => item.status === 'delinquent' || item.status === 'overdue')
  const render = () => renderEscalation({ office: OFFICE, items: delinquent, publicUrl: PUBLIC_URL, now: NOW })

  it('should name the office and the count in the subject', () => {
    expect(render().subject).toBe('[Segar] Eskalasi: 2 menu Dinas Perdagangan (DISDAG) sangat terlambat diperbarui')
  })

  it('should address the head of office and list every menu with its link', () => {
    const { html, text } = render()
    expect(text.startsWith('Yth. Kepala Dinas Perdagangan,')).toBe(true)
    expect(html).toContain('Perlu tindakan pimpinan:')
    for (const item of delinquent) {
      expect(html).toContain(escapeHtml(item.judul))
      expect(hrefs(html)).toContain(item.fixUrl)
      expect(text).toContain(`${item.judul} (${item.menu})`)
      expect(text).toContain(item.fixUrl)
    }
    expect(text).toContain('Tidak diperbarui sejak 13 April 2020, 1.008 hari')
    expect(text).toContain('Tembusan: Diskominfo Kota Palembang')
  })

  it('should keep its wording (snapshot)', () => {
    const { subject, text, html } = render()
    expect(subject).toMatchSnapshot('subject')
    expect(text).toMatchSnapshot('text')
    expect(html).toMatchSnapshot('html')
  })
})

describe('renderWeeklyReport', () => {
  it('should give the portal-wide figure and its change in the subject and summary', () => {
    const { subject, text } = renderWeeklyReport(WEEKLY)
    expect(subject).toBe('[Segar] Laporan mingguan pekan 16 Januari 2023: 63,2% menu segar')
    expect(text).toContain('naik 3,2 poin dari 60% pekan lalu')
    const down = renderWeeklyReport({ ...WEEKLY, change: { persenSegarSekarang: 50, persenSegarMingguLalu: 52.4 } })
    expect(down.text).toContain('turun 2,4 poin dari 52,4% pekan lalu')
  })

  it('should draw the trend as inline SVG with a label on every bar', () => {
    const { html } = renderWeeklyReport(WEEKLY)
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6)
    expect(svg).toContain('role="img"')
    expect(svg.match(/<rect /g)).toHaveLength(WEEKLY.trend.length + 1)
    for (const label of ['41,2%', '45%', '52,5%', '50%', '48%', '55,5%', '60%', '63,2%']) expect(svg).toContain(`>${label}</text>`)
    expect(svg).toContain('>28 Nov</text>')
    expect(svg).toContain('>16 Jan</text>')
  })

  it('should keep a crowded 30-day chart readable', () => {
    const trend = Array.from({ length: 30 }, (_, index) => ({
      tanggal: `2023-01-${String(index + 1).padStart(2, '0')}`,
      persenSegar: 50 + index,
    }))
    const svg = trendChartSvg({ trend })
    expect(svg.match(/<rect /g)).toHaveLength(31)
    expect(svg).toContain('>79</text>')
    expect(svg.match(/>\d+ Jan<\/text>/g)!.length).toBeLessThanOrEqual(9)
  })

  it('should carry the same figures in the text part', () => {
    const { text } = renderWeeklyReport(WEEKLY)
    expect(text).toContain(textSparkline(WEEKLY.trend.map((point) => point.persenSegar)))
    expect(text).toContain('▁▂▅▄▃▆▇█')
    for (const office of WEEKLY.offices) expect(text).toContain(office.singkatan)
    expect(text).toMatch(/DINKES\s+1\.210\s+0\s+0\s+100%\s+-/)
    expect(text).toMatch(/Harga pangan \(harga-pangan\)\s+DISDAG\s+Sangat terlambat\s+1\.009 hari/)
    for (const point of ['28 November 2022', '16 Januari 2023']) expect(text).toContain(point)
  })

  it('should escape office names in the HTML', () => {
    const { html } = renderWeeklyReport(WEEKLY)
    expect(html).toContain('Dinas &lt;Uji&gt; &amp; Coba')
    expect(html).not.toContain('<Uji>')
  })

  it('should say so when there is no late menu and no trend yet', () => {
    const { html, text } = renderWeeklyReport({ ...WEEKLY, worst: [], trend: [], change: { persenSegarSekarang: 100, persenSegarMingguLalu: null } })
    expect(html).not.toContain('<svg')
    expect(text).toContain('Tidak ada menu yang terlambat.')
    expect(text).toContain('belum ada angka pekan lalu')
  })

  it('should keep its wording (snapshot)', () => {
    const { subject, text, html } = renderWeeklyReport(WEEKLY)
    expect(subject).toMatchSnapshot('subject')
    expect(text).toMatchSnapshot('text')
    expect(html).toMatchSnapshot('html')
  })
})
