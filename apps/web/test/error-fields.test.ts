import { Client, type Exchange, makeResult } from 'urql'
import { describe, expect, it } from 'vitest'
import { map, pipe } from 'wonka'
import { appCacheExchange } from '../src/graphql/client.js'
import { CompleteTaskMutation } from '../src/pages/task/task-mutations.js'

/** A gateway that refuses every mutation with `error`, behind the app's normalised cache. */
function refusingWith(error: Record<string, unknown>): Client {
  const answering: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation) => makeResult(operation, { data: { completeTask: error } })),
    )
  return new Client({
    url: 'http://gateway.test/graphql',
    exchanges: [appCacheExchange(), answering],
  })
}

const input = { id: 'VGFzazox', version: 3, on: '2026-12-07' }

describe('an error answered through the normalised cache', () => {
  it.each([
    ['ConflictError', 'CONFLICT', ['input', 'version']],
    ['ValidationError', 'INVALID_INPUT', ['input', 'on']],
    ['ForbiddenError', 'FORBIDDEN', []],
  ])('keeps the fields `... on Error` selects of a %s', async (type, code, path) => {
    const error = {
      __typename: type,
      code,
      message: 'Refused',
      messageVi: 'Bị từ chối',
      path,
    }
    const result = await refusingWith(error).mutation(CompleteTaskMutation, { input }).toPromise()
    expect(result.error).toBeUndefined()
    expect(result.data?.completeTask).toEqual(error)
  })
})
