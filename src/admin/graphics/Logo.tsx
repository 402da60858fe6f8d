import React from 'react'

import { SEGAR_MARK_SVG } from './mark'

/** The login page's logo: Segar's mark, its name and whose CMS it is. */
export function SegarLogo() {
  return (
    <span className="segar-logo" style={{ display: 'inline-flex', alignItems: 'center', gap: '0.8rem' }}>
      <span style={{ display: 'inline-block', width: 56, height: 56, lineHeight: 0 }} dangerouslySetInnerHTML={{ __html: SEGAR_MARK_SVG }} />
      <span style={{ display: 'grid', lineHeight: 1.15 }}>
        <span style={{ fontSize: '2rem', fontWeight: 700, color: 'var(--theme-text)' }}>Segar</span>
        <span style={{ fontSize: '0.95rem', color: 'var(--theme-elevation-650)' }}>Pemerintah Kota Palembang</span>
      </span>
    </span>
  )
}
