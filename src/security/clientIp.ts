/**
 * The client's address, from `X-Forwarded-For`, with a fixed number of trusted proxies.
 *
 * Each reverse proxy appends the address it received the request from; `next start`
 * adds the socket address only when the header is absent, and keeps whatever the
 * client sent otherwise. So with `trustedProxyHops` proxies in front, the entry that
 * the outermost trusted proxy wrote — the client as that proxy saw it — is the
 * `trustedProxyHops`-th from the end; everything to its left may be typed in by the
 * client. With no proxy (0) the last entry is the best there is: Next's socket address
 * for an honest client, but an address the client picked when it sends the header
 * itself (see README, "Security and operations").
 */
export function clientIpFromHeaders(headers: Pick<Headers, 'get'>, trustedProxyHops: number): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return 'unknown'
  // Fewer entries than proxies: the request skipped a proxy (or one does not append); the leftmost is the closest we have.
  const index = Math.max(0, entries.length - Math.max(1, trustedProxyHops))
  return entries[index] ?? 'unknown'
}
