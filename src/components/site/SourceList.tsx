import type { Locale } from '@/i18n/locales'
import { citationLink, formatCitation } from '@/lib/sourceReference'
import type { Source } from '@/payload-types'

import { markerId, sourceId } from './RichText'

type Props = {
  locale: Locale
  sources: Source[]
  /** Source numbers the text cites with a marker: their entry links back to the first marker. */
  cited?: ReadonlySet<number>
  backLabel?: (n: number) => string
}

/**
 * "Sources used": numbered citations in the site's one citation style. The
 * link (DOI or URL) is the part of the citation text that `formatCitation`
 * put last, so it is rendered as an anchor in place. Entry n has the id the
 * text's `[n]` markers point at.
 */
export function SourceList({ locale, sources, cited, backLabel }: Props) {
  return (
    <ol className="source-list">
      {sources.map((source, index) => {
        const n = index + 1
        const text = formatCitation(source, locale)
        const link = citationLink(source)
        const at = link ? text.lastIndexOf(link.label) : -1
        return (
          <li key={source.id} id={sourceId(n)}>
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
            {cited?.has(n) ? (
              <>
                {' '}
                <a className="cite-back" href={`#${markerId(n)}`} aria-label={backLabel?.(n)}>
                  ↩
                </a>
              </>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
