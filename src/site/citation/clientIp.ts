/**
 * The address to rate-limit. `next start` sets `X-Forwarded-For` to the socket
 * address when the request has none; a reverse proxy appends the address it
 * saw. The last entry is therefore the one the nearest trusted hop vouches for,
 * while earlier entries can be typed in by the client.
 */
export function clientIp(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).pop()
  return last || headers.get('x-real-ip')?.trim() || 'unknown'
}
