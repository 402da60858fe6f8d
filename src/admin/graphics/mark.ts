/**
 * Segar's mark, drawn here: a fresh leaf on the green of the "Segar" badge. One source for the
 * admin's icon, its logo and the favicon (a data: URL, which the content security policy's
 * img-src allows), so no binary image lives in the repository.
 */
export const SEGAR_MARK_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="100%" height="100%" role="img" aria-label="Segar">' +
  '<rect width="64" height="64" rx="14" fill="#0b5d2a"/>' +
  '<path d="M47 15C30 15 17 22 17 36c0 7 5 12 12 12 14 0 18-15 18-33z" fill="#8fd19e"/>' +
  '<path d="M19 50c6-11 13-18 24-26" fill="none" stroke="#ffffff" stroke-width="3.5" stroke-linecap="round"/>' +
  '</svg>'

export const SEGAR_FAVICON_URL = `data:image/svg+xml,${encodeURIComponent(SEGAR_MARK_SVG)}`
