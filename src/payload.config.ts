import { loadEnv } from './env'
import { segarConfig } from './segar-config'

export default segarConfig(loadEnv(), { isSchemaPushed: process.env.SEGAR_SCHEMA_PUSH === '1' })
