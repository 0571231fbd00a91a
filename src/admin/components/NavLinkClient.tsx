'use client'
/**
 * A nav entry styled and highlighted like Payload's own collection links. A client-side
 * navigation, like theirs, so leaving an edit view releases its document lock.
 */
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React from 'react'

export function NavLinkClient({ href, label }: { href: string; label: string }) {
  const pathname = usePathname()
  const active = pathname === href || pathname.startsWith(`${href}/`)
  const content = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{label}</span>
    </>
  )
  return active ? (
    <div className="nav__link" id="nav-translations-workspace">
      {content}
    </div>
  ) : (
    <Link className="nav__link" id="nav-translations-workspace" href={href} prefetch={false}>
      {content}
    </Link>
  )
}
