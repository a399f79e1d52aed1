import type { IsoDate } from '../calendar/iso-date.js'
import type { Directive, NewDirective } from '../directive/directive.js'
import type { DirectiveKind } from '../directive/directive-kind.js'
import type { DirectiveRelation } from '../directive/directive-relation.js'
import type { Secrecy } from '../directive/secrecy.js'
import type { DomainError } from '../domain-error.js'
import type { DirectiveId, OrganizationId } from '../ids.js'
import type { Page, PageRequest } from '../pagination.js'
import type { Result } from '../result.js'
import type { DocumentSymbol } from '../symbol/document-symbol.js'
import type { ChangeContext } from './change-context.js'

/** Filters for listing directives. All given filters must match. */
export interface DirectiveFilter {
  readonly kind?: readonly DirectiveKind[] | null
  readonly issuerId?: OrganizationId | null
  readonly issuedFrom?: IsoDate | null
  readonly issuedTo?: IsoDate | null
  readonly secrecy?: readonly Secrecy[] | null
  /** Accent-insensitive search in the symbol and the title. */
  readonly search?: string | null
}

/** Orders in which directives can be listed; ties are broken by id. */
export type DirectiveOrder = 'ISSUED_DESC' | 'ISSUED_ASC' | 'SYMBOL_ASC'

/** One step of an implementation chain, or one directive implementing another. */
export interface DirectiveChainStep {
  readonly directive: Directive
  /** 1 for a direct link, 2 for the next one, … */
  readonly depth: number
  /** The relation followed to reach this directive. */
  readonly relation: DirectiveRelation
}

/** A relation to create between two stored directives. */
export interface NewDirectiveRelation {
  readonly sourceId: DirectiveId
  readonly targetId: DirectiveId
  readonly type: DirectiveRelation['type']
  readonly effectiveOn: IsoDate
}

/**
 * The persistence port for directives and their relations, for one tenant. Graph walks (the
 * implementation chain and its inverse) are single queries, not loops of round trips.
 */
export interface DirectiveRepository {
  findById(id: DirectiveId): Promise<Directive | null>
  /** Loads many at once, in the order asked (`null` where none): for batched loading. */
  findByIds(ids: readonly DirectiveId[]): Promise<readonly (Directive | null)[]>
  /**
   * The directives bearing a symbol that the caller may see, newest year first; narrowed by
   * issue year and issuer when given (a symbol alone is not unique: Party numbering restarts
   * with each term). A document may be stored once per secrecy level (polyinstantiated): of
   * several instances the caller sees, the most secret comes first, then the oldest — so the
   * first answer is always the same one.
   */
  findBySymbol(
    symbol: DocumentSymbol,
    options?: { readonly year?: number | null; readonly issuerId?: OrganizationId | null },
  ): Promise<readonly Directive[]>
  list(
    request: PageRequest & {
      readonly filter?: DirectiveFilter | null
      readonly orderBy?: DirectiveOrder | null
    },
  ): Promise<Page<Directive>>
  /** What the directive implements or continues, up to the root, nearest first. */
  implementationChain(id: DirectiveId): Promise<readonly DirectiveChainStep[]>
  /** Every directive implementing or continuing it, directly or not, nearest first. */
  implementedBy(id: DirectiveId): Promise<readonly DirectiveChainStep[]>
  /** Relations leaving and entering each directive, for batched loading. */
  relationsOf(
    ids: readonly DirectiveId[],
  ): Promise<ReadonlyMap<DirectiveId, readonly DirectiveRelation[]>>
  /**
   * Stores a validated directive and its audit event in one transaction. Fails with
   * `ISSUER_NOT_FOUND`, `DIRECTIVE_EXISTS` (a document the caller sees has the same symbol,
   * issuer and year; one it cannot see is answered as absent) or `SECRECY_ABOVE_CLEARANCE`.
   */
  create(directive: NewDirective, context: ChangeContext): Promise<Result<Directive, DomainError>>
  /**
   * Adds a relation. Fails with `DIRECTIVE_NOT_FOUND` (an end that does not exist or that the
   * caller may not see, alike), `DUPLICATE_RELATION` or `CYCLE_IN_RELATIONS` (the graph stays
   * acyclic, checked in the database).
   */
  link(
    relation: NewDirectiveRelation,
    context: ChangeContext,
  ): Promise<Result<DirectiveRelation, DomainError>>
}
