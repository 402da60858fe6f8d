import React from 'react'

import { SEGAR_MARK_SVG } from './mark'

/** The admin's small icon (navigation, collapsed header). */
export function SegarIcon() {
  return <span className="segar-ikon" style={{ display: 'inline-block', width: 18, height: 18, lineHeight: 0 }} dangerouslySetInnerHTML={{ __html: SEGAR_MARK_SVG }} />
}
