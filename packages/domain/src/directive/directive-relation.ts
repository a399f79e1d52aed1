import { invalidDate } from '../calendar/invalid-date.js'
import { type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError } from '../domain-error.js'
import type { DirectiveId } from '../ids.js'
import { type Labels, labels } from '../label.js'
import { err, ok, type Result } from '../result.js'
import { unknownCodeText, vocabulary } from '../vocabulary.js'

const DIRECTIVE_RELATION_TYPE = vocabulary([
  ['IMPLEMENTS', { vi: 'thực hiện', en: 'implements' }],
  ['CONTINUES', { vi: 'tiếp tục thực hiện', en: 'continues' }],
  ['GUIDES', { vi: 'hướng dẫn', en: 'guides' }],
  ['AMENDS', { vi: 'sửa đổi, bổ sung', en: 'amends' }],
  ['REPLACES', { vi: 'thay thế', en: 'replaces' }],
  ['REPEALS', { vi: 'bãi bỏ', en: 'repeals' }],
  ['CITES', { vi: 'căn cứ, trích dẫn', en: 'cites' }],
])

/**
 * The types of relation between two directives, read from the source to the target:
 * "93-KL/TW CONTINUES 42-CT/TW", "51-CTr/TU IMPLEMENTS 93-KL/TW".
 *
 * @example
 * ```ts
 * DIRECTIVE_RELATION_TYPES.includes('REPEALS') // true
 * ```
 */
export const DIRECTIVE_RELATION_TYPES = DIRECTIVE_RELATION_TYPE.codes

/**
 * A type of relation between directives.
 *
 * @example
 * ```ts
 * const type: DirectiveRelationType = 'IMPLEMENTS'
 * ```
 */
export type DirectiveRelationType = (typeof DIRECTIVE_RELATION_TYPES)[number]

/**
 * The relation types that make up an implementation chain: a directive that implements or
 * continues another carries it out, level after level.
 *
 * @example
 * ```ts
 * DIRECTIVE_IMPLEMENTATION_RELATION_TYPES.includes(relation.type) // on the chain?
 * ```
 */
export const DIRECTIVE_IMPLEMENTATION_RELATION_TYPES: readonly DirectiveRelationType[] =
  Object.freeze(['IMPLEMENTS', 'CONTINUES'])

/**
 * Labels for every {@link DirectiveRelationType}, read from the source ("93-KL/TW tiếp tục
 * thực hiện 42-CT/TW").
 *
 * @example
 * ```ts
 * DIRECTIVE_RELATION_TYPE_LABELS.AMENDS.vi // 'sửa đổi, bổ sung'
 * ```
 */
export const DIRECTIVE_RELATION_TYPE_LABELS: Labels<DirectiveRelationType> =
  DIRECTIVE_RELATION_TYPE.labels

/**
 * Labels for every {@link DirectiveRelationType} read from the target ("42-CT/TW được tiếp tục
 * thực hiện bởi 93-KL/TW"): for showing the relations that point at a directive.
 *
 * @example
 * ```ts
 * DIRECTIVE_RELATION_INVERSE_LABELS.IMPLEMENTS.en // 'implemented by'
 * ```
 */
export const DIRECTIVE_RELATION_INVERSE_LABELS: Labels<DirectiveRelationType> = labels({
  IMPLEMENTS: { vi: 'được thực hiện bởi', en: 'implemented by' },
  CONTINUES: { vi: 'được tiếp tục thực hiện bởi', en: 'continued by' },
  GUIDES: { vi: 'được hướng dẫn bởi', en: 'guided by' },
  AMENDS: { vi: 'được sửa đổi, bổ sung bởi', en: 'amended by' },
  REPLACES: { vi: 'được thay thế bởi', en: 'replaced by' },
  REPEALS: { vi: 'bị bãi bỏ bởi', en: 'repealed by' },
  CITES: { vi: 'được căn cứ, trích dẫn bởi', en: 'cited by' },
})

/**
 * Tells whether a string is a {@link DirectiveRelationType}.
 *
 * @example
 * ```ts
 * isDirectiveRelationType('REPEALS') // true
 * ```
 */
export const isDirectiveRelationType: (value: string) => value is DirectiveRelationType =
  DIRECTIVE_RELATION_TYPE.is

/**
 * A typed, dated relation from one directive (the source, usually the newer one) to another
 * (the target): the source implements, continues, guides, amends, replaces, repeals or cites the
 * target. Relations of every type together form a directed acyclic graph
 * (see {@link DirectiveGraph}).
 *
 * @example
 * ```ts
 * const r: DirectiveRelation = {
 *   sourceId: kl93, targetId: ct42, type: 'CONTINUES', effectiveOn: '2020-11-20',
 * }
 * ```
 */
export interface DirectiveRelation {
  readonly sourceId: DirectiveId
  readonly targetId: DirectiveId
  readonly type: DirectiveRelationType
  /** The day the relation takes effect: usually the day the source was issued. */
  readonly effectiveOn: IsoDate
}

/**
 * The fields a caller gives to create a relation, before validation.
 *
 * @example
 * ```ts
 * const input: DirectiveRelationInput = {
 *   sourceId: kl93, targetId: ct42, type: 'CONTINUES', effectiveOn: '2020-11-20',
 * }
 * ```
 */
export interface DirectiveRelationInput {
  readonly sourceId: string
  readonly targetId: string
  readonly type: string
  readonly effectiveOn: string
}

/**
 * Validates the fields of one relation on its own: both ends given and distinct
 * (`SELF_RELATION`), a known type (`INVALID_DIRECTIVE_RELATION_TYPE`) and a real date
 * (`INVALID_DATE`). Whether it fits in the graph (no duplicate, no cycle) is checked by
 * {@link addDirectiveRelation}. The ids are trusted as given: check they exist at the edge.
 *
 * @example
 * ```ts
 * const r = validateDirectiveRelation({
 *   sourceId: kl93, targetId: ct42, type: 'CONTINUES', effectiveOn: '2020-11-20',
 * })
 * r.ok // true
 * ```
 */
export function validateDirectiveRelation(
  input: DirectiveRelationInput,
): Result<DirectiveRelation, DomainError> {
  for (const field of ['sourceId', 'targetId'] as const) {
    const value = input[field]
    if (typeof value !== 'string' || value.trim() === '') {
      return err(
        domainError(
          'REQUIRED',
          {
            en: `${field === 'sourceId' ? 'Source' : 'Target'} directive is required`,
            vi: `Thiếu văn bản ${field === 'sourceId' ? 'nguồn' : 'đích'} của quan hệ`,
          },
          [field],
          value,
        ),
      )
    }
  }
  if (input.sourceId === input.targetId) {
    return err(
      domainError(
        'SELF_RELATION',
        {
          en: `A directive cannot be related to itself (${input.sourceId})`,
          vi: `Văn bản không thể có quan hệ với chính nó (${input.sourceId})`,
        },
        ['targetId'],
        input.sourceId,
      ),
    )
  }
  if (typeof input.type !== 'string' || !isDirectiveRelationType(input.type)) {
    const name = { en: 'relation type', vi: 'Loại quan hệ' }
    const text = unknownCodeText(name, `"${input.type}"`, DIRECTIVE_RELATION_TYPES)
    return err(domainError('INVALID_DIRECTIVE_RELATION_TYPE', text, ['type'], input.type))
  }
  if (typeof input.effectiveOn !== 'string' || !isIsoDate(input.effectiveOn)) {
    const name = { en: 'Effective date', vi: 'Ngày hiệu lực' }
    return err(invalidDate(name, ['effectiveOn'], input.effectiveOn))
  }
  return ok(
    Object.freeze({
      sourceId: input.sourceId as DirectiveId,
      targetId: input.targetId as DirectiveId,
      type: input.type,
      effectiveOn: input.effectiveOn,
    }),
  )
}
