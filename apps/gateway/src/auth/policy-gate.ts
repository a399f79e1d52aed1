import { type Action, POLICY } from '@chidao/app'

/** The role scope that {@link POLICY} asks of an action, for a field's `authScopes`. */
export function scopeFor(action: Action) {
  const role = POLICY[action].minimumRole
  return { [role.toLowerCase()]: true } as { admin: true } | { editor: true } | { reporter: true }
}
