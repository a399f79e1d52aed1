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

// The relation as each language says it: "93-KL/TW tiếp tục thực hiện 42-CT/TW".
function sentence(
  relation: DirectiveRelation,
  describe: (id: DirectiveId) => string,
): { en: string; vi: string } {
  const label = DIRECTIVE_RELATION_TYPE_LABELS[relation.type]
  const source = describe(relation.sourceId)
  const target = describe(relation.targetId)
  return { en: `${source} ${label.en} ${target}`, vi: `${source} ${label.vi} ${target}` }
}

export function duplicateRelationError(
  relation: DirectiveRelation,
  describe: (id: DirectiveId) => string,
  path: ErrorPath,
): DomainError {
  const said = sentence(relation, describe)
  return domainError(
    'DUPLICATE_RELATION',
    {
      en: `The relation "${said.en}" is already recorded`,
      vi: `Quan hệ "${said.vi}" đã được ghi nhận`,
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
  const said = sentence(relation, describe)
  const names = cycle.map(describe).join(' → ')
  return domainError(
    'CYCLE_IN_RELATIONS',
    {
      en: `"${said.en}" would close a cycle of relations: ${names}`,
      vi: `Quan hệ "${said.vi}" tạo thành vòng lặp: ${names}`,
    },
    path,
    Object.freeze([...cycle]),
  )
}
