import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { levelRank, type OrganizationLevel } from './organization-level.js'

/**
 * What the tree operations need of an organisation. `Organization` fits; so does a bundle
 * entry keyed by code (`{ id: code, parentId: parentCode, code, level }`), which lets an
 * importer check a hierarchy before any id exists.
 *
 * @example
 * ```ts
 * const node: OrganizationTreeNode = { id: 'BTG-TU', code: 'BTG-TU', level: 'PROVINCE', parentId: 'TU' }
 * ```
 */
export interface OrganizationTreeNode {
  readonly id: string
  readonly code: string
  readonly level: OrganizationLevel
  readonly parentId: string | null
}

/**
 * An organisation found by a walk down the tree, with its distance from the start.
 *
 * @example
 * ```ts
 * organizationDescendants(orgs, tinhUy.id)[0] // { organization: banThuongVu, depth: 1 }
 * ```
 */
export interface OrganizationTreeEntry<O extends OrganizationTreeNode> {
  readonly organization: O
  /** 1 for a direct child, 2 for a grandchild… */
  readonly depth: number
}

/**
 * Indexes organisations by id. When two share an id, the last one wins: use
 * {@link validateOrganizationHierarchy} to catch that.
 *
 * @example
 * ```ts
 * organizationsById(orgs).get(id)?.code // 'BTV-TU'
 * ```
 */
export function organizationsById<O extends OrganizationTreeNode>(
  organizations: Iterable<O>,
): ReadonlyMap<O['id'], O> {
  const map = new Map<O['id'], O>()
  for (const organization of organizations) map.set(organization.id, organization)
  return map
}

/**
 * The ancestors of an organisation, nearest first: its parent, the parent's parent… up to a
 * root (the entry at index `i` is `i + 1` levels up). Empty for a root or an unknown id.
 * Iterative, and safe on corrupt data: the walk stops at a missing parent or a repeated body.
 *
 * @example
 * ```ts
 * organizationAncestors(orgs, banTuyenGiao.id).map((o) => o.code) // ['BTV-TU', 'TU']
 * ```
 */
export function organizationAncestors<O extends OrganizationTreeNode>(
  organizations: readonly O[],
  id: O['id'],
): readonly O[] {
  const byId = organizationsById(organizations)
  const ancestors: O[] = []
  const seen = new Set<string>([id])
  let parentId = byId.get(id)?.parentId ?? null
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId)
    if (parent === undefined) break
    seen.add(parentId)
    ancestors.push(parent)
    parentId = parent.parentId
  }
  return Object.freeze(ancestors)
}

/**
 * The descendants of an organisation, breadth first: its children (depth 1), their children
 * (depth 2), and so on; within a parent, children in order of code. The organisation itself is
 * not included. Iterative, O(n), and safe on corrupt data (each body appears at most once).
 *
 * @example
 * ```ts
 * organizationDescendants(orgs, tinhUy.id).map((e) => [e.depth, e.organization.code])
 * // [[1, 'BTV-TU'], [2, 'BTG-TU'], [2, 'VP-TU']]
 * ```
 */
export function organizationDescendants<O extends OrganizationTreeNode>(
  organizations: readonly O[],
  id: O['id'],
): readonly OrganizationTreeEntry<O>[] {
  const children = childrenIndex(organizations)
  const entries: OrganizationTreeEntry<O>[] = []
  const seen = new Set<string>([id])
  const queue: { id: string; depth: number }[] = [{ id, depth: 0 }]
  for (let head = 0; head < queue.length; head++) {
    const { id: at, depth } = queue[head]!
    for (const child of children.get(at) ?? []) {
      if (seen.has(child.id)) continue
      seen.add(child.id)
      entries.push(Object.freeze({ organization: child, depth: depth + 1 }))
      queue.push({ id: child.id, depth: depth + 1 })
    }
  }
  return Object.freeze(entries)
}

function childrenIndex<O extends OrganizationTreeNode>(
  organizations: readonly O[],
): Map<string, O[]> {
  const children = new Map<string, O[]>()
  for (const organization of organizations) {
    if (organization.parentId === null) continue
    const list = children.get(organization.parentId)
    if (list) list.push(organization)
    else children.set(organization.parentId, [organization])
  }
  for (const list of children.values()) {
    list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  }
  return children
}

/**
 * Moves an organisation under a new parent (or makes it a root with `null`), returning the
 * moved organisation with its new `parentId`; the list itself is not changed, and the
 * `version` is left for the repository to advance when it stores the change.
 *
 * Refuses, with the path `['parentId']`: an unknown organisation (`ORGANIZATION_NOT_FOUND`,
 * path `['id']`) or parent (`PARENT_NOT_FOUND`); a parent that is the organisation itself or
 * one of its descendants (`CYCLE_IN_HIERARCHY`, naming both codes; `value` is the loop of codes
 * it would create, child to parent); a parent of a lower level than the organisation
 * (`INVALID_PARENT_LEVEL`: a province department cannot sit under a commune).
 *
 * @example
 * ```ts
 * const r = moveOrganization(orgs, tinhUy.id, banTuyenGiao.id)
 * !r.ok && r.error.code // 'CYCLE_IN_HIERARCHY'
 * ```
 */
export function moveOrganization<O extends OrganizationTreeNode>(
  organizations: readonly O[],
  id: O['id'],
  parentId: O['parentId'],
): Result<O, DomainError> {
  const byId = organizationsById(organizations)
  const organization = byId.get(id)
  if (organization === undefined) {
    return err(
      domainError(
        'ORGANIZATION_NOT_FOUND',
        { en: `No organisation with id ${id}`, vi: `Không tìm thấy tổ chức có mã định danh ${id}` },
        ['id'],
        id,
      ),
    )
  }
  if (parentId === null) return ok(Object.freeze({ ...organization, parentId: null }))
  const parent = byId.get(parentId)
  if (parent === undefined) {
    return err(
      domainError(
        'PARENT_NOT_FOUND',
        {
          en: `No organisation with id ${parentId} to move ${organization.code} under`,
          vi: `Không tìm thấy tổ chức cấp trên có mã định danh ${parentId} để chuyển ${organization.code} về trực thuộc`,
        },
        ['parentId'],
        parentId,
      ),
    )
  }
  // Walk up from the new parent: meeting the organisation means the parent lies below it.
  const loop = [organization.code, parent.code]
  const seen = new Set<string>([parent.id])
  for (let at: O | undefined = parent; at !== undefined; ) {
    if (at.id === organization.id) {
      return err(cycleError(organization, parent, Object.freeze(loop)))
    }
    const next: O | undefined = at.parentId === null ? undefined : byId.get(at.parentId)
    if (next === undefined || seen.has(next.id)) break
    seen.add(next.id)
    loop.push(next.code)
    at = next
  }
  if (levelRank(parent.level) > levelRank(organization.level)) {
    return err(parentLevelError(organization, parent, ['parentId']))
  }
  return ok(Object.freeze({ ...organization, parentId: parent.id }))
}

function cycleError(
  organization: OrganizationTreeNode,
  parent: OrganizationTreeNode,
  loop: readonly string[],
  path: readonly (string | number)[] = ['parentId'],
): DomainError {
  const text =
    organization.id === parent.id
      ? {
          en: `Organisation ${organization.code} cannot be its own parent`,
          vi: `Tổ chức ${organization.code} không thể là cấp trên của chính nó`,
        }
      : {
          en: `${organization.code} cannot sit under ${parent.code}: ${parent.code} is itself under ${organization.code} (${loop.join(' → ')})`,
          vi: `${organization.code} không thể trực thuộc ${parent.code}: ${parent.code} đang trực thuộc ${organization.code} (${loop.join(' → ')})`,
        }
  return domainError('CYCLE_IN_HIERARCHY', text, path, loop)
}

function parentLevelError(
  organization: OrganizationTreeNode,
  parent: OrganizationTreeNode,
  path: readonly (string | number)[],
): DomainError {
  return domainError(
    'INVALID_PARENT_LEVEL',
    {
      en: `${organization.code} (${organization.level}) cannot sit under ${parent.code}, which is of the lower level ${parent.level}`,
      vi: `${organization.code} (${organization.level}) không thể trực thuộc ${parent.code} thuộc cấp thấp hơn (${parent.level})`,
    },
    path,
    parent.code,
  )
}

/**
 * Checks a whole set of organisations at once, as when importing a bundle, and reports every
 * problem rather than the first: repeated ids (`DUPLICATE_ORGANIZATION_ID`) or codes
 * (`DUPLICATE_ORGANIZATION_CODE`), parents that are not in the set (`PARENT_NOT_FOUND`), parents
 * of a lower level (`INVALID_PARENT_LEVEL`), and each loop of parents once
 * (`CYCLE_IN_HIERARCHY`, blamed on the member that comes last in the list). Paths start with
 * the index in the list (`[4, 'parentId']`); prefix them with `withPathPrefix`.
 *
 * On success, returns the organisations ordered parents first: the roots in list order, then
 * breadth first down the tree, so each parent comes before its children — the order in which
 * to insert them.
 *
 * @example
 * ```ts
 * const r = validateOrganizationHierarchy([
 *   { id: 'BTG-TU', code: 'BTG-TU', level: 'PROVINCE', parentId: 'TU' },
 *   { id: 'TU', code: 'TU', level: 'PROVINCE', parentId: null },
 * ])
 * r.ok && r.value.map((o) => o.code) // ['TU', 'BTG-TU']
 * ```
 */
export function validateOrganizationHierarchy<O extends OrganizationTreeNode>(
  organizations: readonly O[],
): Result<readonly O[], readonly DomainError[]> {
  const errors: DomainError[] = []
  const byId = new Map<string, O>()
  const indexOf = new Map<O, number>()
  const codes = new Map<string, number>()
  for (const [index, organization] of organizations.entries()) {
    indexOf.set(organization, index)
    if (byId.has(organization.id)) {
      errors.push(
        domainError(
          'DUPLICATE_ORGANIZATION_ID',
          {
            en: `Organisation id ${organization.id} is used twice`,
            vi: `Mã định danh tổ chức ${organization.id} bị trùng`,
          },
          [index, 'id'],
          organization.id,
        ),
      )
    } else byId.set(organization.id, organization)
    const first = codes.get(organization.code)
    if (first !== undefined) {
      errors.push(
        domainError(
          'DUPLICATE_ORGANIZATION_CODE',
          {
            en: `Organisation code ${organization.code} is used twice (also at ${first})`,
            vi: `Mã tổ chức ${organization.code} bị trùng (đã dùng ở vị trí ${first})`,
          },
          [index, 'code'],
          organization.code,
        ),
      )
    } else codes.set(organization.code, index)
  }

  for (const [index, organization] of organizations.entries()) {
    if (organization.parentId === null || organization.parentId === organization.id) continue
    const parent = byId.get(organization.parentId)
    if (parent === undefined) {
      errors.push(
        domainError(
          'PARENT_NOT_FOUND',
          {
            en: `The parent ${organization.parentId} of ${organization.code} is not in the set`,
            vi: `Tổ chức cấp trên ${organization.parentId} của ${organization.code} không có trong danh sách`,
          },
          [index, 'parentId'],
          organization.parentId,
        ),
      )
    } else if (levelRank(parent.level) > levelRank(organization.level)) {
      errors.push(parentLevelError(organization, parent, [index, 'parentId']))
    }
  }

  // Follow parents from each body; a walk that meets itself found a loop. Each body is walked
  // over once in all, so this is O(n).
  const state = new Map<string, number>() // walk number while walking; -1 when settled
  let walkNumber = 0
  for (const start of byId.values()) {
    if (state.has(start.id)) continue
    walkNumber++
    const walk: O[] = []
    let at: O | undefined = start
    while (at !== undefined && !state.has(at.id)) {
      state.set(at.id, walkNumber)
      walk.push(at)
      at = at.parentId === null ? undefined : byId.get(at.parentId)
    }
    if (at !== undefined && state.get(at.id) === walkNumber) {
      const members = walk.slice(walk.indexOf(at))
      const blamed = members.reduce((a, b) => (indexOf.get(b)! > indexOf.get(a)! ? b : a))
      const parent = byId.get(blamed.parentId!)!
      // The loop as codes, child to parent, from the blamed body back to itself.
      const from = members.indexOf(blamed)
      const loop = [...members.slice(from), ...members.slice(0, from), blamed].map((o) => o.code)
      errors.push(cycleError(blamed, parent, loop, [indexOf.get(blamed)!, 'parentId']))
    }
    for (const o of walk) state.set(o.id, -1)
  }

  if (errors.length > 0) {
    errors.sort((a, b) => (a.path[0] as number) - (b.path[0] as number))
    return err(Object.freeze(errors))
  }

  const children = new Map<string, O[]>()
  const ordered: O[] = []
  for (const organization of organizations) {
    if (organization.parentId === null) ordered.push(organization)
    else {
      const list = children.get(organization.parentId)
      if (list) list.push(organization)
      else children.set(organization.parentId, [organization])
    }
  }
  for (let head = 0; head < ordered.length; head++) {
    for (const child of children.get(ordered[head]!.id) ?? []) ordered.push(child)
  }
  return ok(Object.freeze(ordered))
}
