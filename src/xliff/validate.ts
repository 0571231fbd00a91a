/**
 * An XLIFF document against the OASIS schemas shipped in ./schemas (see its README), with
 * libxml2 compiled to WebAssembly (`xmllint-wasm`): no native code, no network. The schemas'
 * imports are satisfied from the same folder through xmllint-wasm's `preload`, under the
 * names the schemas use, so the OASIS files are shipped unmodified.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { validateXML, type XMLFileInfo } from 'xmllint-wasm'

import type { XliffVersion } from './types'

/** Where the schemas are at run time: the source tree (tests, `next start` and the Docker image run from the project root). */
export const schemaDir = path.resolve(process.cwd(), 'src', 'xliff', 'schemas')

type SchemaSet = { schema: XMLFileInfo; preload: XMLFileInfo[] }

const xmlXsd = '2.1/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd'

/** Per version: the file xmllint validates against, and the files its imports name (as they name them). */
const layout: Record<XliffVersion, { schema: string; preload: Array<{ as: string; file: string }> }> = {
  '1.2': {
    schema: '1.2/xliff-core-1.2-strict.xsd',
    // The 1.2 schema imports xml.xsd by its W3C URL; xmllint-wasm finds it under that name.
    preload: [{ as: 'http://www.w3.org/2001/xml.xsd', file: xmlXsd }],
  },
  '2.1': {
    // Ours: imports the core and the size restriction module (one schema per xmllint run).
    schema: '2.1/validate.xsd',
    preload: [
      { as: 'xliff_core_2.0.xsd', file: '2.1/xliff_core_2.0.xsd' },
      { as: 'size_restriction.xsd', file: '2.1/size_restriction.xsd' },
      { as: 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd', file: xmlXsd },
    ],
  },
}

const loaded = new Map<string, Promise<SchemaSet>>()

async function load(version: XliffVersion, dir: string): Promise<SchemaSet> {
  const files = layout[version]
  const read = (file: string) => readFile(path.join(dir, file), 'utf8')
  const [schema, ...preload] = await Promise.all([read(files.schema), ...files.preload.map((entry) => read(entry.file))])
  return {
    schema: { fileName: path.basename(files.schema), contents: schema ?? '' },
    preload: files.preload.map((entry, i) => ({ fileName: entry.as, contents: preload[i] ?? '' })),
  }
}

function schemas(version: XliffVersion, dir: string): Promise<SchemaSet> {
  const key = `${dir}\n${version}`
  let found = loaded.get(key)
  if (!found) {
    found = load(version, dir)
    // A failed read is not cached: the next call tries again.
    found.catch(() => loaded.delete(key))
    loaded.set(key, found)
  }
  return found
}

export type SchemaError = { line: number | null; message: string }
export type SchemaValidation = { valid: true } | { valid: false; errors: SchemaError[] }

export async function validateXliff(xml: string, version: XliffVersion, dir: string = schemaDir): Promise<SchemaValidation> {
  const { schema, preload } = await schemas(version, dir)
  const result = await validateXML({ xml: [{ fileName: 'export.xlf', contents: xml }], schema: [schema], preload })
  if (result.valid) return { valid: true }
  return { valid: false, errors: result.errors.map((error) => ({ line: error.loc?.lineNumber ?? null, message: error.message })) }
}
