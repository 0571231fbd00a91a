import { serializeJsonLd, type JsonLd } from '@/site/jsonLd'

/** Structured data for search engines, inlined in the page. */
export function JsonLdScript({ data }: { data: JsonLd | JsonLd[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
