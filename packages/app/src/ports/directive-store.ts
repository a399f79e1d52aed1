import type {
  Directive,
  DirectiveId,
  DirectiveKind,
  DirectiveRelation,
  DocumentSymbol,
  DomainError,
  IsoDate,
  NewDirective,
  OrganizationId,
  Page,
  PageRequest,
  ReportingRule,
  Result,
  Secrecy,
} from '@chidao/domain'
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

/** What {@link DirectiveReader.implementationNeighbourhood} is asked to bring. */
export interface NeighbourhoodRequest {
  /** What the document implements or continues, up to the root. */
  readonly chain: boolean
  /** Every document implementing or continuing it, directly or not. */
  readonly implementedBy: boolean
  /** The number of tasks of each document read, the document itself included. */
  readonly taskCounts: boolean
}

/** A document's implementation chain, the documents implementing it and their task counts. */
export interface DirectiveNeighbourhood {
  /** As {@link DirectiveReader.implementationChain} gives it; `[]` when not asked. */
  readonly chain: readonly DirectiveChainStep[]
  /** As {@link DirectiveReader.implementedBy} gives it; `[]` when not asked. */
  readonly implementedBy: readonly DirectiveChainStep[]
  /**
   * The tasks the caller sees of each document read (the document, its chain and those
   * implementing it), by id; empty when not asked. A document the caller cannot see has none.
   */
  readonly taskCounts: ReadonlyMap<DirectiveId, number>
}

/** A relation to create between two stored directives. */
export interface NewDirectiveRelation {
  readonly sourceId: DirectiveId
  readonly targetId: DirectiveId
  readonly type: DirectiveRelation['type']
  readonly effectiveOn: IsoDate
}

/**
 * What the use cases read of a tenant's directives and their relations, at the caller's
 * clearance. Graph walks (the implementation chain and its inverse) are single queries, not
 * loops of round trips. Implemented by `@chidao/db`.
 */
export interface DirectiveReader {
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
  /**
   * The two walks and the task count of every document they reach and of the document itself,
   * as much as asked: one statement, for a question asking all three at once.
   */
  implementationNeighbourhood(
    id: DirectiveId,
    wanted: NeighbourhoodRequest,
  ): Promise<DirectiveNeighbourhood>
  /** Relations leaving and entering each directive, for batched loading. */
  relationsOf(
    ids: readonly DirectiveId[],
  ): Promise<ReadonlyMap<DirectiveId, readonly DirectiveRelation[]>>
}

/** A directive's reporting rule to store: the rule, its recipient by code (`null`: the issuer). */
export interface ReportingRuleChange {
  readonly rule: Omit<ReportingRule, 'recipientId'>
  readonly recipientCode: string | null
}

/** How the use cases add directives and relations; each write carries its audit event. */
export interface DirectiveWriter {
  /**
   * Stores a validated directive and its audit event in one transaction. Fails with
   * `ISSUER_NOT_FOUND`, `REPORTING_RECIPIENT_NOT_FOUND` (the reporting rule's recipient code), `DIRECTIVE_EXISTS` (a document the caller sees has the same symbol,
   * issuer and year; one it cannot see is answered as absent) or `SECRECY_ABOVE_CLEARANCE`.
   */
  create(directive: NewDirective, context: ChangeContext): Promise<Result<Directive, DomainError>>
  /**
   * Sets (or, with `null`, removes) the reporting rule of a directive at the version the caller
   * read, advancing it, with its audit event. Fails with `DIRECTIVE_NOT_FOUND` (absent or
   * hidden, alike), `CONFLICT` (a stale version) or `REPORTING_RECIPIENT_NOT_FOUND`.
   */
  setReportingRule(
    id: DirectiveId,
    change: ReportingRuleChange | null,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<Directive, DomainError>>
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

/** A tenant's directives, read and written: what `@chidao/db` provides. */
export interface DirectiveStore extends DirectiveReader, DirectiveWriter {}
