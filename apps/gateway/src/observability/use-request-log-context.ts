import type { Plugin, YogaInitialContext } from 'graphql-yoga'
import type { GatewayContext } from '../context.js'
import { requestIdOf } from '../plugins/request-id.js'
import { operationNameOf } from './operation-name.js'
import { currentRequestLogFields, withRequestLogFields } from './request-log-context.js'

/**
 * Serves each request inside its own log fields ({@link RequestLogFields}): the request id and
 * tenant from the start, the caller's organisation once the token is verified, the operation's
 * name once the document is parsed. First among the plugins, so that every hook runs inside.
 */
export function useRequestLogContext(tenant: string): Plugin<GatewayContext & YogaInitialContext> {
  return {
    instrumentation: {
      request: ({ request }, wrapped) =>
        withRequestLogFields(
          { requestId: requestIdOf(request), operationName: null, tenant, organization: null },
          wrapped,
        ),
    },
    onContextBuilding() {
      return ({ context }) => {
        const fields = currentRequestLogFields()
        if (fields) fields.organization = context.viewer?.organizationCode ?? null
      }
    },
    onParse({ context }) {
      return ({ result }) => {
        const fields = currentRequestLogFields()
        if (fields && result && !(result instanceof Error) && 'kind' in result) {
          fields.operationName = operationNameOf(result, context.params?.operationName)
        }
      }
    },
  }
}
