'use client'

import { isDocumentEvent, isLivePreviewEvent, ready } from '@payloadcms/live-preview'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useTransition, type ReactNode } from 'react'

type Props = {
  children: ReactNode
  /** The language this page previews: messages from the admin's form in another one are ignored. */
  locale: string
  /** Renders the content again on the server from the form's values (a server action that checks the user again). */
  render: (data: unknown) => Promise<ReactNode | null>
}

/** After the last keystroke, how long to wait before asking the server for the page again. */
const DEBOUNCE_MS = 300

/**
 * In the admin's Live Preview panel (an iframe on the same origin), the article
 * follows the form as the editor types: Payload posts the form's values on every
 * change (`@payloadcms/live-preview` tells it the page is ready and recognises the
 * messages), and the server renders the same components again with them. Outside
 * the panel this does nothing. After a save Payload reloads the panel itself; a
 * document event (a related document changed) refreshes the page.
 */
export function LivePreviewArticle({ children, locale, render }: Props) {
  const [live, setLive] = useState<ReactNode | null>(null)
  const [, startTransition] = useTransition()
  const router = useRouter()
  const latest = useRef(0)

  useEffect(() => {
    if (window.parent === window && !window.opener) return
    const origin = window.location.origin
    let timer: ReturnType<typeof setTimeout> | undefined
    const onMessage = (event: MessageEvent) => {
      if (isDocumentEvent(event, origin)) {
        router.refresh()
        return
      }
      if (!isLivePreviewEvent(event, origin)) return
      const message: unknown = event.data
      if (typeof message !== 'object' || message === null || !('data' in message)) return
      if ('locale' in message && message.locale !== locale) return
      clearTimeout(timer)
      timer = setTimeout(() => {
        const request = ++latest.current
        startTransition(async () => {
          const content = await render(message.data)
          // An older answer arriving late must not overwrite a newer one.
          if (content && request === latest.current) setLive(content)
        })
      }, DEBOUNCE_MS)
    }
    window.addEventListener('message', onMessage)
    ready({ serverURL: origin })
    return () => {
      clearTimeout(timer)
      window.removeEventListener('message', onMessage)
    }
  }, [locale, render, router])

  return <div data-live-preview>{live ?? children}</div>
}
