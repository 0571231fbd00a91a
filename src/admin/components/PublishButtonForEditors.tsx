'use client'
/**
 * Articles' "Publish" button, hidden from translators: they save drafts, and
 * an editor's approval publishes them (the server refuses a translator's
 * publish anyway; this only spares them a button that always fails).
 */
import { PublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import React from 'react'

import type { User } from '../../payload-types'

export function PublishButtonForEditors(props: PublishButtonClientProps) {
  const { user } = useAuth<User>()
  if (user?.role === 'translator') return null
  return <PublishButton {...props} />
}
