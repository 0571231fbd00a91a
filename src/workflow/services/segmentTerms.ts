/**
 * The glossary a task's segment view needs: the accepted concepts that apply to the article's
 * topic, with only their Italian and target-language terms. The browser highlights the terms
 * and runs the quality checks with them as the translator types (src/glossary/highlight.ts,
 * src/quality/live.ts); the server's quality gate reads the same entries (translationQuality.ts).
 */
import type { PayloadRequest } from 'payload'

import { conceptsForLocales } from '@/glossary/highlight'
import type { GlossaryConcept } from '@/glossary/terms'
import { sourceLocale, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relations'
import { childReq } from './childReq'
import { glossaryFor } from './translationQuality'

/** Called once the caller may read the task (segmentEditor.ts checked it). */
export async function segmentGlossary(
  req: PayloadRequest,
  articleId: number | string,
  locale: Locale,
): Promise<GlossaryConcept[]> {
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    select: { topic: true },
    overrideAccess: true,
    disableErrors: true,
    req: childReq(req),
  })
  return conceptsForLocales(await glossaryFor(req, relationId(article?.topic)), [sourceLocale, locale])
}
