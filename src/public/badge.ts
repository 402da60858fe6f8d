/**
 * The embeddable badge: an SVG readable without colour (a symbol before the
 * words, and the words themselves), and the same words for the script snippet.
 */
import { escapeHtml } from '../email/format'
import type { PublicFreshness } from '../freshness/public'
import { statusLook, teksLencana } from './words'

export type Lencana = { menu: string; status: string; simbol: string; teks: string; judul: string }

export function lencanaOf({ item, now }: { item: PublicFreshness; now: Date }): Lencana {
  return { menu: item.menu, status: item.status, simbol: statusLook(item.status).simbol, teks: teksLencana({ item, now }), judul: item.judul }
}

/** Verdana at 11px averages about 7px a character; wide symbols count double. */
function textWidth(text: string): number {
  let width = 0
  for (const character of text) width += character.charCodeAt(0) > 0x2000 ? 11 : /[A-Z]/.test(character) ? 7.5 : 6.4
  return Math.ceil(width)
}

const LEFT = 'kesegaran'

export function badgeSvg({ item, now }: { item: PublicFreshness; now: Date }): string {
  const look = statusLook(item.status)
  const { teks } = lencanaOf({ item, now })
  const right = `${look.simbol} ${teks}`
  const leftWidth = textWidth(LEFT) + 12
  const rightWidth = textWidth(right) + 12
  const width = leftWidth + rightWidth
  const label = `Kesegaran ${item.judul}: ${teks}`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${escapeHtml(label)}">`,
    `<title>${escapeHtml(label)}</title>`,
    `<rect width="${leftWidth}" height="20" fill="#374151"/>`,
    `<rect x="${leftWidth}" width="${rightWidth}" height="20" fill="${look.latar}"/>`,
    `<g fill="#ffffff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="6" y="14">${LEFT}</text>`,
    `<text x="${leftWidth + 6}" y="14" fill="${look.teks}">${escapeHtml(right)}</text>`,
    `</g></svg>`,
  ].join('')
}

/**
 * The one-line snippet's script: writes the badge's words into the element
 * named by `data-target` (or right after the script tag). The words go in
 * as text, never as HTML; JSON with `<` escaped cannot end the script early.
 */
export function badgeScript({ lencana, pageUrl }: { lencana: Lencana; pageUrl: string }): string {
  const data = JSON.stringify({ ...lencana, tautan: pageUrl }).replace(/</g, '\\u003c')
  return `(function(){var d=${data};var s=document.currentScript;var id=s&&s.getAttribute('data-target');var el=id?document.getElementById(id):null;if(!el){el=document.createElement('span');if(s&&s.parentNode){s.parentNode.insertBefore(el,s.nextSibling)}else{return}}el.textContent=d.simbol+' '+d.teks;el.setAttribute('data-status',d.status);el.setAttribute('title','Kesegaran '+d.judul+': '+d.teks)})();\n`
}
