import { loadEnv } from './env'
import { segarConfig } from './segar-config'

const env = loadEnv()

export default segarConfig(env, { isSchemaPushed: env.isSchemaPushed })
