import { BlocksFeature, CodeBlock, lexicalEditor } from '@payloadcms/richtext-lexical'

/** The one rich-text editor: Payload's defaults (headings, lists, links, quotes…) plus code blocks. */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [CodeBlock()] })],
})
