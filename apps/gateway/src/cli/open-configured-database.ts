// Where the report command finds it until it, too, goes through a use case.
export { openConfiguredDatabase } from './cli-composition.js'
