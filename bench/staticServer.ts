/**
 * The benchmark's baseline: Node's `http` serving one file from memory, with
 * the headers a static file server would send. Loopback only.
 * Usage: node --conditions=production --import tsx bench/staticServer.ts <file> <port> [content-type]
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [file, portText, contentType = 'text/html; charset=utf-8'] = process.argv.slice(2)
if (!file || !portText) {
  console.error('usage: staticServer.ts <file> <port> [content-type]')
  process.exit(2)
}
const body = readFileSync(file)
const headers = {
  'content-type': contentType,
  'content-length': String(body.length),
  'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
}

const server = createServer((_request, response) => {
  response.writeHead(200, headers)
  response.end(body)
})
server.keepAliveTimeout = 65_000
server.listen(Number(portText), '127.0.0.1', () =>
  console.info(`static baseline on 127.0.0.1:${portText} (${body.length} bytes)`),
)

const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
