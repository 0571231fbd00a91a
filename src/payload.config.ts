import { buildAppConfig } from './buildConfig'
import { env } from './env'

export default buildAppConfig(env)
