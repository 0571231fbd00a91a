import { APIError, type CollectionBeforeOperationHook, type FlattenedField, type GlobalConfig, type Where } from 'payload'

/**
 * Checks on what a client sends before Payload hands it to the database: a
 * malformed id, a `where` value of the wrong type or a body that is not an
 * object otherwise reaches the adapter and fails there as a 500 (SQLite:
 * "Only finite numbers…", MongoDB: a CastError). Rejected here as a 400 with
 * the reason, the same on both databases.
 */

export type IDType = 'number' | 'text'

/** An id as the database stores it: a positive integer on SQLite, an ObjectId (24 hex digits) on MongoDB. */
export function isValidID(value: unknown, idType: IDType): boolean {
  if (idType === 'number') {
    if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
    return typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) && Number.isSafeInteger(Number(value))
  }
  if (typeof value === 'string') return /^[0-9a-f]{24}$/i.test(value)
  // An ObjectId instance passed by server code.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an ObjectId's own toString is its hex id
  return typeof value === 'object' && value !== null && /^[0-9a-f]{24}$/i.test(String(value))
}

export class BadInput extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'BadInput'
  }
}

const scalarOperators = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const listOperators = new Set(['in', 'not_in', 'all'])
const geoOperators = new Set(['near', 'within', 'intersects'])
const orderOperators = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function isScalar(value: unknown): value is string | number | boolean | Date | null {
  return value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)
}

/** The field a query path names, through groups and tabs; undefined past a relationship or an unknown name. */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | 'id' | undefined {
  if (path === 'id') return 'id'
  let current = fields
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const field = current.find((candidate) => candidate.name === segment)
    if (!field) return undefined
    if (index === segments.length - 1) return field
    if (field.type === 'group' && 'flattenedFields' in field) current = field.flattenedFields
    else return undefined
  }
  return undefined
}

/** List operators take an array or a comma-separated string (Payload splits it). */
function listItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return [value]
}

function checkValue(
  path: string,
  operator: string,
  value: unknown,
  field: FlattenedField | 'id' | undefined,
  idType: IDType,
): void {
  const where = `where[${path}][${operator}]`
  if (geoOperators.has(operator)) {
    if (field === 'id' || field?.type !== 'point') throw new BadInput(`${where}: "${operator}" only applies to point fields.`)
    return
  }
  if (operator === 'exists') {
    if (!['true', 'false', true, false].includes(value as string | boolean)) throw new BadInput(`${where} must be true or false.`)
    return
  }
  const items = listOperators.has(operator) ? listItems(value) : [value]
  if (!scalarOperators.has(operator) && !listOperators.has(operator))
    throw new BadInput(`${where}: unknown operator "${operator}".`)
  for (const item of items) {
    if (!isScalar(item)) throw new BadInput(`${where} must be a single value, not an object or a list.`)
    if (item === null || item === '') continue
    const isIdPath =
      field === 'id' ||
      (field && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
    if (isIdPath && (operator === 'equals' || operator === 'not_equals' || listOperators.has(operator))) {
      if (!isValidID(item, idType)) throw new BadInput(`${where}: "${String(item)}" is not a valid id.`)
    } else if (field === 'id' && orderOperators.has(operator) && idType === 'text') {
      // ObjectIds are ordered too (by creation time).
      if (!isValidID(item, idType)) throw new BadInput(`${where}: "${String(item)}" is not a valid id.`)
    } else if (
      (field === 'id' && orderOperators.has(operator)) ||
      (field !== 'id' && field?.type === 'number' && operator !== 'like' && operator !== 'not_like' && operator !== 'contains')
    ) {
      if (typeof item === 'boolean' || !Number.isFinite(Number(item)))
        throw new BadInput(`${where}: "${String(item)}" is not a finite number.`)
    } else if (
      field !== 'id' &&
      field?.type === 'date' &&
      operator !== 'like' &&
      operator !== 'not_like' &&
      operator !== 'contains'
    ) {
      const time =
        item instanceof Date
          ? item.getTime()
          : typeof item === 'string' || typeof item === 'number'
            ? new Date(item).getTime()
            : Number.NaN
      if (Number.isNaN(time)) throw new BadInput(`${where}: "${String(item)}" is not a date.`)
    }
  }
}

/** Walks a `where` (and/or nesting included) and throws on the first value the database cannot take. */
export function checkWhere(where: unknown, fields: FlattenedField[], idType: IDType, depth = 0): void {
  if (where === undefined || where === null) return
  if (!isPlainObject(where)) throw new BadInput('where must be an object.')
  if (depth > 20) throw new BadInput('where is nested too deeply.')
  for (const [key, condition] of Object.entries(where)) {
    // GraphQL spells them AND/OR.
    if (['and', 'or'].includes(key.toLowerCase())) {
      if (!Array.isArray(condition)) throw new BadInput(`where[${key}] must be a list.`)
      for (const item of condition) checkWhere(item, fields, idType, depth + 1)
      continue
    }
    if (!isPlainObject(condition)) throw new BadInput(`where[${key}] must name an operator, e.g. where[${key}][equals]=….`)
    // Version queries (/versions) name the document as `parent` and its fields under `version.`.
    const field = key === 'parent' ? 'id' : fieldAt(fields, key.startsWith('version.') ? key.slice('version.'.length) : key)
    for (const [operator, value] of Object.entries(condition)) checkValue(key, operator, value, field, idType)
  }
}

function checkBody(data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BadInput('The request body must be a JSON object (Content-Type: application/json).')
  }
}

type OperationArgs = { id?: unknown; where?: Where; data?: unknown; duplicateFromID?: unknown }

/**
 * Shared by every collection (see buildConfig). The id and data checks hold
 * for every caller; the `where` check only for REST and GraphQL, whose
 * queries come from outside (GraphQL's types already reject most of it).
 */
export const guardOperationInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const input = args as OperationArgs
  const idType: IDType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  for (const id of [input.id, input.duplicateFromID]) {
    if (id === undefined) continue
    // REST has already run the path's id through parseFloat ("1;DROP" → 1, "abc" → NaN): judge what the client sent.
    const sent = req.payloadAPI === 'REST' && typeof req.routeParams?.id === 'string' ? req.routeParams.id : id
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a string, a number or an ObjectId (hex toString)
    if (!isValidID(sent, idType)) throw new BadInput(`"${String(sent)}" is not a valid id.`)
  }
  // An upload sent without its `_payload` field has no data, only the file.
  const uploadWithoutData = input.data === undefined && req.file !== undefined
  if ((operation === 'create' || operation === 'update') && !uploadWithoutData) checkBody(input.data)
  if (req.payloadAPI !== 'local' && input.where !== undefined) checkWhere(input.where, collection.flattenedFields, idType)
  return args
}

type GlobalBeforeOperationHook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

/** The body check for globals (their update is the only operation that takes data). */
export const guardGlobalInput: GlobalBeforeOperationHook = ({ args, operation }) => {
  const input = args as OperationArgs
  if (operation === 'update') checkBody(input.data)
  return args
}
