import { prepareTestTemplates } from '../src/testing.js'
import { EXAMPLE_SEED } from './support/example-seed.js'

/** Once per run: the migrated templates, and the example bundle's (see `useExampleDatabase`). */
export const setup = () => prepareTestTemplates([EXAMPLE_SEED])
