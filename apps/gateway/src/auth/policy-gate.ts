import { type Action, type Decision, type OrganizationTree, POLICY } from '@chidao/app'
import { domainError, type OrganizationId } from '@chidao/domain'
import type { GatewayContext } from '../context.js'
import {
  ForbiddenFailure,
  NotFoundFailure,
  UnauthenticatedFailure,
  ValidationFailure,
} from '../schema/support/error.js'

/** The role scope that {@link POLICY} asks of an action, for a field's `authScopes`. */
export function scopeFor(action: Action) {
  const role = POLICY[action].minimumRole
  return { [role.toLowerCase()]: true } as { admin: true } | { editor: true } | { reporter: true }
}

const trees = new WeakMap<GatewayContext, OrganizationTree>()

/**
 * The organisation tree as the policy asks it, answered from the tenant's organisations and
 * remembered for the request (a handful of look-ups at most).
 */
export function organizationTree(context: GatewayContext): OrganizationTree {
  let tree = trees.get(context)
  if (tree) return tree
  const organizations = context.tenant.organizations
  const ancestors = new Map<string, Promise<ReadonlySet<string>>>()
  const lineOf = (code: string) => {
    let line = ancestors.get(code)
    if (!line) {
      line = (async () => {
        const found = await organizations.findByCode(code)
        if (!found) return new Set<string>()
        const above = await organizations.ancestorsOf(found.id)
        return new Set([found.code, ...above.map((o) => o.code)])
      })()
      ancestors.set(code, line)
    }
    return line
  }
  tree = { isWithin: async (code, ancestorCode) => (await lineOf(code)).has(ancestorCode) }
  trees.set(context, tree)
  return tree
}

/**
 * Carries out the policy's decision: nothing when allowed, otherwise throws the typed failure of
 * the mutation's union (UnauthenticatedError, ForbiddenError, or ValidationError for a report in
 * the name of an organisation not on the task), with the field path under `input`.
 */
export function enforce(decision: Decision): void {
  if (decision.allowed) return
  const { code, en, vi, path } = decision.refusal
  const error = domainError(code, { en, vi }, [...path])
  if (code === 'UNAUTHENTICATED')
    throw new UnauthenticatedFailure(error, path.length ? ['input'] : [])
  if (code === 'FORBIDDEN') throw new ForbiddenFailure(error, path.length ? ['input'] : [])
  throw new ValidationFailure(error)
}

/** The codes of organisations by id, in order; an absent one fails naming its input field. */
export async function organizationCodes(
  context: GatewayContext,
  ids: readonly (OrganizationId | null)[],
  paths: readonly (readonly string[])[],
): Promise<(string | null)[]> {
  const wanted = ids.filter((id): id is OrganizationId => id !== null)
  const found = await context.tenant.organizations.findByIds(wanted)
  const byId = new Map(found.filter((o) => o !== null).map((o) => [o.id, o.code]))
  return ids.map((id, i) => {
    if (id === null) return null
    const code = byId.get(id)
    if (code !== undefined) return code
    throw new NotFoundFailure(
      domainError(
        'ORGANIZATION_NOT_FOUND',
        { en: 'No such organisation', vi: 'Không tìm thấy tổ chức' },
        [...(paths[i] ?? [])],
        String(id),
      ),
    )
  })
}
