import type { TypedUser } from 'payload'
import React from 'react'

import { asUser } from '../../access/roles'
import { isStaff } from '../../admin/roleNavigation'

/** Only for those the dashboard answers; an editor's to-do list is on its own dashboard. */
export function KesegaranNavLink({ user }: { user?: TypedUser | null }) {
  if (!isStaff(asUser(user))) return null
  return (
    <a href="/admin/kesegaran" className="nav__link" style={{ display: 'block', padding: '0.4rem 0', fontWeight: 600 }}>
      Dasbor kesegaran
    </a>
  )
}
