import React from 'react'

export function KesegaranNavLink() {
  return (
    <a href="/admin/kesegaran" className="nav__link" style={{ display: 'block', padding: '0.4rem 0', fontWeight: 600 }}>
      Dasbor kesegaran
    </a>
  )
}
