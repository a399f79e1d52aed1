import type {
  AssessmentFilter,
  AssessmentOrder,
  AssessmentStore,
  ChangeContext,
  StoredAssessment,
} from '@chidao/app'
import {
  type AssessmentId,
  asId,
  cleanText,
  type DomainError,
  domainError,
  type ErrorPath,
  err,
  isUuid,
  type NewAssessment,
  ok,
  type Page,
  type Result,
  type Secrecy,
  type TenantId,
} from '@chidao/domain'
import { type SelectQueryBuilder, sql, type Transaction } from 'kysely'
import { auditTrail } from '../audit/audit-trail.js'
import { recordsByIds } from '../batch/asked-ids.js'
import { SQLSTATE, sqlState } from '../database-error.js'
import { type KeysetOrder, keysetOrder, keysetPage } from '../pagination/keyset-page.js'
import type { ListRequest } from '../pagination/list-request.js'
import { mapPage } from '../pagination/map-page.js'
import type { ChidaoSchema } from '../schema.js'
import { seesRow } from '../secrecy/sees-row.js'
import { type TenantExecutor, type TenantRunner, tenantRunner } from '../tenant/tenant-runner.js'
import { assessmentColumns, socialCritiqueJson } from './assessment-columns.js'
import {
  ASSESSMENT_COLUMNS,
  type AssessmentRow,
  assessmentAggregatesSql,
  toAssessment,
} from './assessment-row.js'
import { insertIndicators } from './insert-indicators.js'

const AUDIT = auditTrail('Assessment')

type AssessmentQuery = SelectQueryBuilder<ChidaoSchema, 'assessment', AssessmentRow>

const ORDERS: Record<AssessmentOrder, KeysetOrder<AssessmentRow>> = {
  ASSESSED_ON_DESC: keyset('assessed-desc', 'desc'),
  ASSESSED_ON_ASC: keyset('assessed-asc', 'asc'),
}

function keyset(name: string, direction: 'asc' | 'desc'): KeysetOrder<AssessmentRow> {
  return keysetOrder('assessment', {
    name,
    sortColumn: 'assessment.assessed_on',
    // A date compares as a date: no collation, and the cursor's ISO text reads back exactly.
    sortExpression: sql`assessment.assessed_on`,
    direction,
    sortValue: (row) => row.assessed_on,
  })
}

const MAX_KEY = 200

/**
 * The assessment repository on Kysely, for one tenant at one clearance. Every call runs in a
 * tenant-fenced transaction whose clearance hides, by row-level security, the assessments of
 * directives (and of tasks of directives) above it; every change writes its audit event in that
 * same transaction; every read returns whole assessments, indicators included, in one
 * statement.
 *
 * @example
 * ```ts
 * const assessments = new KyselyAssessmentRepository(db.kysely, tenantId, 'MAT')
 * const page = await assessments.list({ filter: { directiveId }, first: 20 })
 * ```
 */
export class KyselyAssessmentRepository implements AssessmentStore {
  readonly #tx: TenantRunner
  readonly #tenantId: TenantId

  /**
   * @param clearance The highest secrecy this handle sees (PUBLIC unless said).
   */
  constructor(db: TenantExecutor, tenantId: string, clearance: Secrecy = 'PUBLIC') {
    this.#tenantId = asId<TenantId>(tenantId)
    this.#tx = tenantRunner(db, tenantId, clearance)
  }

  #select(trx: Transaction<ChidaoSchema>): AssessmentQuery {
    const { indicators, requestingBodyId } = assessmentAggregatesSql()
    return trx
      .selectFrom('assessment')
      .select(ASSESSMENT_COLUMNS)
      .select([indicators.as('indicators'), requestingBodyId.as('requesting_body_id')])
      .where('assessment.tenant_id', '=', this.#tenantId) as unknown as AssessmentQuery
  }

  async findById(id: AssessmentId): Promise<StoredAssessment | null> {
    return (await this.findByIds([id]))[0] ?? null
  }

  findByIds(ids: readonly AssessmentId[]): Promise<readonly (StoredAssessment | null)[]> {
    return recordsByIds(
      ids,
      (valid) => this.#tx((trx) => this.#select(trx).where('assessment.id', 'in', valid).execute()),
      toAssessment,
    )
  }

  async list(
    request: ListRequest<AssessmentFilter, AssessmentOrder>,
  ): Promise<Page<StoredAssessment>> {
    const order = ORDERS[request.orderBy ?? 'ASSESSED_ON_DESC']
    const page = await this.#tx((trx) =>
      keysetPage(applyFilter(this.#select(trx), request.filter), order, request),
    )
    return mapPage(page, toAssessment)
  }

  async create(
    assessment: NewAssessment & { readonly key?: string | null },
    context: ChangeContext,
  ): Promise<Result<StoredAssessment, DomainError>> {
    const id = globalThis.crypto.randomUUID()
    const key = assessmentKey(assessment, id)
    if (!key.ok) return key
    try {
      return await this.#tx(async (trx) => {
        const refs = await this.#references(trx, assessment)
        if (!refs.ok) return refs
        if (await seesRow(trx, 'assessment', this.#tenantId, { natural_key: key.value })) {
          return err(keyTaken(key.value))
        }
        const critique = assessment.socialCritique
        await trx
          .insertInto('assessment')
          .values({
            tenant_id: this.#tenantId,
            id,
            natural_key: key.value,
            ...assessmentColumns({
              ...assessment,
              socialCritique:
                critique === null
                  ? null
                  : socialCritiqueJson(critique, refs.value.requestingBodyCode),
            }),
          })
          .execute()
        await insertIndicators(trx, this.#tenantId, id, assessment.indicators)
        const created = await this.#select(trx)
          .where('assessment.id', '=', id)
          .executeTakeFirstOrThrow()
        const stored = toAssessment(created)
        await AUDIT(trx, this.#tenantId, context, 'assessment.create', null, stored)
        return ok(stored)
      })
    } catch (error) {
      if (sqlState(error) === SQLSTATE.UNIQUE_VIOLATION) return err(keyTaken(key.value))
      throw error
    }
  }

  /**
   * Checks that every record the assessment names exists in the tenant and is visible at the
   * clearance (a secret directive is "not found", never "forbidden": its existence is not
   * disclosed), and gives the code of the body that requested a critique.
   */
  async #references(
    trx: Transaction<ChidaoSchema>,
    assessment: NewAssessment,
  ): Promise<Result<{ requestingBodyCode: string | null }, DomainError>> {
    const subject = assessment.subject
    const tenantId = this.#tenantId
    if (
      subject.kind === 'DIRECTIVE_IMPLEMENTATION' &&
      !(await seesRow(trx, 'directive', tenantId, { id: subject.directiveId }))
    ) {
      return err(notFound('DIRECTIVE_NOT_FOUND', ['subject', 'directiveId'], subject.directiveId))
    }
    if (
      subject.kind === 'TASK' &&
      !(await seesRow(trx, 'task', tenantId, { id: subject.taskId }))
    ) {
      return err(notFound('TASK_NOT_FOUND', ['subject', 'taskId'], subject.taskId))
    }
    const organizations: [string, ErrorPath][] = [[assessment.assessorId, ['assessorId']]]
    if (subject.kind !== 'TASK') {
      organizations.push([subject.organizationId, ['subject', 'organizationId']])
    }
    const requester = assessment.socialCritique?.requestingBodyId ?? null
    if (requester !== null) organizations.push([requester, ['socialCritique', 'requestingBodyId']])
    const rows = await trx
      .selectFrom('organization')
      .select(['id', 'code'])
      .where('tenant_id', '=', this.#tenantId)
      .where(
        'id',
        'in',
        organizations.map(([id]) => id),
      )
      .execute()
    const codes = new Map(rows.map((row) => [row.id, row.code]))
    for (const [id, path] of organizations) {
      if (!codes.has(id)) return err(notFound('ORGANIZATION_NOT_FOUND', path, id))
    }
    return ok({ requestingBodyCode: requester === null ? null : codes.get(requester)! })
  }
}

function applyFilter(
  query: AssessmentQuery,
  filter: AssessmentFilter | null | undefined,
): AssessmentQuery {
  let q = query
  if (!filter) return q
  // An id that is not a UUID matches nothing (rather than failing in the database).
  const byId = (column: string, id: string | null | undefined) => {
    if (id === null || id === undefined) return
    q = isUuid(id)
      ? q.where(sql.ref(column), '=', id.toLowerCase())
      : q.where((eb) => eb.val(false))
  }
  if (filter.kind?.length) q = q.where('assessment.kind', 'in', filter.kind)
  byId('assessment.subject_directive_id', filter.directiveId)
  byId('assessment.subject_organization_id', filter.organizationId)
  byId('assessment.assessor_id', filter.assessorId)
  byId('assessment.subject_task_id', filter.taskId)
  if (filter.year !== null && filter.year !== undefined) {
    const year = Math.trunc(filter.year)
    q = q
      .where('assessment.period_to', '>=', `${String(year).padStart(4, '0')}-01-01`)
      .where('assessment.period_from', '<=', `${String(year).padStart(4, '0')}-12-31`)
  }
  if (filter.from) q = q.where('assessment.period_to', '>=', filter.from)
  if (filter.to) q = q.where('assessment.period_from', '<=', filter.to)
  return q
}

/** The natural key given (cleaned), or one made from the kind, the day and the new id. */
function assessmentKey(
  assessment: NewAssessment & { readonly key?: string | null },
  id: string,
): Result<string, DomainError> {
  const given = assessment.key == null ? '' : cleanText(assessment.key)
  if (given === '') {
    return ok(
      `${assessment.kind.toLowerCase().replaceAll('_', '-')}-${assessment.assessedOn}-${id}`,
    )
  }
  if (given.length > MAX_KEY) {
    return err(
      domainError(
        'TOO_LONG',
        {
          en: `The assessment key is longer than ${MAX_KEY} characters`,
          vi: `Khóa đánh giá dài quá ${MAX_KEY} ký tự`,
        },
        ['key'],
      ),
    )
  }
  return ok(given)
}

function keyTaken(key: string): DomainError {
  return domainError(
    'ASSESSMENT_KEY_TAKEN',
    {
      en: `An assessment with key ${key} already exists`,
      vi: `Đã có đánh giá mang khóa ${key}`,
    },
    ['key'],
    key,
  )
}

const WHAT: Record<string, { en: string; vi: string }> = {
  DIRECTIVE_NOT_FOUND: { en: 'directive', vi: 'văn bản' },
  TASK_NOT_FOUND: { en: 'task', vi: 'nhiệm vụ' },
  ORGANIZATION_NOT_FOUND: { en: 'organisation', vi: 'tổ chức' },
}

function notFound(code: string, path: ErrorPath, id: string): DomainError {
  const what = WHAT[code]!
  const field = path.join('.')
  return domainError(
    code,
    {
      en: `No ${what.en} with id ${id} (${field})`,
      vi: `Không tìm thấy ${what.vi} có mã định danh ${id} (${field})`,
    },
    path,
    id,
  )
}
