import { NoSchemaIntrospectionCustomRule } from 'graphql'
import type { Plugin } from 'graphql-yoga'

/**
 * When `enabled` is false, refuses `__schema` and `__type` (graphql's own validation rule) so
 * that a production deployment does not hand out its schema; `__typename` still works.
 */
export function useIntrospectionSwitch(enabled: boolean): Plugin {
  if (enabled) return {}
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule)
    },
  }
}
