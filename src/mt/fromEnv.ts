import type { Env } from '@/env'

import { deeplTranslator } from './deepl'
import { libreTranslateTranslator } from './libretranslate'
import type { MachineTranslator } from './provider'

/** The configured provider, or null: machine translation is off unless an administrator chose a service. */
export function machineTranslatorFor(settings: Env['machineTranslation']): MachineTranslator | null {
  switch (settings.provider) {
    case 'deepl':
      return deeplTranslator({ apiKey: settings.apiKey, baseUrl: settings.baseUrl })
    case 'libretranslate':
      return libreTranslateTranslator({ url: settings.url, apiKey: settings.apiKey })
    case 'none':
      return null
  }
}
