import type { Locale } from '@/i18n/locales'
import { citationLink, formatCitation } from '@/lib/sourceReference'
import type { Source } from '@/payload-types'

type Props = { locale: Locale; sources: Source[] }

/**
 * "Sources used": numbered citations in the site's one citation style. The
 * link (DOI or URL) is the part of the citation text that `formatCitation`
 * put last, so it is rendered as an anchor in place.
 */
export function SourceList({ locale, sources }: Props) {
  return (
    <ol className="source-list">
      {sources.map((source) => {
        const text = formatCitation(source, locale)
        const link = citationLink(source)
        const at = link ? text.lastIndexOf(link.label) : -1
        return (
          <li key={source.id} id={`source-${source.id}`}>
            {link && at >= 0 ? (
              <>
                {text.slice(0, at)}
                <a href={link.href} rel="noopener" className="citation-link">
                  {link.label}
                </a>
                {text.slice(at + link.label.length)}
              </>
            ) : (
              text
            )}
          </li>
        )
      })}
    </ol>
  )
}
