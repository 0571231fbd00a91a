'use client'
/**
 * Escape in an open select inside a drawer closes the select, not the drawer.
 *
 * Payload's drawers close on any Escape keydown that reaches `document`
 * (@faceless-ui/modal checks `keyCode === 27`), and so does the select's own
 * handler (React, also on `document`, checks `key === 'Escape'`): one key
 * press closed both. When a select's menu is open, this listener (window,
 * capture phase: before either) stops the real event and hands the select the
 * same key as an untrusted event whose `keyCode` is 0, which only the select reads.
 */
import React, { useEffect } from 'react'

const handedOn = new WeakSet<Event>()

function openSelectAround(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null
  const control = target.closest<HTMLElement>('.react-select')
  return control?.querySelector('.rs__menu') ? control : null
}

export function EscapeClosesSelect({ children }: { children?: React.ReactNode }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || handedOn.has(event) || !openSelectAround(event.target)) return
      event.stopPropagation()
      event.preventDefault()
      const copy = new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true })
      handedOn.add(copy)
      event.target?.dispatchEvent(copy)
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
  return <>{children}</>
}
