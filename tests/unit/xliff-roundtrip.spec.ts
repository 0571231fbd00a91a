import { describe, expect, it } from 'vitest'

import { fillTargets, job, mapText, richBody, segmentAll, shout, xliffFile } from '../helpers/xliff'
import { richText } from '@/richtext/build'
import type { LexicalNode } from '@/richtext/lexical'
import { seedArticles } from '@/seed/data/articles'
import { joinField, type SegmentedField } from '@/segments/field'
import { exportXliff } from '@/xliff/export'
import { parseXliff } from '@/xliff/import'
import type { XliffVersion } from '@/xliff/types'
import { validateXliff } from '@/xliff/validate'

const versions: XliffVersion[] = ['2.1', '1.2']

const fields = {
  title: 'Gli stream in Node.js',
  body: richBody,
  summary: 'Leggere file grandi senza esaurire la memoria.',
  seoTitle: 'Stream in Node.js: leggere file grandi',
  seoDescription: 'Come gli stream di Node.js leggono i dati a pezzi. Con esempi.',
}

/**
 * What a translation that upper-cases every word must give: the source with each text node
 * upper-cased except inline code (a tag, never translated) and code blocks (not segmented).
 */
function shouted(value: unknown): unknown {
  if (typeof value === 'string') return shout(value)
  const walk = (node: LexicalNode): LexicalNode => {
    if (node.type === 'block' || node.type === 'code') return node
    if (typeof node.text === 'string') return (Number(node.format ?? 0) & 16) !== 0 ? node : { ...node, text: shout(node.text) }
    return Array.isArray(node.children) ? { ...node, children: node.children.map(walk) } : node
  }
  const state = value as { root: LexicalNode }
  return { ...state, root: walk(state.root) }
}

function rebuilt(segmented: readonly SegmentedField[], targets: Map<string, string> | undefined): Record<string, unknown> {
  const texts = Object.fromEntries(targets ?? [])
  return Object.fromEntries(
    segmented.map((field) => {
      const joined = joinField(field, texts)
      if (!joined.ok) throw new Error(JSON.stringify(joined.problems))
      return [field.field, joined.value]
    }),
  )
}

describe.each(versions)('XLIFF %s round trip', (version) => {
  it('a tool fills every target: the import gives them back with our tags, and the Lexical JSON keeps its markup', async () => {
    const segmented = segmentAll(fields)
    const exported = job(version, [
      xliffFile(7, segmented, { title: fields.title, publicUrl: 'https://example.org/it/articoli/stream', topic: 'Node.js' }),
    ])
    const xml = exportXliff(exported)
    await expect(validateXliff(xml, version)).resolves.toEqual({ valid: true })

    const filled = fillTargets(xml, shout)
    const result = parseXliff(filled, exported)
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
    const targets = result.targets.get('7')
    for (const segment of segmented.flatMap((field) => field.segments)) {
      expect(targets?.get(segment.id)).toBe(mapText(segment.text, shout))
    }
    const value = rebuilt(segmented, targets)
    for (const [field, source] of Object.entries(fields)) expect(value[field]).toStrictEqual(shouted(source))

    // The markup the article started with, all of it there.
    const body = JSON.stringify(value.body)
    for (const piece of [
      '"tag":"h2"',
      '"format":1,"mode":"normal","style":"","text":"A PEZZI"',
      '"format":2,"mode":"normal","style":"","text":"QUASI COSTANTE"',
      '"format":3,"mode":"normal","style":"","text":"SI FERMA"',
      '"text":"fs.createReadStream","type":"text"',
      '"url":"https://nodejs.org/api/stream.html"',
      '"type":"linebreak"',
      '"listType":"bullet"',
      '"code":"fs.createReadStream(path).pipe(out)"',
      '[1]',
      '& I CASI LIMITE (A < B)',
    ]) {
      expect(body).toContain(piece)
    }
  })

  it('a translation may move a tag: a link taken to the start of its sentence is accepted and rebuilt there', () => {
    const segmented = segmentAll({ body: richBody })
    const exported = job(version, [xliffFile('s1', segmented)])
    const linkSentence = segmented[0]?.segments.find((segment) => segment.text.startsWith('Vedi la'))
    expect(linkSentence?.text).toBe('Vedi la <1>guida <2>ufficiale</2></1> per i dettagli &amp; i casi limite (a &lt; b).')
    const filled = fillTargets(exportXliff(exported), shout, (children, id) => {
      if (id !== linkSentence?.id) return children
      // [text, link, text] → [link, text, text]
      const [before, linked, ...after] = children
      return linked && before ? [linked, { '#text': ' ' }, before, ...after] : children
    })
    const result = parseXliff(filled, exported)
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
    expect(result.targets.get('s1')?.get(linkSentence?.id ?? '')).toBe(
      '<1>GUIDA <2>UFFICIALE</2></1> VEDI LA  PER I DETTAGLI &amp; I CASI LIMITE (A &lt; B).',
    )
    expect(rebuilt(segmented, result.targets.get('s1')).body).toBeDefined()
  })

  it('every seed article, as one job of many files, validates and comes back exactly', async () => {
    const files = seedArticles.map((seed, i) => {
      const content = seed.content.it
      // richText numbers links as it goes: the value is built once and kept.
      const body = richText(content.body)
      const segmented = segmentAll({ ...content, body, slug: undefined })
      return { body, seoTitle: content.seoTitle, segmented, file: xliffFile(i + 1, segmented, { title: content.title }) }
    })
    const exported = job(
      version,
      files.map((entry) => entry.file),
    )
    const xml = exportXliff(exported)
    await expect(validateXliff(xml, version)).resolves.toEqual({ valid: true })
    const result = parseXliff(fillTargets(xml, shout), exported)
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5), null, 2))
    files.forEach((entry, i) => {
      const value = rebuilt(entry.segmented, result.targets.get(String(i + 1)))
      expect(value.body).toStrictEqual(shouted(entry.body))
      expect(value.seoTitle).toBe(shout(entry.seoTitle))
    })
  })
})
