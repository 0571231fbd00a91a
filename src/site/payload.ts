import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The site's Local API handle (cached by Payload per process). */
export function sitePayload(): Promise<Payload> {
  return getPayload({ config })
}
