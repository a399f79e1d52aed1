import {
  type ChangeContext,
  checkParentLevel,
  type DomainError,
  domainError,
  err,
  isUuid,
  type NewOrganization,
  nfc,
  type Organization,
  type OrganizationFilter,
  type OrganizationId,
  type OrganizationOrder,
  type OrganizationRepository,
  ok,
  type Page,
  type PageRequest,
  type Result,
} from '@chidao/domain'
import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely'
import { writeAuditEvent } from '../audit/write-audit-event.js'
import { constraintName, SQLSTATE, sqlState } from '../database-error.js'
import { type KeysetOrder, keysetPage } from '../pagination/keyset-page.js'
import type { ChidaoSchema } from '../schema.js'
import { searchPatterns } from '../search/search-terms.js'
import { inTenantTransaction } from '../tenant/tenant-transaction.js'
import { organizationKeys } from './organization-keys.js'
import { ORGANIZATION_COLUMNS, type OrganizationRow, toOrganization } from './organization-row.js'

const ORDERS: Record<OrganizationOrder, KeysetOrder<OrganizationRow>> = {
  CODE_ASC: order('code', 'code', 'asc', (r) => r.code),
  CODE_DESC: order('code-desc', 'code', 'desc', (r) => r.code),
  NAME_ASC: order('name', 'name_sort_key', 'asc', (r) => r.name_sort_key),
  NAME_DESC: order('name-desc', 'name_sort_key', 'desc', (r) => r.name_sort_key),
}

function order(
  name: string,
  sortColumn: string,
  direction: 'asc' | 'desc',
  sortValue: (r: OrganizationRow & { name_sort_key: string }) => string,
): KeysetOrder<OrganizationRow> {
  return {
    name,
    sortColumn: `organization.${sortColumn}`,
    idColumn: 'organization.id',
    direction,
    sortValue: sortValue as (r: OrganizationRow) => string,
    idValue: (r) => r.id,
  }
}

type OrgQuery = SelectQueryBuilder<ChidaoSchema, 'organization', OrganizationRow>

/**
 * The organisation repository on Kysely, for one tenant. Every call runs in a tenant-fenced
 * transaction (row-level security), and every change writes its audit event in that same
 * transaction.
 */
export class KyselyOrganizationRepository implements OrganizationRepository {
  readonly #db: Kysely<ChidaoSchema>
  readonly #tenantId: string

  constructor(db: Kysely<ChidaoSchema>, tenantId: string) {
    this.#db = db
    this.#tenantId = tenantId
  }

  #select(trx: Transaction<ChidaoSchema>): OrgQuery {
    return trx
      .selectFrom('organization')
      .select(ORGANIZATION_COLUMNS)
      .where('organization.tenant_id', '=', this.#tenantId)
  }

  async findById(id: OrganizationId): Promise<Organization | null> {
    if (!isUuid(id)) return null
    const row = await inTenantTransaction(this.#db, this.#tenantId, (trx) =>
      this.#select(trx).where('id', '=', id).executeTakeFirst(),
    )
    return row ? toOrganization(row) : null
  }

  async findByIds(ids: readonly OrganizationId[]): Promise<readonly (Organization | null)[]> {
    const valid = [...new Set(ids.filter((id) => isUuid(id)))]
    if (valid.length === 0) return ids.map(() => null)
    const rows = await inTenantTransaction(this.#db, this.#tenantId, (trx) =>
      this.#select(trx).where('id', 'in', valid).execute(),
    )
    const byId = new Map(rows.map((row) => [row.id, toOrganization(row)]))
    return ids.map((id) => byId.get(id) ?? null)
  }

  async findByCode(code: string): Promise<Organization | null> {
    const row = await inTenantTransaction(this.#db, this.#tenantId, (trx) =>
      this.#select(trx)
        .where('code', '=', nfc(code).trim().toLocaleUpperCase('vi'))
        .executeTakeFirst(),
    )
    return row ? toOrganization(row) : null
  }

  async list(
    request: PageRequest & {
      readonly filter?: OrganizationFilter | null
      readonly orderBy?: OrganizationOrder | null
    },
  ): Promise<Page<Organization>> {
    const keyset = ORDERS[request.orderBy ?? 'CODE_ASC']
    const page = await inTenantTransaction(this.#db, this.#tenantId, (trx) => {
      const filtered = applyFilter(
        this.#select(trx).select('name_sort_key'),
        request.filter,
      ) as unknown as OrgQuery
      const count = async () => {
        const row = await applyFilter(
          trx
            .selectFrom('organization')
            .where('organization.tenant_id', '=', this.#tenantId)
            .select((eb) => eb.fn.countAll<number>().as('n')),
          request.filter,
        ).executeTakeFirstOrThrow()
        return Number(row.n)
      }
      return keysetPage(filtered, count, keyset, request)
    })
    return Object.freeze({
      ...page,
      edges: Object.freeze(
        page.edges.map((edge) =>
          Object.freeze({ node: toOrganization(edge.node), cursor: edge.cursor }),
        ),
      ),
    })
  }

  async create(
    organization: NewOrganization,
    context: ChangeContext,
  ): Promise<Result<Organization, DomainError>> {
    try {
      return await inTenantTransaction(this.#db, this.#tenantId, async (trx) => {
        let parentId: string | null = null
        if (organization.parentCode !== null) {
          const parent = await this.#select(trx)
            .where('code', '=', organization.parentCode)
            .executeTakeFirst()
          if (!parent) return err(parentNotFound(organization.parentCode))
          const level = checkParentLevel(
            organization,
            parent as Pick<Organization, 'code' | 'level'>,
          )
          if (!level.ok) return level
          parentId = parent.id
        }
        const row = await trx
          .insertInto('organization')
          .values({
            tenant_id: this.#tenantId,
            code: organization.code,
            name: organization.name,
            short_name: organization.shortName,
            kind: organization.kind,
            level: organization.level,
            parent_id: parentId,
            founded_on: organization.foundedOn,
            party_term: organization.partyTerm,
            ...organizationKeys(organization),
          })
          .returning(ORGANIZATION_COLUMNS)
          .executeTakeFirstOrThrow()
        const created = toOrganization(row)
        await writeAuditEvent(trx, this.#tenantId, context, {
          action: 'organization.create',
          entityType: 'Organization',
          entityId: created.id,
          before: null,
          after: created,
        })
        return ok(created)
      })
    } catch (error) {
      if (sqlState(error) === SQLSTATE.UNIQUE_VIOLATION) return err(codeTaken(organization.code))
      if (
        sqlState(error) === SQLSTATE.FOREIGN_KEY_VIOLATION &&
        constraintName(error)?.includes('parent')
      ) {
        return err(parentNotFound(organization.parentCode ?? ''))
      }
      throw error
    }
  }
}

function applyFilter<O, Q extends SelectQueryBuilder<ChidaoSchema, 'organization', O>>(
  query: Q,
  filter: OrganizationFilter | null | undefined,
): Q {
  let q = query
  if (!filter) return q
  if (filter.kind?.length) q = q.where('organization.kind', 'in', filter.kind) as Q
  if (filter.level?.length) q = q.where('organization.level', 'in', filter.level) as Q
  if (filter.parentId) {
    q = (
      isUuid(filter.parentId)
        ? q.where('organization.parent_id', '=', filter.parentId)
        : q.where((eb) => eb.val(false))
    ) as Q
  }
  if (filter.rootsOnly) q = q.where('organization.parent_id', 'is', null) as Q
  for (const pattern of searchPatterns(filter.search)) {
    q = q.where('organization.search_key', 'like', pattern) as Q
  }
  return q
}

function codeTaken(code: string): DomainError {
  return domainError(
    'ORGANIZATION_CODE_TAKEN',
    {
      en: `An organisation with code ${code} already exists`,
      vi: `Đã có tổ chức mang mã ${code}`,
    },
    ['code'],
    code,
  )
}

function parentNotFound(code: string): DomainError {
  return domainError(
    'PARENT_NOT_FOUND',
    {
      en: `No organisation with code ${code} to be the parent`,
      vi: `Không tìm thấy tổ chức cấp trên mang mã ${code}`,
    },
    ['parentCode'],
    code,
  )
}
