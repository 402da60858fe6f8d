const DAY_MS = 86_400_000

export function formatDay(at: string): string {
  return new Date(at).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' })
}

export function relativeDays({ at, now }: { at: string; now: Date }): string {
  const days = Math.floor((now.getTime() - new Date(at).getTime()) / DAY_MS)
  if (days <= 0) return 'hari ini'
  if (days === 1) return 'kemarin'
  return `${days} hari lalu`
}
