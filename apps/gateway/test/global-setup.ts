import { prepareTestTemplates } from '@chidao/db/testing'
import { EXAMPLE_SEED } from './support/example-seed.js'

/** Once per run: the migrated templates, and the example programme's (`{ example: true }`). */
export const setup = () => prepareTestTemplates([EXAMPLE_SEED])
