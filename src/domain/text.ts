/** A URL-safe slug from an Indonesian title: "Wali Kota Tinjau Pasar 16 Ilir" → "wali-kota-tinjau-pasar-16-ilir". */
export function slugify({ text, maxLength = 80 }: { text: string; maxLength?: number }): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '').replace(/-+$/, '') || slug.slice(0, maxLength)
}

