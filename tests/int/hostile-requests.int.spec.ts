import { getIntrospectionQuery } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { maxQueryDepth, queryShapeProblem } from '@/api/graphqlGuard'
import { createArticle, createSource, createTopic, createUsers } from '../helpers/fixtures'
import { rawRequest, tokenFor } from '../helpers/http'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Requests a hostile client sends (malformed ids, `where` values of the wrong
 * type, bodies that are not objects, GraphQL fragment cycles…). Each must
 * answer a 4xx that says what is wrong, never a 5xx or Payload's generic
 * text, and none may change any stored document.
 */

let ctx: TestPayload
const tokens: Partial<Record<'admin' | 'editor', string>> = {}
/** Replaces `{article}` & co. in paths and bodies: real ids, so lenient parsing ("1;DROP…" → 1) would find a document. */
const ids: Record<string, string> = {}

type Row = {
  name: string
  method: string
  path: string
  as?: 'admin' | 'editor'
  body?: string
  contentType?: string
  graphql?: boolean
  /** A part of the expected message, where one specific message is expected. */
  message?: RegExp
}

const collections = [
  'articles',
  'topics',
  'sources',
  'translations',
  'translation-jobs',
  'citation-requests',
  'media',
  'users',
] as const
/** Invalid on SQLite (positive integers) and MongoDB (24 hex digits) alike. */
const badIds = [
  'abc',
  '{id};DROP TABLE articles',
  '{id}.5',
  '-1',
  '1e3',
  '{id}abc',
  ' {id}',
  '99999999999999999999999',
  'null',
] as const
const genericMessages = ['An unknown error occurred.', 'Something went wrong.']

const json = 'application/json'
const rows: Row[] = []

// 1. Malformed and lenient ids on every by-id route of every collection.
for (const collection of collections) {
  for (const badId of badIds) {
    const id = (raw: string) => encodeURIComponent(raw).replace('%7Bid%7D', `{${collection}}`)
    rows.push(
      { name: `GET ${collection}/${badId} anonymous`, method: 'GET', path: `/${collection}/${id(badId)}` },
      { name: `GET ${collection}/${badId} admin`, method: 'GET', path: `/${collection}/${id(badId)}`, as: 'admin' },
      {
        name: `PATCH ${collection}/${badId}`,
        method: 'PATCH',
        path: `/${collection}/${id(badId)}`,
        as: 'admin',
        body: '{}',
        contentType: json,
      },
      { name: `DELETE ${collection}/${badId}`, method: 'DELETE', path: `/${collection}/${id(badId)}`, as: 'admin' },
    )
  }
  rows.push({ name: `GET ${collection}/%zz`, method: 'GET', path: `/${collection}/%zz`, message: /percent-encoding/ })
  rows.push({
    name: `DELETE ${collection}/%E0%A4%A`,
    method: 'DELETE',
    path: `/${collection}/%E0%A4%A`,
    as: 'admin',
    message: /percent-encoding/,
  })
}
for (const badId of ['abc', '{id};DROP TABLE articles', '{id}.5', '-1', '{id}abc']) {
  const id = encodeURIComponent(badId).replace('%7Bid%7D', '{articles}')
  rows.push(
    { name: `GET articles/versions/${badId}`, method: 'GET', path: `/articles/versions/${id}`, as: 'admin' },
    { name: `POST articles/versions/${badId} (restore)`, method: 'POST', path: `/articles/versions/${id}`, as: 'admin' },
    { name: `POST articles/${badId}/duplicate`, method: 'POST', path: `/articles/${id}/duplicate`, as: 'admin' },
    {
      name: `POST topics/${badId}/duplicate`,
      method: 'POST',
      path: `/topics/${encodeURIComponent(badId).replace('%7Bid%7D', '{topics}')}/duplicate`,
      as: 'admin',
    },
  )
}

// 2. `where` values of the wrong type (qs-style objects and arrays included), and unparsable JSON parameters.
const whereCases: [collection: string, query: string, message?: RegExp][] = [
  ['articles', 'where[publishedAt][greater_than]=notadate', /not a date/],
  ['articles', 'where[publishedAt][less_than]=2026-13-45T99:00', /not a date/],
  ['articles', 'where[publishedAt][equals]=yesterday', /not a date/],
  ['articles', 'where[publishedAt][in]=2026-01-01,never', /not a date/],
  ['articles', 'where[publishedAt][near]=1,2', /point/],
  ['articles', 'where[publishedAt][within]=abc', /point/],
  ['articles', 'where[publishedAt][intersects]=abc', /point/],
  ['articles', 'where[id][near]=1,2,3', /point/],
  ['articles', 'where[id][equals]=1e999', /not a valid id/],
  ['articles', 'where[id][equals]=abc', /not a valid id/],
  ['articles', 'where[id][not_equals]=1.5', /not a valid id/],
  ['articles', 'where[id][in]=abc', /not a valid id/],
  ['articles', 'where[id][in]={articles},x', /not a valid id/],
  ['articles', 'where[id][not_in][0]=1e999', /not a valid id/],
  // A number on SQLite, an ObjectId on MongoDB.
  ['articles', 'where[id][greater_than]=1e999', /finite number|not a valid id/],
  ['articles', 'where[id][less_than]=NaN', /finite number|not a valid id/],
  ['articles', 'where[id][equals][]=1&where[id][equals][]=2', /single value/],
  ['articles', 'where[id][less_than][a]=1', /single value/],
  ['articles', 'where[publishedAt][less_than][$gt]=', /single value/],
  ['articles', 'where[title][equals][a]=b&locale=it', /single value/],
  ['articles', 'where[title][like][0][0]=b&locale=it', /single value/],
  ['articles', 'where[title][regex]=.*&locale=it', /unknown operator/],
  ['articles', 'where[title]=x&locale=it', /operator/],
  ['articles', 'where[publishedAt][exists]=maybe', /true or false/],
  ['articles', 'where[topic][equals]=abc', /not a valid id/],
  ['articles', 'where[topic][in]=1e999', /not a valid id/],
  ['articles', 'where[author][equals]={articles};1', /not a valid id/],
  ['articles', 'where[and]=abc', /must be a list/],
  ['articles', 'where[or][0]=abc', /must be an object/],
  ['articles', 'where[and][0][or][0][id][equals]=abc', /not a valid id/],
  ['articles', 'where=abc', /must be JSON/],
  ['articles', 'where={"id":', /must be JSON/],
  ['articles', 'data=abc', /must be JSON/],
  ['articles', 'where[searchText][contains]=dns', /searchText/],
  ['articles', 'sort=searchText', /searchText/],
  ['articles', 'sort=-searchText', /searchText/],
  ['articles/count', 'where[id][equals]=abc', /not a valid id/],
  ['articles/versions', 'where[parent][equals]=abc', /not a valid id/],
  ['articles/versions', 'where[version.publishedAt][greater_than]=notadate', /not a date/],
  ['topics', 'where[order][greater_than]=lots', /finite number/],
  ['topics', 'where[order][equals]=1e999', /finite number/],
  ['sources', 'where[year][less_than]=abc', /finite number/],
  ['sources', 'where[accessedAt][greater_than]=notadate', /not a date/],
  ['translations', 'where[dueDate][less_than]=soon', /not a date/],
  ['translations', 'where[approvedAt][near]=1,2', /point/],
  ['translations', 'where[article][equals]=abc', /not a valid id/],
  ['translations', 'where[wordsToTranslate][greater_than]=Infinity', /finite number/],
  ['citation-requests', 'where[article][equals]={articles}abc', /not a valid id/],
  ['users', 'where[id][in][a]=1', /single value/],
  ['media', 'where[id][equals]=%00', /not a valid id/],
]
for (const [collection, query, message] of whereCases) {
  rows.push({ name: `GET ${collection}?${query} anonymous`, method: 'GET', path: `/${collection}?${query}`, message })
  rows.push({ name: `GET ${collection}?${query} admin`, method: 'GET', path: `/${collection}?${query}`, as: 'admin', message })
}
rows.push(
  {
    name: 'PATCH articles?where[id][equals]=abc',
    method: 'PATCH',
    path: '/articles?where[id][equals]=abc',
    as: 'admin',
    body: '{}',
    contentType: json,
    message: /not a valid id/,
  },
  {
    name: 'DELETE articles?where[id][in]=1e999',
    method: 'DELETE',
    path: '/articles?where[id][in]=1e999',
    as: 'admin',
    message: /not a valid id/,
  },
  { name: 'DELETE topics?where=abc', method: 'DELETE', path: '/topics?where=abc', as: 'admin', message: /must be JSON/ },
)

// 3. Bodies that are not JSON objects, and other content types.
const deepArray = `${'['.repeat(3000)}1${']'.repeat(3000)}`
const badBodies: [label: string, body: string, contentType?: string][] = [
  ['null', 'null', json],
  ['a string', '"citation"', json],
  ['a number', '42', json],
  ['true', 'true', json],
  ['an empty array', '[]', json],
  ['nested arrays', '[[[[[[[[1]]]]]]]]', json],
  ['3000 nested arrays', deepArray, json],
  ['malformed JSON', '{"article":', json],
  ['text/plain', 'article=1', 'text/plain'],
  ['form-urlencoded', 'article=1&email=a%40b.c', 'application/x-www-form-urlencoded'],
  ['XML', '<article>1</article>', 'application/xml'],
  ['no content type', '{"article":1}'],
]
for (const [label, body, contentType] of badBodies) {
  rows.push(
    { name: `POST citation-requests ${label} anonymous`, method: 'POST', path: '/citation-requests', body, contentType },
    { name: `POST citation-requests ${label} admin`, method: 'POST', path: '/citation-requests', as: 'admin', body, contentType },
    {
      name: `PATCH articles/{articles} ${label}`,
      method: 'PATCH',
      path: '/articles/{articles}',
      as: 'editor',
      body,
      contentType,
    },
    { name: `POST articles ${label}`, method: 'POST', path: '/articles', as: 'editor', body, contentType },
    // The jobs worker's cache purge: without its signature, any body is refused, for anyone.
    { name: `POST revalidate ${label} anonymous`, method: 'POST', path: '/revalidate', body, contentType, message: /signature/ },
    {
      name: `POST revalidate ${label} admin`,
      method: 'POST',
      path: '/revalidate',
      as: 'admin',
      body,
      contentType,
      message: /signature/,
    },
    { name: `POST globals/legal ${label}`, method: 'POST', path: '/globals/legal', as: 'admin', body, contentType },
    {
      name: `POST translation-jobs/build ${label}`,
      method: 'POST',
      path: '/translation-jobs/build',
      as: 'editor',
      body,
      contentType,
    },
  )
}

// 3a. Job build requests an editor's client might send wrong: each refused whole, with the reason.
const jobBodies: [label: string, body: unknown, message: RegExp][] = [
  ['no title', { locales: ['fr'], outdated: true }, /problem/],
  ['locales as a string', { title: 'x', locales: 'fr', outdated: true }, /problem/],
  ['articles as an object', { title: 'x', locales: ['fr'], articles: { in: [1] } }, /problem/],
  ['an article id with SQL', { title: 'x', locales: ['fr'], articles: ['{articles};DROP TABLE articles'] }, /problem/],
  ['a where-style assignee', { title: 'x', locales: ['fr'], outdated: true, assignee: { equals: 1 } }, /problem/],
  ['a huge title', { title: 'x'.repeat(10_000), locales: ['fr'], outdated: true }, /problem/],
  ['an unknown article', { title: 'x', locales: ['fr'], articles: [99999999] }, /99999999/],
]
for (const [label, body, message] of jobBodies) {
  rows.push({
    name: `POST translation-jobs/build ${label}`,
    method: 'POST',
    path: '/translation-jobs/build',
    as: 'editor',
    body: JSON.stringify(body),
    contentType: json,
    message,
  })
}

// 3b. Malformed multipart bodies (Payload's parser turned each into a 500), on uploads, creates, updates and the login.
const part = (boundary: string, name: string, value: string, headers = '') =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n${headers}\r\n${value}\r\n`
const multipart = (boundary = 'hostile') => `multipart/form-data; boundary=${boundary}`
const wellFormed = `${part('hostile', '_payload', '{"alt":"x"}')}--hostile--\r\n`
const multipartCases: [label: string, body: string, contentType: string, message: RegExp][] = [
  ['without a boundary', wellFormed, 'multipart/form-data', /boundary/i],
  ['with an empty boundary', wellFormed, 'multipart/form-data; boundary=', /boundary/i],
  ['with another boundary than declared', wellFormed, multipart('other'), /Malformed multipart/],
  ['truncated in a part', wellFormed.slice(0, 60), multipart(), /Malformed multipart/],
  ['without its closing boundary', part('hostile', '_payload', '{"alt":"x"}'), multipart(), /Malformed multipart/],
  ['empty', '', multipart(), /Malformed multipart/],
  [
    'with a 20 kB part header',
    `${part('hostile', '_payload', '{}', `X-Padding: ${'a'.repeat(20_000)}\r\n`)}--hostile--\r\n`,
    multipart(),
    /Malformed multipart/,
  ],
  ['as multipart/mixed', wellFormed, 'multipart/mixed; boundary=hostile', /multipart\/form-data/],
  ['as multipart/related', wellFormed, 'multipart/related; boundary=hostile', /multipart\/form-data/],
  ['with _payload that is not JSON', `${part('hostile', '_payload', '{"alt":')}--hostile--\r\n`, multipart(), /_payload/],
  ['with _payload that is a list', `${part('hostile', '_payload', '[1,2]')}--hostile--\r\n`, multipart(), /_payload/],
]
for (const [label, body, contentType, message] of multipartCases) {
  rows.push(
    { name: `POST media multipart ${label}`, method: 'POST', path: '/media', as: 'editor', body, contentType, message },
    {
      name: `PATCH media/{media} multipart ${label}`,
      method: 'PATCH',
      path: '/media/{media}',
      as: 'editor',
      body,
      contentType,
      message,
    },
    { name: `POST articles multipart ${label}`, method: 'POST', path: '/articles', as: 'editor', body, contentType, message },
    {
      name: `PATCH articles/{articles} multipart ${label}`,
      method: 'PATCH',
      path: '/articles/{articles}',
      as: 'editor',
      body,
      contentType,
      message,
    },
    { name: `POST citation-requests multipart ${label}`, method: 'POST', path: '/citation-requests', body, contentType, message },
    { name: `POST users/login multipart ${label}`, method: 'POST', path: '/users/login', body, contentType, message },
  )
}

// 4. GraphQL: malformed bodies, content types, fragment cycles, depth, wrongly typed arguments.
const gqlBody = (query: string, variables?: unknown) => JSON.stringify({ query, variables })
const deepIntrospection = `{ __type(name: "Article") { fields { type ${'{ ofType '.repeat(maxQueryDepth)}{ name }${' }'.repeat(maxQueryDepth)} } } }`
const graphqlCases: [label: string, body: string, contentType?: string, message?: RegExp][] = [
  ['malformed JSON', '{"query":', json],
  ['empty body', '', json],
  ['null', 'null', json],
  ['a string', '"{ Articles { docs { id } } }"', json],
  ['an array', '[{"query":"{ __typename }"}]', json],
  ['a number as query', '{"query":42}', json],
  ['variables as a string', gqlBody('{ __typename }', 'abc'), json],
  ['syntax error', gqlBody('{ Articles { docs { id } '), json],
  ['text/plain', '{ __typename }', 'text/plain', /application\/json/],
  ['application/graphql', '{ __typename }', 'application/graphql', /application\/json/],
  ['form-urlencoded', 'query=%7B__typename%7D', 'application/x-www-form-urlencoded', /application\/json/],
  ['self-spreading fragment', gqlBody('query { ...A } fragment A on Query { ...A }'), json, /within itself/],
  [
    'two-fragment cycle',
    gqlBody('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    json,
    /within itself/,
  ],
  [
    'three-fragment cycle',
    gqlBody('query { ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { __typename ...A }'),
    json,
    /within itself/,
  ],
  [
    'cycle through a field',
    gqlBody(
      '{ Articles { docs { ...D } } } fragment D on Article { id topic { ...T } } fragment T on Topic { id ...U } fragment U on Topic { ...T }',
    ),
    json,
    /within itself/,
  ],
  [
    'cycle through inline fragments',
    gqlBody('query { ...A } fragment A on Query { ... on Query { ... on Query { ...A } } }'),
    json,
    /within itself/,
  ],
  [
    'unused fragment cycle',
    gqlBody('query { __typename } fragment A on Query { ...B } fragment B on Query { ...A }'),
    json,
    /within itself/,
  ],
  ['cycle in a mutation', gqlBody('mutation { ...M } fragment M on Mutation { ...M }'), json, /within itself/],
  [
    'cycle with variables',
    gqlBody('query Q($id: Int!) { Article(id: $id) { ...F } } fragment F on Article { id ...G } fragment G on Article { ...F }', {
      id: 1,
    }),
    json,
    /within itself/,
  ],
  ['query deeper than the cap', gqlBody(deepIntrospection), json, /deeper than/],
  [
    'deep query through fragments',
    gqlBody(
      `{ __type(name: "Article") { ...L0 } } ${Array.from({ length: maxQueryDepth + 1 }, (_, i) => `fragment L${i} on __Type { ofType { ${i === maxQueryDepth ? 'name' : `...L${i + 1}`} } }`).join(' ')}`,
    ),
    json,
    /deeper than/,
  ],
  ['id of the wrong type', gqlBody('{ Article(id: "abc") { id } }'), json],
  ['where id of the wrong type', gqlBody('{ Articles(where: { id: { equals: "abc" } }) { docs { id } } }'), json],
  [
    'where date of the wrong type',
    gqlBody('{ Articles(where: { publishedAt: { greater_than: "notadate" } }) { docs { id } } }'),
    json,
  ],
  [
    'variable date of the wrong type',
    gqlBody('query($w: Article_where) { Articles(where: $w) { docs { id } } }', { w: { publishedAt: { greater_than: 'x' } } }),
    json,
  ],
  ['huge integer variable', gqlBody('query($id: Int!) { Article(id: $id) { id } }', { id: 1e300 }), json],
  ['update with a string id', gqlBody('mutation { updateArticle(id: "abc", data: {}) { id } }'), json],
  ['delete with a float id', gqlBody('mutation { deleteArticle(id: 1.5) { id } }'), json],
]
for (const [label, body, contentType, message] of graphqlCases) {
  rows.push({ name: `GraphQL ${label} anonymous`, method: 'POST', path: '', graphql: true, body, contentType, message })
  rows.push({ name: `GraphQL ${label} admin`, method: 'POST', path: '', graphql: true, as: 'admin', body, contentType, message })
}

// 5. Other routes the hostile run found.
rows.push(
  { name: 'POST users/verify/abc', method: 'POST', path: '/users/verify/abc', message: /verification/ },
  { name: 'POST users/verify/long token', method: 'POST', path: `/users/verify/${'a'.repeat(500)}`, message: /verification/ },
  { name: 'POST users/verify/%zz', method: 'POST', path: '/users/verify/%zz', message: /percent-encoding/ },
  { name: 'POST users/verify/abc as admin', method: 'POST', path: '/users/verify/abc', as: 'admin', message: /verification/ },
  { name: 'PUT articles/{articles}', method: 'PUT', path: '/articles/{articles}', as: 'admin', body: '{}', contentType: json },
  { name: 'GET articles?locale=xx', method: 'GET', path: '/articles?locale=xx', message: /locale/ },
)

// 6. The translator's tools: segments, leverage, machine pre-fill, XLIFF, the memory's lookup and TMX.
const xml = 'application/xliff+xml'
const xliff21 = (attributes: string) =>
  `<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" ${attributes}><file id="f"><unit id="u"><segment><source>x</source></segment></unit></file></xliff>`
for (const badId of ['abc', '{id};DROP TABLE articles', '-1', '99999999999999999999999']) {
  const id = encodeURIComponent(badId).replace('%7Bid%7D', '{translations}')
  rows.push(
    { name: `GET translations/${badId}/segments`, method: 'GET', path: `/translations/${id}/segments`, as: 'admin' },
    { name: `POST translations/${badId}/leverage`, method: 'POST', path: `/translations/${id}/leverage`, as: 'admin' },
    {
      name: `POST translations/${badId}/machine-prefill`,
      method: 'POST',
      path: `/translations/${id}/machine-prefill`,
      as: 'admin',
    },
    { name: `GET translations/${badId}/xliff`, method: 'GET', path: `/translations/${id}/xliff`, as: 'admin' },
    {
      name: `POST translations/${badId}/xliff`,
      method: 'POST',
      path: `/translations/${id}/xliff`,
      as: 'admin',
      body: xliff21(''),
      contentType: xml,
    },
  )
}
const segmentBodies = [
  'null',
  '"x"',
  '[]',
  '{"segments":"x"}',
  '{"segments":[{"id":1,"text":"x"}]}',
  '{"segments":[null]}',
  '[[[[[[[[[[]]]]]]]]]]',
  '{',
]
for (const [i, body] of segmentBodies.entries()) {
  rows.push({
    name: `PUT translations/{id}/segments body ${i}`,
    method: 'PUT',
    path: '/translations/{translations}/segments',
    as: 'admin',
    body,
    contentType: json,
  })
}
rows.push(
  {
    name: 'PUT translations/{id}/segments anonymous',
    method: 'PUT',
    path: '/translations/{translations}/segments',
    body: '{"segments":[]}',
    contentType: json,
  },
  {
    name: 'POST translations/{id}/machine-prefill anonymous',
    method: 'POST',
    path: '/translations/{translations}/machine-prefill',
  },
  // No provider is configured here: the move is refused with why.
  {
    name: 'POST translations/{id}/machine-prefill, no provider',
    method: 'POST',
    path: '/translations/{translations}/machine-prefill',
    as: 'admin',
    message: /configurata/,
  },
  { name: 'GET translations/{id}/xliff anonymous', method: 'GET', path: '/translations/{translations}/xliff' },
  {
    name: 'GET translations/{id}/xliff?version=9',
    method: 'GET',
    path: '/translations/{translations}/xliff?version=9',
    as: 'admin',
    message: /2\.1 o 1\.2/,
  },
  {
    name: 'GET translations/{id}/xliff?prefill=all',
    method: 'GET',
    path: '/translations/{translations}/xliff?prefill=all',
    as: 'admin',
  },
  {
    name: 'POST translations/{id}/xliff?status=approved',
    method: 'POST',
    path: '/translations/{translations}/xliff?status=approved',
    as: 'admin',
    body: xliff21(''),
    contentType: xml,
  },
  {
    name: 'POST translations/{id}/xliff empty',
    method: 'POST',
    path: '/translations/{translations}/xliff',
    as: 'admin',
    body: '',
    contentType: xml,
  },
  {
    name: 'POST translations/{id}/xliff not XML',
    method: 'POST',
    path: '/translations/{translations}/xliff',
    as: 'admin',
    body: 'not xml at all',
    contentType: xml,
  },
  {
    name: 'POST translations/{id}/xliff unclosed',
    method: 'POST',
    path: '/translations/{translations}/xliff',
    as: 'admin',
    body: '<xliff version="2.1"><file>',
    contentType: xml,
    message: /riga/,
  },
  {
    name: 'POST translations/{id}/xliff entity expansion',
    method: 'POST',
    path: '/translations/{translations}/xliff',
    as: 'admin',
    body: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "${'a'.repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><xliff>&b;</xliff>`,
    contentType: xml,
    message: /DOCTYPE/,
  },
  {
    name: 'POST translations/{id}/xliff deep nesting',
    method: 'POST',
    path: '/translations/{translations}/xliff',
    as: 'admin',
    body: `${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}`,
    contentType: xml,
  },
  {
    name: 'POST translations/{id}/xliff version 3.0',
    method: 'POST',
    path: '/translations/{translations}/xliff',
    as: 'admin',
    body: '<xliff version="3.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>',
    contentType: xml,
  },
  {
    name: 'POST translations/{id}/xliff other language',
    method: 'POST',
    path: '/translations/{translations}/xliff',
    as: 'admin',
    body: xliff21('srcLang="it" trgLang="de"'),
    contentType: xml,
  },
  {
    name: 'POST translations/{id}/xliff multipart',
    method: 'POST',
    path: '/translations/{translations}/xliff',
    as: 'admin',
    body: 'x',
    contentType: 'multipart/form-data; boundary=b',
  },
  { name: 'GET translation-memory/lookup no text', method: 'GET', path: '/translation-memory/lookup?from=it&to=fr', as: 'admin' },
  {
    name: 'GET translation-memory/lookup bad pair',
    method: 'GET',
    path: '/translation-memory/lookup?from=xx&to=fr&text=a',
    as: 'admin',
  },
  { name: 'GET translation-memory/tmx bad pair', method: 'GET', path: '/translation-memory/tmx?from=it&to=it', as: 'admin' },
  {
    name: 'POST translation-memory/tmx not XML',
    method: 'POST',
    path: '/translation-memory/tmx?from=it&to=fr',
    as: 'admin',
    body: '{',
    contentType: 'application/x-tmx+xml',
  },
)

/** Every document of every collection (internal ones included) and the article versions: what must not change. */
async function snapshot(): Promise<Record<string, unknown>> {
  const { payload } = ctx
  const result: Record<string, unknown> = {}
  for (const collection of payload.config.collections) {
    const slug = collection.slug
    const { docs, totalDocs } = await payload.find({
      collection: slug,
      pagination: false,
      depth: 0,
      locale: 'all',
      overrideAccess: true,
    })
    result[slug] = { totalDocs, docs: docs.map((doc) => JSON.stringify(doc)) }
  }
  const versions = await payload.findVersions({
    collection: 'articles',
    pagination: false,
    depth: 0,
    locale: 'all',
    overrideAccess: true,
  })
  result['articles-versions'] = versions.docs.map((version) => `${version.id} ${version.updatedAt}`)
  for (const global of payload.config.globals) {
    result[`global ${global.slug}`] = JSON.stringify(
      await payload.findGlobal({ slug: global.slug as 'legal', locale: 'all', depth: 0 }),
    )
  }
  return result
}

function messagesOf(text: string): string[] {
  try {
    const body: unknown = JSON.parse(text)
    if (typeof body !== 'object' || body === null) return []
    if ('errors' in body && Array.isArray(body.errors)) {
      return body.errors.map((error: unknown) =>
        typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : '',
      )
    }
    return 'message' in body ? [String(body.message)] : []
  } catch {
    return []
  }
}

const fill = (text: string) => text.replace(/\{([a-z-]+)\}/g, (whole, slug: string) => ids[slug] ?? whole)

beforeAll(async () => {
  ctx = await createTestPayload()
  const { payload } = ctx
  await createUsers(payload)
  const topic = await createTopic(payload)
  const article = await createArticle(payload, { title: 'Articolo bersaglio', topic: topic.id })
  const source = await createSource(payload)
  // Published, so it has translation tasks for the task routes to find.
  await createArticle(payload, { title: 'Articolo pubblicato', topic: topic.id, status: 'published' })
  const translation = (await payload.find({ collection: 'translations', limit: 1, depth: 0 })).docs[0]
  const user = (await payload.find({ collection: 'users', limit: 1, depth: 0 })).docs[0]
  Object.assign(ids, {
    articles: String(article.id),
    topics: String(topic.id),
    sources: String(source.id),
    // A well-formed id is all these rows need (no citation request or media is stored).
    'citation-requests': String(article.id),
    translations: String(translation?.id ?? article.id),
    // No job is stored: a well-formed id is enough.
    'translation-jobs': String(article.id),
    users: String(user?.id ?? article.id),
    media: String(article.id),
  })
  tokens.admin = await tokenFor(payload, 'admin@test.example', 'correct-horse-battery-staple')
  tokens.editor = await tokenFor(payload, 'editor@test.example', 'correct-horse-battery-staple')
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('hostile requests answer a 4xx that says why, and change nothing', () => {
  it('the table covers every class with enough variants', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200)
    expect(new Set(rows.map((row) => row.name)).size).toBe(rows.length)
  })

  it('all of them', async () => {
    const before = await snapshot()
    const failures: string[] = []
    for (const row of rows) {
      const token = row.as ? tokens[row.as] : undefined
      let answer: { status: number; text: string }
      try {
        answer = await rawRequest(ctx.payload, row.method, fill(row.path), {
          token,
          body: row.body === undefined ? undefined : fill(row.body),
          contentType: row.contentType,
          graphql: row.graphql,
        })
      } catch (error) {
        // Thrown out of the handler: the server would answer 500.
        failures.push(`${row.name}: threw ${String(error)}`)
        continue
      }
      const { status, text } = answer
      const messages = messagesOf(text)
      const problems = [
        status >= 400 && status < 500 ? null : `status ${status}`,
        messages.length > 0 && messages.every((message) => message.trim() !== '') ? null : 'no message',
        messages.some((message) => genericMessages.includes(message)) ? 'generic message' : null,
        row.message && !messages.some((message) => row.message?.test(message)) ? `message does not match ${row.message}` : null,
      ].filter((problem) => problem !== null)
      if (problems.length > 0) failures.push(`${row.name}: ${problems.join(', ')} — ${text.slice(0, 200)}`)
    }
    expect(failures).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('well-formed requests on the same routes still work (the guards refuse only bad input)', async () => {
    const admin = tokens.admin
    // The status, or 0 when the answer carries errors (GraphQL reports some with a 200).
    const ok = async (method: string, path: string, options: { body?: string; graphql?: boolean } = {}) => {
      const { status, text } = await rawRequest(ctx.payload, method, fill(path), { token: admin, contentType: json, ...options })
      return messagesOf(text).length > 0 ? 0 : status
    }
    expect(await ok('GET', '/articles/{articles}')).toBe(200)
    expect(await ok('GET', '/users/{users}')).toBe(200)
    expect(await ok('GET', '/articles?where[id][in]={articles}&where[publishedAt][exists]=true')).toBe(200)
    expect(await ok('GET', '/articles?where[publishedAt][greater_than]=2000-01-01T00:00:00.000Z')).toBe(200)
    expect(await ok('GET', `/articles?where=${encodeURIComponent(JSON.stringify({ id: { equals: ids.articles } }))}`)).toBe(200)
    expect(await ok('GET', '/articles/versions?where[parent][equals]={articles}')).toBe(200)
    expect(await ok('GET', '/topics?where[order][greater_than_equal]=0')).toBe(200)
    const query = gqlBody(
      'query { ...A } fragment A on Query { Articles { docs { id topic { ...T } } } } fragment T on Topic { id }',
    )
    expect(await ok('POST', '', { graphql: true, body: query })).toBe(200)
    // GraphQL spells and/or in capitals.
    const nested = gqlBody(
      '{ Articles(where: { OR: [{ publishedAt: { exists: true } }, { AND: [{ publishedAt: { exists: false } }] }] }) { docs { id } } }',
    )
    expect(await ok('POST', '', { graphql: true, body: nested })).toBe(200)
    // A well-formed multipart body passes the multipart check and reaches Payload whole.
    const credentials = JSON.stringify({ email: 'editor@test.example', password: 'correct-horse-battery-staple' })
    const login = await rawRequest(ctx.payload, 'POST', '/users/login', {
      body: `${part('ok', '_payload', credentials)}--ok--\r\n`,
      contentType: multipart('ok'),
    })
    expect(login.status).toBe(200)
    expect(login.text).toContain('"token"')
  })
})

describe('GraphQL query shape', () => {
  it('finds cycles and excess depth on the syntax tree', () => {
    expect(queryShapeProblem('query { ...A } fragment A on Query { ...A }')).toMatch(/"A" within itself/)
    expect(queryShapeProblem('{ a { b { c } } }', 3)).toBeNull()
    expect(queryShapeProblem('{ a { b { c { d } } } }', 3)).toMatch(/deeper than 3/)
    expect(queryShapeProblem('{ a { ...F } } fragment F on X { b { c { d } } }', 3)).toMatch(/deeper than 3/)
    // The same fragment twice, side by side, is no cycle.
    expect(queryShapeProblem('{ a { ...F } b { ...F } } fragment F on X { c }')).toBeNull()
    expect(queryShapeProblem('{ unterminated')).toBeNull()
  })

  it('lets the standard introspection query (GraphQL tools, the playground) through', () => {
    expect(queryShapeProblem(getIntrospectionQuery())).toBeNull()
  })
})
