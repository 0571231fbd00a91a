import type { Endpoint, PayloadRequest } from 'payload'

import { readBounded } from '@/api/boundedBody'
import {
  formatOfMediaType,
  formatOfName,
  formatOfText,
  isExchangeFormat,
  mediaTypeOf,
  type ExchangeFormat,
} from '@/glossary/exchange/format'
import type { ExchangeProblem } from '@/glossary/exchange/problems'
import { locales } from '@/i18n/locales'
import { translatorFor } from '@/i18n/messages'
import { callerLanguage } from '@/workflow/callerLanguage'
import {
  exportGlossary,
  importGlossary,
  mayExportGlossary,
  mayImportGlossary,
  maxGlossaryBytes,
} from '@/workflow/services/glossaryExchange'

type Refusal = 'signIn' | 'editorsOnly' | 'badFormat' | 'tooLarge' | 'wrongType' | 'noFile'

function translator(req: PayloadRequest) {
  return translatorFor(callerLanguage(req), 'GlossaryExchange')
}

function refuse(req: PayloadRequest, status: number, key: Refusal, values: Record<string, string> = {}) {
  const message = translator(req)(key, { max: maxGlossaryBytes / 1024 / 1024, ...values })
  return Response.json({ errors: [{ message }] }, { status })
}

/** Each problem in the caller's language, prefixed with where it is (the file, a line, a conceptEntry). */
function problemReport(req: PayloadRequest, problems: readonly ExchangeProblem[]) {
  const t = translator(req)
  return problems.map((problem) => {
    const { where } = problem
    let place = t('where.file')
    if (where.kind === 'line') place = t('where.line', { line: where.line })
    if (where.kind === 'concept') {
      place =
        where.id === undefined
          ? t('where.concept', { index: where.index })
          : t('where.conceptId', { index: where.index, id: where.id })
      if (where.line !== undefined) place = t('where.atLine', { where: place, line: where.line })
    }
    const text = t(`problems.${problem.code}`, { locales: locales.join(', '), ...problem.details })
    const message = t('where.located', { where: place, problem: text })
    return { ...problem, message }
  })
}

/** `format` asked for, or undefined when the query has none; null when it is not one we write or read. */
function askedFormat(req: PayloadRequest): ExchangeFormat | null | undefined {
  const value = req.searchParams.get('format')
  if (value === null || value === '') return undefined
  const format = value.toLowerCase()
  return isExchangeFormat(format) ? format : null
}

/**
 * `GET /api/glossary/export?format=tbx|csv` (TBX when not given): the accepted entries as a
 * TBX-Basic or CSV file, for every signed-in user (all of them read the glossary); 401 signed
 * out, 400 for another format.
 */
export const glossaryExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !mayExportGlossary(req.user)) return refuse(req, 401, 'signIn')
    const format = askedFormat(req)
    if (format === null) return refuse(req, 400, 'badFormat')
    const file = await exportGlossary(req, format ?? 'tbx')
    return new Response(file.body, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

type Upload = { bytes: Uint8Array; format: ExchangeFormat | null } | { refusal: [number, Refusal, Record<string, string>?] }

/** The file from the raw body or from a form's `file` field, with the format its type or name says. */
async function uploadOf(req: PayloadRequest): Promise<Upload> {
  const contentType = req.headers.get('content-type')
  const mediaType = mediaTypeOf(contentType)
  // A form's boundary and headers add a little to the file; the file itself is checked below.
  const body = await readBounded(req.body, mediaType === 'multipart/form-data' ? maxGlossaryBytes + 64 * 1024 : maxGlossaryBytes)
  if (body === null) return { refusal: [413, 'tooLarge'] }
  if (mediaType === 'multipart/form-data') {
    const form = await new Response(body, { headers: { 'Content-Type': contentType ?? '' } }).formData()
    const file = form.get('file')
    if (!(file instanceof Blob)) return { refusal: [400, 'noFile'] }
    if (file.size > maxGlossaryBytes) return { refusal: [413, 'tooLarge'] }
    const fileType = mediaTypeOf(file.type)
    const byType = formatOfMediaType(fileType)
    if (byType === undefined) return { refusal: [415, 'wrongType', { type: fileType }] }
    const name = 'name' in file && typeof file.name === 'string' ? file.name : undefined
    return { bytes: new Uint8Array(await file.arrayBuffer()), format: byType ?? formatOfName(name) }
  }
  const byType = formatOfMediaType(mediaType)
  if (byType === undefined) return { refusal: [415, 'wrongType', { type: mediaType }] }
  if (body.byteLength === 0) return { refusal: [400, 'noFile'] }
  return { bytes: body, format: byType }
}

/**
 * `POST /api/glossary/import[?format=tbx|csv]` with the file as the body or as a form's
 * `file` field (editors only; at most 5 MB): 200 with how many entries were created, updated
 * and already up to date, or 400 with every problem found (file, CSV line or conceptEntry,
 * what is wrong) and nothing written. 401 signed out, 403 not an editor, 413 too large, 415
 * neither text nor XML.
 */
export const glossaryImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, 'signIn')
    if (!mayImportGlossary(req.user)) return refuse(req, 403, 'editorsOnly')
    const asked = askedFormat(req)
    if (asked === null) return refuse(req, 400, 'badFormat')
    const declared = Number(req.headers.get('content-length') ?? '0')
    if (declared > maxGlossaryBytes) return refuse(req, 413, 'tooLarge')
    const upload = await uploadOf(req)
    if ('refusal' in upload) return refuse(req, ...upload.refusal)
    // Sniffed leniently: the import itself refuses a file that is not UTF-8.
    const format = asked ?? upload.format ?? formatOfText(new TextDecoder().decode(upload.bytes.subarray(0, 64)))
    const result = await importGlossary(req, upload.bytes, format)
    const t = translator(req)
    if (!result.ok) {
      const problems = problemReport(req, result.problems)
      const message = t('rejected', { count: result.total, first: problems[0]?.message ?? '' })
      return Response.json({ errors: [{ message, data: { problems, total: result.total } }] }, { status: 400 })
    }
    const counts = { created: result.created, updated: result.updated, unchanged: result.unchanged }
    return Response.json({ ...counts, message: t('imported', counts) })
  },
}
