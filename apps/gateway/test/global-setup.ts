export { prepareTestTemplate as setup } from '@chidao/db/testing'
