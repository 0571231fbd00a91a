/**
 * The account avatar in the admin header: the signed-in person's initials,
 * drawn locally. Payload's Gravatar option would send a hash of their e-mail
 * to a third party on every page and show a broken image offline.
 */
import type { ServerComponentProps } from 'payload'
import React from 'react'

import { initials } from '@/admin/lib/initials'
import '@/admin/styles/admin.css'

type Props = Pick<ServerComponentProps, 'user'>

export function InitialsAvatar({ user }: Props) {
  const name = user && 'name' in user && typeof user.name === 'string' ? user.name : undefined
  const email = user && typeof user.email === 'string' ? user.email : undefined
  return (
    <span className="dg-avatar" data-avatar aria-hidden="true">
      {initials(name, email)}
    </span>
  )
}
