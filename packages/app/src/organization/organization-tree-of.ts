import type { OrganizationTree } from '../policy/organization-tree.js'
import type { OrganizationReader } from '../ports/organization-store.js'

/**
 * The organisation tree as the policy asks it, read through the organisations port: each
 * organisation's line of ancestors is looked up once per tree, however often it is asked.
 * Build one per use-case call: the tree is read at the caller's clearance and never cached
 * beyond it.
 *
 * @example
 * ```ts
 * const tree = organizationTreeOf(ports.organizations)
 * await tree.isWithin('UBND-HUYEN-A', 'TU') // true
 * ```
 */
export function organizationTreeOf(
  organizations: Pick<OrganizationReader, 'findByCode' | 'ancestorsOf'>,
): OrganizationTree {
  const lines = new Map<string, Promise<ReadonlySet<string>>>()
  const lineOf = (code: string) => {
    let line = lines.get(code)
    if (!line) {
      line = (async () => {
        const found = await organizations.findByCode(code)
        if (!found) return new Set<string>()
        const above = await organizations.ancestorsOf(found.id)
        return new Set([found.code, ...above.map((o) => o.code)])
      })()
      lines.set(code, line)
    }
    return line
  }
  return { isWithin: async (code, ancestorCode) => (await lineOf(code)).has(ancestorCode) }
}
