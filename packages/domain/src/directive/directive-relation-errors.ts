// Error builders shared by the relation validator and the graph. Not re-exported from the
// package: the codes and messages are the contract, not these helpers.
import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'
import type { DirectiveId } from '../ids.js'
import { DIRECTIVE_RELATION_TYPE_LABELS, type DirectiveRelation } from './directive-relation.js'

export function selfRelationError(id: DirectiveId, path: ErrorPath): DomainError {
  return domainError(
    'SELF_RELATION',
    {
      en: `A directive cannot be related to itself (${id})`,
      vi: `Văn bản không thể có quan hệ với chính nó (${id})`,
    },
    path,
    id,
  )
}

export function duplicateRelationError(
  relation: DirectiveRelation,
  describe: (id: DirectiveId) => string,
  path: ErrorPath,
): DomainError {
  const label = DIRECTIVE_RELATION_TYPE_LABELS[relation.type]
  const source = describe(relation.sourceId)
  const target = describe(relation.targetId)
  return domainError(
    'DUPLICATE_RELATION',
    {
      en: `The relation "${source} ${label.en} ${target}" is already recorded`,
      vi: `Quan hệ "${source} ${label.vi} ${target}" đã được ghi nhận`,
    },
    path,
    { sourceId: relation.sourceId, targetId: relation.targetId, type: relation.type },
  )
}

/** `cycle` starts and ends with the same id: [a, b, …, a]. */
export function cycleInRelationsError(
  relation: DirectiveRelation,
  cycle: readonly DirectiveId[],
  describe: (id: DirectiveId) => string,
  path: ErrorPath,
): DomainError {
  const label = DIRECTIVE_RELATION_TYPE_LABELS[relation.type]
  const source = describe(relation.sourceId)
  const target = describe(relation.targetId)
  const names = cycle.map(describe).join(' → ')
  return domainError(
    'CYCLE_IN_RELATIONS',
    {
      en: `"${source} ${label.en} ${target}" would close a cycle of relations: ${names}`,
      vi: `Quan hệ "${source} ${label.vi} ${target}" tạo thành vòng lặp: ${names}`,
    },
    path,
    Object.freeze([...cycle]),
  )
}
