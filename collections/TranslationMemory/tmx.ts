import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import type { TmxProblem } from '@/tmx/problems'
import { callerLanguage } from '@/workflow/callerLanguage'
import { exportTmx, importTmx, maxTmxBytes, mayExportPair, type TmxPair } from '@/workflow/services/tmx'

type Refusal = 'signIn' | 'badLanguages' | 'notYourLanguage' | 'editorsOnly' | 'tooLarge'

function refuse(req: PayloadRequest, status: number, key: Refusal) {
  const t = translatorFor(callerLanguage(req), 'Tmx')
  const message = t(key, { locales: locales.join(', '), max: maxTmxBytes / 1024 / 1024 })
  return Response.json({ errors: [{ message }] }, { status })
}

function pairOf(req: PayloadRequest): TmxPair | null {
  const from = req.searchParams.get('from')
  const to = req.searchParams.get('to')
  return isLocale(from) && isLocale(to) && from !== to ? { from, to } : null
}

/** Each problem in the caller's language, with where it is. */
function problemReport(req: PayloadRequest, problems: readonly TmxProblem[]) {
  const t = translatorFor(callerLanguage(req), 'Tmx')
  return problems.map((problem) => {
    const where =
      problem.unit === undefined
        ? t('where.document')
        : problem.tuid === undefined
          ? t('where.unitNoId', { index: problem.unit })
          : t('where.unit', { index: problem.unit, tuid: problem.tuid })
    return { ...problem, message: `${where}: ${t(`problems.${problem.code}`, problem.details)}` }
  })
}

function fileName({ from, to }: { from: Locale; to: Locale }): string {
  return `translation-memory-${from}-${to}.tmx`
}

/**
 * `GET /api/translation-memory/tmx?from=it&to=fr`: the pair's memory as TMX 1.4b. Editors any
 * pair, translators the pairs into their languages (401 signed out, 403 another language, 400
 * for missing or equal languages), like the lookup.
 */
export const tmxExportEndpoint: Endpoint = {
  path: '/tmx',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, 'signIn')
    const pair = pairOf(req)
    if (!pair) return refuse(req, 400, 'badLanguages')
    if (!mayExportPair(req.user, pair.to)) return refuse(req, 403, 'notYourLanguage')
    const xml = await exportTmx(req, pair)
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/x-tmx+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName(pair)}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

/**
 * `POST /api/translation-memory/tmx?from=it&to=fr` with the TMX file as the body (editors
 * only): 200 with how many pairs were added and skipped, or 400 with every problem found
 * (unit index, tuid, what is wrong) and nothing written; 413 over the size limit.
 */
export const tmxImportEndpoint: Endpoint = {
  path: '/tmx',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, 'signIn')
    if (!isEditorUser(req.user)) return refuse(req, 403, 'editorsOnly')
    const pair = pairOf(req)
    if (!pair) return refuse(req, 400, 'badLanguages')
    const declared = Number(req.headers.get('content-length') ?? '0')
    if (declared > maxTmxBytes) return refuse(req, 413, 'tooLarge')
    const xml = req.text ? await req.text() : ''
    if (Buffer.byteLength(xml) > maxTmxBytes) return refuse(req, 413, 'tooLarge')
    const result = await importTmx(req, pair, xml)
    const t = translatorFor(callerLanguage(req), 'Tmx')
    if (!result.ok) {
      const problems = problemReport(req, result.problems)
      const message = t('rejected', { count: result.total, first: problems[0]?.message ?? '' })
      return Response.json({ errors: [{ message }], problems, total: result.total }, { status: 400 })
    }
    return Response.json({
      added: result.added,
      skipped: result.skipped,
      message: t('imported', { added: result.added, skipped: result.skipped }),
    })
  },
}
