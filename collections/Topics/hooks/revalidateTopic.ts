import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Topic } from '@/payload-types'
import { applyRevalidation } from '@/site/revalidation/revalidate'
import { topicChange } from '@/site/revalidation/targets'

/** Topic names are in every page's footer: a change revalidates the whole site (see `topicChange`). */
export const revalidateTopicAfterChange: CollectionAfterChangeHook<Topic> = async ({ doc, req }) => {
  await applyRevalidation(topicChange(), req)
  return doc
}

export const revalidateTopicAfterDelete: CollectionAfterDeleteHook<Topic> = async ({ doc, req }) => {
  await applyRevalidation(topicChange(), req)
  return doc
}
