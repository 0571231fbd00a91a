'use client'
/**
 * Articles' "Unpublish" entry (in the document's menu), in the source view
 * only and for editors. Payload's button sends no locale, so from a French
 * view it would take the whole article offline; one target language goes
 * offline by moving its task back to "todo" with a reason instead.
 */
import { UnpublishButton } from '@payloadcms/ui'
import type { UnpublishButtonClientProps } from 'payload'
import React from 'react'

import { usePublishesFromArticle } from './PublishButtonForEditors'

export function UnpublishButtonForEditors(props: UnpublishButtonClientProps) {
  if (!usePublishesFromArticle()) return null
  return <UnpublishButton {...props} />
}
