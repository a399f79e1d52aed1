export { prepareTestTemplate as setup } from '../src/testing.js'
