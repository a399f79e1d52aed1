import { mergeConfig } from 'vitest/config'
import { databaseConfig, packageConfig } from '../../vitest.shared.js'

export default mergeConfig(packageConfig, databaseConfig)
