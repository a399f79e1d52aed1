import type {
  ChangeContext,
  OrganizationDissolution,
  OrganizationFilter,
  OrganizationOrder,
  OrganizationPatch,
  OrganizationStore,
} from '@chidao/app'
import {
  asId,
  checkParentLevel,
  type DomainError,
  dissolveOrganization,
  domainError,
  type ErrorPath,
  err,
  isUuid,
  type NewOrganization,
  type Organization,
  type OrganizationId,
  type OrganizationMembership,
  ok,
  organizationCodeKey,
  organizationNotFound,
  type Page,
  type Result,
  type Secrecy,
  successorsOf,
  validateNewOrganization,
  withPathPrefix,
} from '@chidao/domain'
import { type SelectQueryBuilder, sql, type Transaction } from 'kysely'
import { auditTrail } from '../audit/audit-trail.js'
import { groupFor, recordsByIds, rowsForIds, uniqueIds } from '../batch/asked-ids.js'
import { constraintName, SQLSTATE, sqlState } from '../database-error.js'
import { type KeysetOrder, keysetOrder, keysetPage } from '../pagination/keyset-page.js'
import type { ListRequest } from '../pagination/list-request.js'
import { mapPage } from '../pagination/map-page.js'
import type { ChidaoSchema } from '../schema.js'
import { searchPatterns } from '../search/search-terms.js'
import { tenantRows } from '../tenant/tenant-rows.js'
import { type TenantExecutor, type TenantRunner, tenantRunner } from '../tenant/tenant-runner.js'
import { versionedTable } from '../versioning/versioned-table.js'
import { organizationColumns } from './organization-columns.js'
import { ORGANIZATION_COLUMNS, type OrganizationRow, toOrganization } from './organization-row.js'

const AUDIT = auditTrail('Organization')

const ORGANIZATIONS = versionedTable('organization', {
  en: 'organisation',
  vi: 'Tổ chức',
  notFound: () => organizationNotFound(),
})

/** A row as lists read it: with the key that orders by name in Vietnamese. */
type SortedRow = OrganizationRow & { readonly name_sort_key: string }

const ORDERS: Record<OrganizationOrder, KeysetOrder<SortedRow>> = {
  CODE_ASC: order('code', 'code', 'asc'),
  CODE_DESC: order('code-desc', 'code', 'desc'),
  NAME_ASC: order('name', 'name_sort_key', 'asc'),
  NAME_DESC: order('name-desc', 'name_sort_key', 'desc'),
}

function order(
  name: string,
  column: 'code' | 'name_sort_key',
  direction: 'asc' | 'desc',
): KeysetOrder<SortedRow> {
  const sortColumn = `organization.${column}`
  return keysetOrder('organization', { name, sortColumn, direction, sortValue: (r) => r[column] })
}

type OrgQuery = SelectQueryBuilder<ChidaoSchema, 'organization', OrganizationRow>

/**
 * The organisation repository on Kysely, for one tenant. Every call runs in a tenant-fenced
 * transaction (row-level security), and every change writes its audit event in that same
 * transaction.
 */
export class KyselyOrganizationRepository implements OrganizationStore {
  readonly #runner: TenantRunner
  readonly #tenantId: string

  /**
   * @param clearance Organisations have no secrecy; the clearance only has to match a shared
   *   read transaction's, and bounds the tasks an organisation query may join.
   */
  constructor(db: TenantExecutor, tenantId: string, clearance: Secrecy = 'PUBLIC') {
    this.#tenantId = tenantId
    this.#runner = tenantRunner(db, tenantId, clearance)
  }

  #select(trx: Transaction<ChidaoSchema>): OrgQuery {
    return trx
      .selectFrom('organization')
      .select(ORGANIZATION_COLUMNS)
      .where('organization.tenant_id', '=', this.#tenantId)
  }

  async findById(id: OrganizationId): Promise<Organization | null> {
    return (await this.findByIds([id]))[0] ?? null
  }

  findByIds(ids: readonly OrganizationId[]): Promise<readonly (Organization | null)[]> {
    return recordsByIds(
      ids,
      (valid) => this.#runner((trx) => this.#select(trx).where('id', 'in', valid).execute()),
      toOrganization,
    )
  }

  async findByCode(code: string): Promise<Organization | null> {
    const row = await this.#runner((trx) =>
      this.#select(trx).where('code', '=', organizationCodeKey(code)).executeTakeFirst(),
    )
    return row ? toOrganization(row) : null
  }

  async list(
    request: ListRequest<OrganizationFilter, OrganizationOrder>,
  ): Promise<Page<Organization>> {
    const keyset = ORDERS[request.orderBy ?? 'CODE_ASC']
    const page = await this.#runner((trx) => {
      const sorted = applyFilter(this.#select(trx), request.filter).select('name_sort_key')
      return keysetPage(sorted, keyset, request)
    })
    return mapPage(page, toOrganization)
  }

  async create(
    organization: NewOrganization,
    context: ChangeContext,
  ): Promise<Result<Organization, DomainError>> {
    try {
      return await this.#runner(async (trx) => {
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
            ...organizationColumns(organization),
            parent_id: parentId,
          })
          .returning(ORGANIZATION_COLUMNS)
          .executeTakeFirstOrThrow()
        const created = toOrganization(row)
        await AUDIT(trx, this.#tenantId, context, 'organization.create', null, created)
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

  /** The row of an organisation with its parent's code and the day it was recorded. */
  async #loadForChange(trx: Transaction<ChidaoSchema>, id: string) {
    const row = await this.#select(trx)
      .select((eb) => [
        eb
          .selectFrom('organization as p')
          .select('p.code')
          .whereRef('p.tenant_id', '=', 'organization.tenant_id')
          .whereRef('p.id', '=', 'organization.parent_id')
          .as('parent_code'),
        sql<string>`to_char(organization.created_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`.as(
          'recorded_on',
        ),
      ])
      .where('organization.id', '=', id)
      .executeTakeFirst()
    if (!row) return null
    return {
      organization: toOrganization(row),
      parentCode: row.parent_code ?? null,
      recordedOn: row.recorded_on,
    }
  }

  /**
   * Serialises moves within the tenant until the transaction ends: two moves that each pass
   * the cycle check alone (A under B, B under A) could otherwise commit a loop together.
   */
  async #lockTree(trx: Transaction<ChidaoSchema>): Promise<void> {
    await sql`select pg_advisory_xact_lock(hashtext(${`chidao:organization-tree:${this.#tenantId}`}))`.execute(
      trx,
    )
  }

  /**
   * The codes from `parentId` up to `id` when `id` is `parentId` or one of its ancestors
   * (so that putting `id` under `parentId` would close a loop), else `null`. One recursive
   * statement; the walk stops at `id` and, on corrupt data, after 10,000 steps.
   */
  async #pathUpTo(
    trx: Transaction<ChidaoSchema>,
    parentId: string,
    id: string,
  ): Promise<readonly string[] | null> {
    const result = await sql<{ id: string; code: string }>`
      with recursive up (id, code, parent_id, depth) as (
        select o.id, o.code, o.parent_id, 0 from organization o
        where o.tenant_id = ${this.#tenantId} and o.id = ${parentId}
        union all
        select o.id, o.code, o.parent_id, u.depth + 1 from organization o
        join up u on o.id = u.parent_id
        where o.tenant_id = ${this.#tenantId} and u.id <> ${id} and u.depth < 10000
      )
      select id, code from up order by depth`.execute(trx)
    const rows = result.rows
    const at = rows.findIndex((r) => r.id === id)
    return at < 0 ? null : Object.freeze(rows.slice(0, at + 1).map((r) => r.code))
  }

  async update(
    id: OrganizationId,
    patch: OrganizationPatch,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<Organization, DomainError>> {
    if (!isUuid(id)) return err(organizationNotFound())
    try {
      return await this.#runner(async (trx) => {
        const loaded = await this.#loadForChange(trx, id.toLowerCase())
        const at = ORGANIZATIONS.atVersion(loaded?.organization, expectedVersion)
        if (!loaded || !at.ok) return at // without a row, `at` is the not-found error
        const { organization: current, parentCode: currentParentCode } = loaded
        const keep = <K extends keyof OrganizationPatch>(key: K, value: unknown) =>
          patch[key] === undefined ? value : patch[key]
        // The whole organisation as it would be, checked as a new one is; the district rule
        // is judged on the day the record was made, as the database's check judges it.
        const checked = validateNewOrganization(
          {
            code: current.code,
            name: keep('name', current.name) as string,
            shortName: keep('shortName', current.shortName) as string | null,
            kind: keep('kind', current.kind) as string,
            level: keep('level', current.level) as string,
            parentCode: keep('parentCode', currentParentCode) as string | null,
            foundedOn: keep('foundedOn', current.foundedOn) as string | null,
            partyTerm: keep('partyTerm', current.partyTerm) as number | null,
          },
          { today: loaded.recordedOn },
        )
        if (!checked.ok) return checked
        const next = checked.value
        if (
          current.dissolvedOn !== null &&
          next.foundedOn !== null &&
          next.foundedOn > current.dissolvedOn
        ) {
          return err(foundedAfterDissolved(current, next.foundedOn))
        }
        let parentId = current.parentId as string | null
        if (next.parentCode !== currentParentCode) {
          await this.#lockTree(trx)
          if (next.parentCode === null) parentId = null
          else {
            const parent = await this.#select(trx)
              .where('code', '=', next.parentCode)
              .executeTakeFirst()
            if (!parent) return err(parentNotFound(next.parentCode))
            const loop = await this.#pathUpTo(trx, parent.id, current.id)
            if (loop !== null) return err(cycleInHierarchy(current.code, parent.code, loop))
            parentId = parent.id
          }
        }
        if (parentId !== null) {
          const parent = await this.#select(trx).where('id', '=', parentId).executeTakeFirst()
          if (!parent) return err(parentNotFound(next.parentCode ?? ''))
          const level = checkParentLevel(next, parent as Pick<Organization, 'code' | 'level'>)
          if (!level.ok) {
            return err(
              next.parentCode === currentParentCode
                ? withPath(level.error, ['level'])
                : level.error,
            )
          }
        }
        if (next.level !== current.level) {
          const children = await this.#select(trx)
            .where('parent_id', '=', current.id)
            .orderBy('code')
            .execute()
          for (const child of children) {
            const fits = checkParentLevel(
              child as Pick<Organization, 'code' | 'level'>,
              next as Pick<Organization, 'code' | 'level'>,
            )
            if (!fits.ok) return err(childAboveLevel(next, child))
          }
        }
        const row = await ORGANIZATIONS.update(trx, current, expectedVersion, {
          ...organizationColumns(next),
          parent_id: parentId,
        })
          .returning(ORGANIZATION_COLUMNS)
          .executeTakeFirst()
        if (!row) return err(await ORGANIZATIONS.missed(trx, current, expectedVersion))
        const updated = toOrganization(row)
        const action = parentId === current.parentId ? 'organization.update' : 'organization.move'
        await AUDIT(trx, this.#tenantId, context, action, current, updated)
        return ok(updated)
      })
    } catch (error) {
      if (sqlState(error) === SQLSTATE.CHECK_VIOLATION) {
        return err(
          domainError(
            'VALIDATION',
            {
              en: `The database refused the change (${constraintName(error) ?? 'a check'})`,
              vi: `Cơ sở dữ liệu từ chối thay đổi (${constraintName(error) ?? 'ràng buộc'})`,
            },
            [],
          ),
        )
      }
      throw error
    }
  }

  async dissolve(
    id: OrganizationId,
    dissolution: OrganizationDissolution,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<Organization, DomainError>> {
    if (!isUuid(id)) return err(organizationNotFound())
    return this.#runner(async (trx) => {
      const current = await this.#select(trx).where('id', '=', id.toLowerCase()).executeTakeFirst()
      const at = ORGANIZATIONS.atVersion(current && toOrganization(current), expectedVersion)
      if (!at.ok) return at
      const organization = at.value
      const codes = dissolution.successorCodes ?? null
      const single = dissolution.successorCode?.trim() ?? ''
      if (codes !== null && single !== '') return err(successorGivenTwice())
      let successor: Organization | readonly Organization[] | null = null
      if (codes !== null) {
        const found: Organization[] = []
        for (const [i, code] of codes.entries()) {
          const row = await this.#select(trx)
            .where('code', '=', organizationCodeKey(code))
            .executeTakeFirst()
          if (!row) return err(withPath(successorNotFound(code), ['successorCodes', i]))
          found.push(toOrganization(row))
        }
        successor = found
      } else if (single !== '') {
        const row = await this.#select(trx)
          .where('code', '=', organizationCodeKey(single))
          .executeTakeFirst()
        if (!row) return err(successorNotFound(single))
        successor = toOrganization(row)
      }
      const dissolved = dissolveOrganization(organization, dissolution.on, successor)
      if (!dissolved.ok) {
        // The domain names the stored fields; the caller gave `on` and the successors' codes.
        const path = dissolved.error.path.map((part) =>
          part === 'dissolvedOn'
            ? 'on'
            : part === 'successorId'
              ? 'successorCode'
              : part === 'successorIds'
                ? 'successorCodes'
                : part,
        )
        return err(withPath(dissolved.error, path))
      }
      const row = await ORGANIZATIONS.update(trx, organization, expectedVersion, {
        dissolved_on: dissolved.value.dissolvedOn,
        successor_id: dissolved.value.successorId,
        successor_ids:
          successorsOf(dissolved.value).length > 1 ? [...successorsOf(dissolved.value)] : [],
      })
        .returning(ORGANIZATION_COLUMNS)
        .executeTakeFirst()
      if (!row) return err(await ORGANIZATIONS.missed(trx, organization, expectedVersion))
      const after = toOrganization(row)
      await AUDIT(trx, this.#tenantId, context, 'organization.dissolve', organization, after)
      return ok(after)
    })
  }

  async ancestorsOf(id: OrganizationId): Promise<readonly Organization[]> {
    const [ancestors] = await this.ancestorsOfMany([id])
    return ancestors ?? Object.freeze([])
  }

  /**
   * The ancestors of many organisations at once, nearest first, in the order asked (empty
   * where none): one recursive statement however many are asked, for batched loading.
   */
  async ancestorsOfMany(
    ids: readonly OrganizationId[],
  ): Promise<readonly (readonly Organization[])[]> {
    const valid = uniqueIds(ids)
    if (valid.length === 0) return ids.map(() => Object.freeze([]))
    const rows = await this.#runner(async (trx) => {
      const result = await sql<OrganizationRow & { start_id: string }>`
        with recursive up (start_id, id, depth) as (
          select o.id, o.parent_id, 1 from organization o
          where o.tenant_id = ${this.#tenantId} and o.id in (${sql.join(valid)})
            and o.parent_id is not null
          union all
          select u.start_id, o.parent_id, u.depth + 1 from up u
          join organization o on o.tenant_id = ${this.#tenantId} and o.id = u.id
          where o.parent_id is not null and o.parent_id <> u.start_id and u.depth < 10000
        )
        select u.start_id, ${columnsOf('o')} from up u
        join organization o on o.tenant_id = ${this.#tenantId} and o.id = u.id
        order by u.start_id, u.depth`.execute(trx)
      return result.rows
    })
    const byStart = new Map<string, Organization[]>()
    for (const row of rows) {
      const list = byStart.get(row.start_id) ?? []
      list.push(toOrganization(row))
      byStart.set(row.start_id, list)
    }
    return Object.freeze(ids.map((id) => Object.freeze(byStart.get(id.toLowerCase()) ?? [])))
  }

  async membershipsOf(
    ids: readonly OrganizationId[],
  ): Promise<ReadonlyMap<OrganizationId, readonly OrganizationMembership[]>> {
    const rows = await rowsForIds(ids, (valid) =>
      this.#runner((trx) =>
        tenantRows(trx, 'organization_membership', this.#tenantId)
          .where((eb) => eb.or([eb('member_id', 'in', valid), eb('union_id', 'in', valid)]))
          .orderBy('from_on')
          .orderBy('member_id')
          .orderBy('union_id')
          .execute(),
      ),
    )
    const memberships = rows.map(
      (row): OrganizationMembership =>
        Object.freeze({
          memberId: asId<OrganizationId>(row.member_id),
          unionId: asId<OrganizationId>(row.union_id),
          from: row.from_on,
          to: row.to_on,
        }),
    )
    return groupFor(ids, memberships, (m) => [m.memberId, m.unionId])
  }
}

function applyFilter(query: OrgQuery, filter: OrganizationFilter | null | undefined): OrgQuery {
  let q = query
  if (!filter) return q
  if (filter.kind?.length) q = q.where('organization.kind', 'in', filter.kind)
  if (filter.level?.length) q = q.where('organization.level', 'in', filter.level)
  if (filter.parentId) {
    q = isUuid(filter.parentId)
      ? q.where('organization.parent_id', '=', filter.parentId)
      : q.where((eb) => eb.val(false))
  }
  if (filter.rootsOnly) q = q.where('organization.parent_id', 'is', null)
  for (const pattern of searchPatterns(filter.search)) {
    q = q.where('organization.search_key', 'like', pattern)
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

/** The organisation columns of a table alias, for raw statements. */
function columnsOf(alias: string) {
  return sql.join(ORGANIZATION_COLUMNS.map((column) => sql.ref(`${alias}.${column}`)))
}

function withPath(error: DomainError, path: ErrorPath): DomainError {
  return withPathPrefix({ ...error, path: [] }, path)
}

function successorGivenTwice(): DomainError {
  return domainError(
    'SUCCESSOR_GIVEN_TWICE',
    {
      en: 'Give either successorCode (one body) or successorCodes (several), not both',
      vi: 'Chỉ truyền successorCode (một tổ chức kế thừa) hoặc successorCodes (nhiều tổ chức), không truyền cả hai',
    },
    ['successorCodes'],
  )
}

function successorNotFound(code: string): DomainError {
  return domainError(
    'SUCCESSOR_NOT_FOUND',
    {
      en: `No organisation with code ${code} to be the successor`,
      vi: `Không tìm thấy tổ chức kế thừa mang mã ${code}`,
    },
    ['successorCode'],
    code,
  )
}

function cycleInHierarchy(code: string, parentCode: string, loop: readonly string[]): DomainError {
  const chain = [code, ...loop].join(' → ')
  return domainError(
    'CYCLE_IN_HIERARCHY',
    code === parentCode
      ? {
          en: `Organisation ${code} cannot be its own parent`,
          vi: `Tổ chức ${code} không thể là cấp trên của chính nó`,
        }
      : {
          en: `${code} cannot sit under ${parentCode}: ${parentCode} is itself under ${code} (${chain})`,
          vi: `${code} không thể trực thuộc ${parentCode}: ${parentCode} đang trực thuộc ${code} (${chain})`,
        },
    ['parentCode'],
    Object.freeze([code, ...loop]),
  )
}

function childAboveLevel(
  organization: Pick<Organization, 'code' | 'level'>,
  child: Pick<OrganizationRow, 'code' | 'level'>,
): DomainError {
  return domainError(
    'INVALID_PARENT_LEVEL',
    {
      en: `${organization.code} cannot become ${organization.level}: its child ${child.code} is of the higher level ${child.level}`,
      vi: `${organization.code} không thể chuyển thành cấp ${organization.level}: đơn vị trực thuộc ${child.code} thuộc cấp cao hơn (${child.level})`,
    },
    ['level'],
    child.code,
  )
}

function foundedAfterDissolved(organization: Organization, foundedOn: string): DomainError {
  return domainError(
    'DISSOLVED_BEFORE_FOUNDED',
    {
      en: `${organization.code} was dissolved on ${organization.dissolvedOn}; its founding date cannot be ${foundedOn}, after that`,
      vi: `${organization.code} đã giải thể ngày ${organization.dissolvedOn}; ngày thành lập không thể là ${foundedOn}, sau ngày đó`,
    },
    ['foundedOn'],
    foundedOn,
  )
}
