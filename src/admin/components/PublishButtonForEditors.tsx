'use client'
/**
 * Articles' "Publish" button, only where publishing from the article is
 * possible: for editors, in the source (Italian) view. Translators save
 * drafts and an editor's approval publishes them; a target language goes
 * public by approving its task. The server refuses both anyway; this only
 * spares people a button that always fails.
 */
import { PublishButton, useAuth, useLocale } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import React from 'react'

import { sourceLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'

/** Whether this user, in the locale the admin shows, may publish or unpublish the article itself. */
export function usePublishesFromArticle(): boolean {
  const { user } = useAuth<User>()
  const locale = useLocale()
  return user?.role !== 'translator' && locale.code === sourceLocale
}

export function PublishButtonForEditors(props: PublishButtonClientProps) {
  if (!usePublishesFromArticle()) return null
  return <PublishButton {...props} />
}
