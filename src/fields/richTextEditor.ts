import { BlocksFeature, CodeBlock, FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { CitationMarkerFeature } from '@/richtext/citationMarkerFeature'

/** The one rich-text editor: Payload's defaults (headings, lists, links, quotes…) plus code blocks. */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [CodeBlock()] })],
})

/**
 * An article's answer: the same, plus a fixed toolbar with the picker that inserts a citation
 * marker (`[n]`, the n-th of the article's sources).
 */
export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    BlocksFeature({ blocks: [CodeBlock()] }),
    FixedToolbarFeature(),
    CitationMarkerFeature(),
  ],
})
