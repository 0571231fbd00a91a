/**
 * Which format an uploaded glossary is: the `format` asked for, else its media type, else its
 * file name, else its first character ("<" is XML). A media type that is neither text nor XML
 * (JSON, an image, a PDF…) is refused as the wrong content.
 */
export const exchangeFormats = ['tbx', 'csv'] as const
export type ExchangeFormat = (typeof exchangeFormats)[number]

export function isExchangeFormat(value: unknown): value is ExchangeFormat {
  return typeof value === 'string' && (exchangeFormats as readonly string[]).includes(value)
}

const csvTypes = ['text/csv', 'application/csv', 'text/comma-separated-values', 'application/vnd.ms-excel']
const xmlTypes = ['application/xml', 'text/xml', 'application/x-tbx+xml', 'application/tbx+xml']
// What browsers and curl send for a file they cannot name, and plain text: the content decides.
const neutralTypes = ['', 'application/octet-stream', 'text/plain']

export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? ''
}

/** The format a media type names, null for "look at the content", undefined for a type we do not read. */
export function formatOfMediaType(mediaType: string): ExchangeFormat | null | undefined {
  if (csvTypes.includes(mediaType)) return 'csv'
  if (xmlTypes.includes(mediaType)) return 'tbx'
  return neutralTypes.includes(mediaType) ? null : undefined
}

export function formatOfName(name: string | undefined): ExchangeFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name ?? '')?.[1]?.toLowerCase()
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv'
  if (extension === 'tbx' || extension === 'xml') return 'tbx'
  return null
}

export function formatOfText(text: string): ExchangeFormat {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<')
    ? 'tbx'
    : 'csv'
}
