import { env } from '@/env'

import { machineTranslatorFor } from './fromEnv'
import type { MachineTranslator } from './provider'

let configured: MachineTranslator | null | undefined

/** The provider chosen by the environment, built once per process (null: machine translation is off). */
export function configuredTranslator(): MachineTranslator | null {
  if (configured === undefined) configured = machineTranslatorFor(env.machineTranslation)
  return configured
}
