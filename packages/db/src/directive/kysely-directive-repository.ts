import type {
  ChangeContext,
  DirectiveChainStep,
  DirectiveFilter,
  DirectiveNeighbourhood,
  DirectiveOrder,
  DirectiveStore,
  NeighbourhoodRequest,
  NewDirectiveRelation,
  ReportingRuleChange,
} from '@chidao/app'
import {
  asId,
  canSee,
  type Directive,
  type DirectiveId,
  type DirectiveRelation,
  type DocumentSymbol,
  type DomainError,
  directiveNotFound,
  domainError,
  err,
  formatDocumentSymbol,
  isUuid,
  type NewDirective,
  type OrganizationId,
  ok,
  type Page,
  type Result,
  SECRECY_LABELS,
  type Secrecy,
} from '@chidao/domain'
import { type SelectQueryBuilder, sql, type Transaction } from 'kysely'
import { auditTrail } from '../audit/audit-trail.js'
import { writeAuditEvent } from '../audit/write-audit-event.js'
import { groupFor, recordsByIds, rowsForIds } from '../batch/asked-ids.js'
import { constraintName, SQLSTATE, sqlState } from '../database-error.js'
import { type KeysetOrder, keysetOrder, keysetPage } from '../pagination/keyset-page.js'
import type { ListRequest } from '../pagination/list-request.js'
import { mapPage } from '../pagination/map-page.js'
import type { ChidaoSchema } from '../schema.js'
import { searchPatterns } from '../search/search-terms.js'
import { inInstanceOrder } from '../secrecy/secrecy-rank-sql.js'
import { seesRow } from '../secrecy/sees-row.js'
import { tenantRows } from '../tenant/tenant-rows.js'
import { type TenantExecutor, type TenantRunner, tenantRunner } from '../tenant/tenant-runner.js'
import { versionedTable } from '../versioning/versioned-table.js'
import { directiveColumns, directiveKeyColumns } from './directive-columns.js'
import {
  DIRECTIVE_COLUMNS,
  type DirectiveRow,
  toDirective,
  toDirectiveRelation,
} from './directive-row.js'
import { relationColumns } from './relation-columns.js'

const AUDIT = auditTrail('Directive')
const DIRECTIVES = versionedTable('directive', {
  en: 'document',
  vi: 'Văn bản',
  notFound: () => directiveNotFound(['directiveId']),
})

type Row = DirectiveRow & { sort_symbol: string; sort_issued: string }
type DirectiveQuery = SelectQueryBuilder<ChidaoSchema, 'directive', Row>

const ORDERS: Record<DirectiveOrder, KeysetOrder<Row>> = {
  ISSUED_DESC: keyset('issued-desc', 'sort_issued', 'desc'),
  ISSUED_ASC: keyset('issued', 'sort_issued', 'asc'),
  SYMBOL_ASC: keyset('symbol', 'sort_symbol', 'asc'),
}

function keyset(
  name: string,
  column: 'sort_issued' | 'sort_symbol',
  direction: 'asc' | 'desc',
): KeysetOrder<Row> {
  return keysetOrder('directive', {
    name,
    sortColumn: column,
    direction,
    sortValue: (r) => r[column],
  })
}

/** The longest chain walked: far beyond any real one, and a guard against bad data. */
const MAX_CHAIN_DEPTH = 100

/**
 * The directive repository on Kysely, for one tenant: tenant-fenced transactions, audit in the
 * same transaction, chains walked by recursive CTEs in one statement.
 */
export class KyselyDirectiveRepository implements DirectiveStore {
  readonly #run: TenantRunner
  readonly #tenantId: string
  readonly #clearance: Secrecy

  constructor(db: TenantExecutor, tenantId: string, clearance: Secrecy = 'PUBLIC') {
    this.#tenantId = tenantId
    this.#clearance = clearance
    this.#run = tenantRunner(db, tenantId, clearance)
  }

  #select(trx: Transaction<ChidaoSchema>): DirectiveQuery {
    return trx
      .selectFrom('directive')
      .select(DIRECTIVE_COLUMNS)
      .select([
        sql<string>`directive.symbol_text`.as('sort_symbol'),
        sql<string>`to_char(directive.issued_on, 'YYYY-MM-DD')`.as('sort_issued'),
      ])
      .where('directive.tenant_id', '=', this.#tenantId) as unknown as DirectiveQuery
  }

  async findById(id: DirectiveId): Promise<Directive | null> {
    return (await this.findByIds([id]))[0] ?? null
  }

  findByIds(ids: readonly DirectiveId[]): Promise<readonly (Directive | null)[]> {
    return recordsByIds(
      ids,
      (valid) => this.#run((trx) => this.#select(trx).where('directive.id', 'in', valid).execute()),
      toDirective,
    )
  }

  async findBySymbol(
    symbol: DocumentSymbol,
    options: { readonly year?: number | null; readonly issuerId?: OrganizationId | null } = {},
  ): Promise<readonly Directive[]> {
    const rows = await this.#run((trx) => {
      let q = this.#select(trx).where('directive.symbol_text', '=', formatDocumentSymbol(symbol))
      if (options.year != null) q = q.where('directive.issued_year', '=', options.year)
      if (options.issuerId != null) {
        q = isUuid(options.issuerId)
          ? q.where('directive.issuer_id', '=', options.issuerId)
          : q.where(sql<boolean>`false`)
      }
      // Newest year first; within a year the instances of one document (polyinstantiated, one
      // per secrecy level) as every look-up takes them: the most secret, then the oldest.
      return inInstanceOrder(q.orderBy('directive.issued_year', 'desc'), 'directive').execute()
    })
    return rows.map(toDirective)
  }

  async list(request: ListRequest<DirectiveFilter, DirectiveOrder>): Promise<Page<Directive>> {
    const order = ORDERS[request.orderBy ?? 'ISSUED_DESC']
    const page = await this.#run((trx) => {
      const filtered = applyFilter(this.#select(trx), request.filter)
      // Keyset sorting needs the sort value as a column of the filtered query.
      const wrapped = trx
        .selectFrom(filtered.as('directive'))
        .selectAll() as unknown as DirectiveQuery
      return keysetPage(wrapped, order, request)
    })
    return mapPage(page, toDirective)
  }

  async implementationChain(id: DirectiveId): Promise<readonly DirectiveChainStep[]> {
    if (!isUuid(id)) return []
    return this.#run(async (trx) => {
      const result = await this.#chainSql(id).execute(trx)
      return this.#withDirectives(trx, result.rows)
    })
  }

  async implementedBy(id: DirectiveId): Promise<readonly DirectiveChainStep[]> {
    if (!isUuid(id)) return []
    return this.#run(async (trx) => {
      const result = await this.#belowSql(id).execute(trx)
      return this.#withDirectives(trx, byDepth(result.rows), 'below')
    })
  }

  async implementationNeighbourhood(
    id: DirectiveId,
    wanted: NeighbourhoodRequest,
  ): Promise<DirectiveNeighbourhood> {
    const empty = { chain: [], implementedBy: [], taskCounts: new Map() }
    if (!isUuid(id)) return empty
    // The chain up, the documents below and the document itself, each joined to the document
    // the caller sees (a hidden one drops out, as in the two walks on their own) and counted
    // as the task lists count (row-level security decides which tasks): one statement.
    const parts = [
      sql`select 'self'::text as direction, 0 as depth, ${id}::uuid as source_id,
        ${id}::uuid as target_id, null::text as type, null::text as effective_on,
        ${id}::uuid as directive_id`,
    ]
    if (wanted.chain) {
      parts.push(sql`select 'chain', c.depth, c.source_id, c.directive_id, c.type::text,
        c.effective_on::text, c.directive_id from (${this.#chainSql(id)}) c`)
    }
    if (wanted.implementedBy) {
      parts.push(sql`select 'below', b.depth, b.source_id, b.target_id, b.type::text,
        b.effective_on::text, b.directive_id from (${this.#belowSql(id)}) b`)
    }
    const steps = sql<ChainRow & { direction: string }>`(${sql.join(parts, sql` union all `)})`
    const taskCount = wanted.taskCounts
      ? sql<string | number | null>`(select count(*) from task
          where task.tenant_id = directive.tenant_id and task.directive_id = directive.id)`
      : sql<string | number | null>`null`
    const rows = (await this.#run((trx) =>
      this.#select(trx)
        .innerJoin(steps.as('step'), 'step.directive_id', 'directive.id')
        .select([
          'step.direction',
          'step.depth',
          'step.source_id',
          'step.target_id',
          'step.type',
          'step.effective_on',
          'step.directive_id',
          taskCount.as('task_count'),
        ])
        .execute(),
    )) as unknown as NeighbourRow[]
    const stepsOf = (direction: 'chain' | 'below') => {
      const chosen = rows.filter((r) => r.direction === direction)
      const ordered =
        direction === 'chain' ? chosen.sort((a, b) => a.depth - b.depth) : byDepth(chosen)
      return ordered.map((row) => chainStep(toDirective(row), row, direction))
    }
    const taskCounts = new Map<DirectiveId, number>()
    if (wanted.taskCounts) {
      for (const r of rows) taskCounts.set(asId<DirectiveId>(r.directive_id), Number(r.task_count))
    }
    return {
      chain: wanted.chain ? Object.freeze(stepsOf('chain')) : [],
      implementedBy: wanted.implementedBy ? Object.freeze(stepsOf('below')) : [],
      taskCounts,
    }
  }

  /**
   * What a document implements or continues, up to the root: one path, at each step the first
   * of IMPLEMENTS before CONTINUES, earlier date, smaller id, as the domain's
   * implementationChain decides.
   */
  #chainSql(id: DirectiveId) {
    return sql<ChainRow>`
        with recursive chain(directive_id, depth, source_id, type, effective_on) as (
          select next.target_id, 1, next.source_id, next.type, next.effective_on
          from (
            select r.* from directive_relation r
            where r.tenant_id = ${this.#tenantId} and r.source_id = ${id}
              and r.type in ('IMPLEMENTS', 'CONTINUES')
            order by (r.type = 'CONTINUES'), r.effective_on, r.target_id
            limit 1
          ) next
          union all
          select next.target_id, chain.depth + 1, next.source_id, next.type, next.effective_on
          from chain
          join lateral (
            select r.* from directive_relation r
            where r.tenant_id = ${this.#tenantId} and r.source_id = chain.directive_id
              and r.type in ('IMPLEMENTS', 'CONTINUES')
            order by (r.type = 'CONTINUES'), r.effective_on, r.target_id
            limit 1
          ) next on true
          where chain.depth < ${MAX_CHAIN_DEPTH}
        )
        select chain.depth, chain.source_id, chain.type, chain.effective_on, chain.directive_id
        from chain order by chain.depth`
  }

  /** Every document implementing or continuing one, directly or not, each reached once. */
  #belowSql(id: DirectiveId) {
    return sql<ChainRow>`
        with recursive below(directive_id, depth, target_id, type, effective_on) as (
          select r.source_id, 1, r.target_id, r.type, r.effective_on
          from directive_relation r
          where r.tenant_id = ${this.#tenantId} and r.target_id = ${id}
            and r.type in ('IMPLEMENTS', 'CONTINUES')
          union all
          select r.source_id, below.depth + 1, r.target_id, r.type, r.effective_on
          from below
          join directive_relation r
            on r.tenant_id = ${this.#tenantId} and r.target_id = below.directive_id
            and r.type in ('IMPLEMENTS', 'CONTINUES')
          where below.depth < ${MAX_CHAIN_DEPTH}
        )
        select distinct on (below.directive_id)
          below.depth, below.directive_id as source_id, below.target_id, below.type,
          below.effective_on, below.directive_id
        from below
        order by below.directive_id, below.depth, (below.type = 'CONTINUES'), below.target_id`
  }

  /** The id of the tenant's organisation with this code, or `null` when there is none. */
  async #organizationIdByCode(
    trx: Transaction<ChidaoSchema>,
    code: string,
  ): Promise<string | null> {
    const row = await trx
      .selectFrom('organization')
      .select(['id'])
      .where('tenant_id', '=', this.#tenantId)
      .where('code', '=', code)
      .executeTakeFirst()
    return row?.id ?? null
  }

  /**
   * The id of the body a reporting rule's reports go to, named by code; `null` for none (the
   * issuer). A code naming no organisation is `REPORTING_RECIPIENT_NOT_FOUND`.
   */
  async #recipientId(
    trx: Transaction<ChidaoSchema>,
    code: string | null | undefined,
  ): Promise<Result<string | null, DomainError>> {
    if (code == null) return ok(null)
    const id = await this.#organizationIdByCode(trx, code)
    return id === null ? err(reportingRecipientNotFound(code)) : ok(id)
  }

  async #withDirectives(
    trx: Transaction<ChidaoSchema>,
    rows: readonly ChainRow[],
    direction: 'chain' | 'below' = 'chain',
  ): Promise<readonly DirectiveChainStep[]> {
    if (rows.length === 0) return []
    const found = await this.#select(trx)
      .where(
        'directive.id',
        'in',
        rows.map((r) => r.directive_id),
      )
      .execute()
    const byId = new Map(found.map((row) => [row.id, toDirective(row)]))
    const steps: DirectiveChainStep[] = []
    for (const row of rows) {
      const directive = byId.get(row.directive_id)
      if (directive) steps.push(chainStep(directive, row, direction))
    }
    return Object.freeze(steps)
  }

  async relationsOf(
    ids: readonly DirectiveId[],
  ): Promise<ReadonlyMap<DirectiveId, readonly DirectiveRelation[]>> {
    const rows = await rowsForIds(ids, (valid) =>
      this.#run((trx) =>
        tenantRows(trx, 'directive_relation', this.#tenantId)
          .where((eb) => eb.or([eb('source_id', 'in', valid), eb('target_id', 'in', valid)]))
          .orderBy('effective_on')
          .orderBy('source_id')
          .orderBy('target_id')
          .orderBy('type')
          .execute(),
      ),
    )
    const relations = rows.map(toDirectiveRelation)
    return groupFor(ids, relations, (relation) => [relation.sourceId, relation.targetId])
  }

  /**
   * Stores a validated directive and its audit event in one transaction.
   *
   * A document's key is (symbol, issuer, year, secrecy): it is polyinstantiated. The duplicate
   * check looks only among the documents this handle sees, at any level up to its clearance:
   * one of them with the same symbol, issuer and year is `DIRECTIVE_EXISTS`, naming it. A
   * document hidden from the caller is not looked at, so a caller who cannot see it creates
   * another at its own level, answered exactly as if the hidden one did not exist. A directive
   * marked above the clearance is refused (`SECRECY_ABOVE_CLEARANCE`): a caller writes only
   * what it may read.
   */
  async create(
    directive: NewDirective,
    context: ChangeContext,
  ): Promise<Result<Directive, DomainError>> {
    if (!canSee(this.#clearance, directive.secrecy)) {
      return err(secrecyAboveClearance(directive.secrecy, this.#clearance))
    }
    try {
      return await this.#run(async (trx) => {
        const issuerId = await this.#organizationIdByCode(trx, directive.issuerOrganizationCode)
        if (issuerId === null) return err(issuerNotFound(directive.issuerOrganizationCode))
        const recipient = await this.#recipientId(
          trx,
          directive.reportingRule ? directive.reportingRecipientCode : null,
        )
        if (!recipient.ok) return recipient
        const key = directiveKeyColumns(directive, issuerId)
        const { symbol_text, issuer_id, issued_year } = key
        const document = { symbol_text, issuer_id, issued_year } // its secrecy aside
        if (await seesRow(trx, 'directive', this.#tenantId, document)) {
          return err(directiveExists(directive))
        }
        const row = await trx
          .insertInto('directive')
          .values({
            tenant_id: this.#tenantId,
            ...key,
            ...directiveColumns(directive, recipient.value),
          })
          .returning(DIRECTIVE_COLUMNS)
          .executeTakeFirstOrThrow()
        const created = toDirective(row)
        await AUDIT(trx, this.#tenantId, context, 'directive.create', null, created)
        return ok(created)
      })
    } catch (error) {
      // Another writer stored the same document at the same level in between.
      if (sqlState(error) === SQLSTATE.UNIQUE_VIOLATION) return err(directiveExists(directive))
      throw error
    }
  }

  /**
   * Sets or removes a directive's reporting rule at the version read. The document is read
   * under this handle's clearance: a hidden one is `DIRECTIVE_NOT_FOUND`, as an absent one.
   */
  async setReportingRule(
    id: DirectiveId,
    change: ReportingRuleChange | null,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<Directive, DomainError>> {
    if (!isUuid(id)) return err(directiveNotFound(['directiveId']))
    return this.#run(async (trx) => {
      const row = await this.#select(trx)
        .where('directive.id', '=', id.toLowerCase())
        .executeTakeFirst()
      const at = DIRECTIVES.atVersion(row && toDirective(row), expectedVersion)
      if (!row || !at.ok) return at
      const recipient = await this.#recipientId(trx, change?.recipientCode)
      if (!recipient.ok) return recipient
      const rule = change?.rule ?? null
      const updated = await DIRECTIVES.update(
        trx,
        { tenantId: this.#tenantId, id: row.id },
        expectedVersion,
        {
          reporting_rule_text: rule?.text ?? null,
          reporting_cadences: rule === null ? null : [...rule.cadences],
          reporting_due_days: JSON.stringify(rule?.dueDays ?? {}),
          reporting_recipient_id: recipient.value,
        },
      )
        .returning(DIRECTIVE_COLUMNS)
        .executeTakeFirst()
      if (!updated) {
        return err(
          await DIRECTIVES.missed(trx, { tenantId: this.#tenantId, id: row.id }, expectedVersion),
        )
      }
      const after = toDirective(updated)
      await AUDIT(trx, this.#tenantId, context, 'directive.update', at.value, after)
      return ok(after)
    })
  }

  /**
   * Adds a relation. Both ends are looked up first, under this handle's clearance: a document
   * it cannot see is `DIRECTIVE_NOT_FOUND` at the same path with the same message as an id that
   * names nothing (source first, then target).
   */
  async link(
    relation: NewDirectiveRelation,
    context: ChangeContext,
  ): Promise<Result<DirectiveRelation, DomainError>> {
    if (!isUuid(relation.sourceId) || !isUuid(relation.targetId)) {
      return err(directiveNotFound([isUuid(relation.sourceId) ? 'targetId' : 'sourceId']))
    }
    try {
      return await this.#run(async (trx) => {
        const found = await trx
          .selectFrom('directive')
          .select('id')
          .where('tenant_id', '=', this.#tenantId)
          .where('id', 'in', [relation.sourceId, relation.targetId])
          .execute()
        const seen = new Set(found.map((row) => row.id.toLowerCase()))
        if (!seen.has(relation.sourceId.toLowerCase())) return err(directiveNotFound(['sourceId']))
        if (!seen.has(relation.targetId.toLowerCase())) return err(directiveNotFound(['targetId']))
        const row = await trx
          .insertInto('directive_relation')
          .values({ tenant_id: this.#tenantId, ...relationColumns(relation) })
          .returningAll()
          .executeTakeFirstOrThrow()
        const created = toDirectiveRelation(row)
        await writeAuditEvent(trx, this.#tenantId, context, {
          action: 'directive.link',
          entityType: 'DirectiveRelation',
          entityId: `${created.sourceId}>${created.type}>${created.targetId}`,
          before: null,
          after: created,
        })
        return ok(created)
      })
    } catch (error) {
      return err(linkFailure(error, relation))
    }
  }
}

interface ChainRow {
  depth: number
  source_id: string
  target_id?: string
  type: string
  effective_on: string
  directive_id: string
}

/** A document reached by one of the walks (or the document itself), with its task count. */
type NeighbourRow = Row &
  ChainRow & { direction: 'self' | 'chain' | 'below'; task_count: string | number | null }

function applyFilter(
  query: DirectiveQuery,
  filter: DirectiveFilter | null | undefined,
): DirectiveQuery {
  let q = query
  if (!filter) return q
  if (filter.kind?.length) q = q.where('directive.kind', 'in', filter.kind)
  if (filter.secrecy?.length) q = q.where('directive.secrecy', 'in', filter.secrecy)
  if (filter.issuerId) {
    q = isUuid(filter.issuerId)
      ? q.where('directive.issuer_id', '=', filter.issuerId)
      : q.where(sql<boolean>`false`)
  }
  if (filter.issuedFrom) q = q.where('directive.issued_on', '>=', filter.issuedFrom)
  if (filter.issuedTo) q = q.where('directive.issued_on', '<=', filter.issuedTo)
  for (const pattern of searchPatterns(filter.search)) {
    q = q.where('directive.search_key', 'like', pattern)
  }
  return q
}

function issuerNotFound(code: string): DomainError {
  return domainError(
    'ISSUER_NOT_FOUND',
    {
      en: `No organisation with code ${code} to be the issuer`,
      vi: `Không tìm thấy cơ quan ban hành mang mã ${code}`,
    },
    ['issuerOrganizationCode'],
    code,
  )
}

function reportingRecipientNotFound(code: string): DomainError {
  return domainError(
    'REPORTING_RECIPIENT_NOT_FOUND',
    {
      en: `No organisation with code ${code} to receive the reports`,
      vi: `Không tìm thấy nơi nhận báo cáo mang mã ${code}`,
    },
    ['reportingRule', 'recipientCode'],
    code,
  )
}

function directiveExists(directive: NewDirective): DomainError {
  return domainError(
    'DIRECTIVE_EXISTS',
    {
      en: `Directive ${directive.symbolText} of ${directive.issuerOrganizationCode} issued in ${directive.issuedOn.slice(0, 4)} already exists`,
      vi: `Văn bản ${directive.symbolText} của ${directive.issuerOrganizationCode} ban hành năm ${directive.issuedOn.slice(0, 4)} đã có`,
    },
    ['symbol'],
    directive.symbolText,
  )
}

function secrecyAboveClearance(secrecy: Secrecy, clearance: Secrecy): DomainError {
  return domainError(
    'SECRECY_ABOVE_CLEARANCE',
    {
      en: `A document marked ${SECRECY_LABELS[secrecy].en} (${secrecy}) is above your clearance (${SECRECY_LABELS[clearance].en}): you may record only documents you may read`,
      vi: `Văn bản độ mật ${SECRECY_LABELS[secrecy].vi} cao hơn mức bạn được tiếp cận (${SECRECY_LABELS[clearance].vi}): chỉ được nhập văn bản mình được xem`,
    },
    ['secrecy'],
    secrecy,
  )
}

function linkFailure(error: unknown, relation: NewDirectiveRelation): DomainError {
  const state = sqlState(error)
  if (state === SQLSTATE.UNIQUE_VIOLATION) {
    return domainError(
      'DUPLICATE_RELATION',
      {
        en: `The ${relation.type} relation between these directives already exists`,
        vi: `Quan hệ ${relation.type} giữa hai văn bản này đã có`,
      },
      ['type'],
      relation.type,
    )
  }
  if (state === SQLSTATE.FOREIGN_KEY_VIOLATION) {
    return directiveNotFound([constraintName(error)?.includes('target') ? 'targetId' : 'sourceId'])
  }
  if (state === SQLSTATE.CHECK_VIOLATION) {
    return domainError(
      relation.sourceId === relation.targetId ? 'SELF_RELATION' : 'CYCLE_IN_RELATIONS',
      {
        en:
          relation.sourceId === relation.targetId
            ? 'A directive cannot relate to itself'
            : 'This relation would close a cycle: directives cannot, through any chain, implement themselves',
        vi:
          relation.sourceId === relation.targetId
            ? 'Văn bản không thể có quan hệ với chính nó'
            : 'Quan hệ này tạo thành vòng lặp: một văn bản không thể, qua chuỗi nào, thực hiện chính nó',
      },
      ['targetId'],
    )
  }
  throw error
}

/** Steps below a document, nearest first, then by id: the order `implementedBy` gives. */
function byDepth<R extends ChainRow>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => a.depth - b.depth || a.directive_id.localeCompare(b.directive_id))
}

/** A step of a walk: the document reached, its depth and the relation followed to reach it. */
function chainStep(
  directive: Directive,
  row: ChainRow,
  direction: 'chain' | 'below',
): DirectiveChainStep {
  const relation = Object.freeze({
    sourceId: asId<DirectiveId>(row.source_id),
    targetId: asId<DirectiveId>(direction === 'chain' ? row.directive_id : (row.target_id ?? '')),
    type: row.type as DirectiveRelation['type'],
    effectiveOn: row.effective_on,
  })
  return Object.freeze({ directive, depth: row.depth, relation })
}
