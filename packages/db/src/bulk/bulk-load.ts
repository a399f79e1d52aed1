import { randomUUID } from 'node:crypto'
import type { ChangeContext } from '@chidao/app'
import { type Bundle, type BundleTask, bundleDirectiveRef, bundleTaskRef } from '@chidao/domain'
import { sql, type Transaction } from 'kysely'
import { indicatorColumns } from '../assessment/assessment-columns.js'
import { writeAuditEvent } from '../audit/write-audit-event.js'
import {
  beginBundleWrite,
  bundleAssessmentColumns,
  bundleMembershipColumns,
  bundleNewDirective,
  bundleOrganizationColumns,
  bundleRelationColumns,
  bundleReportColumns,
  bundleTaskColumns,
  bundleTaskEventColumns,
} from '../bundle/bundle-columns.js'
import { BundleIdMap } from '../bundle/bundle-id-map.js'
import type { ChidaoDatabase } from '../chidao-database.js'
import { directiveColumns, directiveKeyColumns } from '../directive/directive-columns.js'
import type { ChidaoSchema } from '../schema.js'
import { coordinatorColumns } from '../task/task-columns.js'

type Trx = Transaction<ChidaoSchema>

/** Options of {@link bulkLoadBundle}. */
export interface BulkLoadOptions {
  /** Most rows in one INSERT (default 1,000; fewer when a row has many columns). */
  readonly batchSize?: number
}

/** What a bulk load wrote: rows per table, and how long it took. */
export interface BulkLoadReport {
  readonly tenantId: string
  readonly rows: Readonly<Record<string, number>>
  /** Every row written, all tables together (the audit event included). */
  readonly totalRows: number
  readonly statements: number
  readonly ms: number
}

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000

/**
 * Loads a validated bundle into an EMPTY tenant quickly: one transaction, multi-row INSERTs
 * of up to 1,000 rows each, ids made here rather than returned one by one. It writes the rows
 * {@link importBundle} would write for a new tenant — organisations with their links,
 * memberships, directives, relations, tasks with parents, coordinators, the lifecycle event
 * that leads to each task's status, progress reports with the same idempotency keys, and
 * assessments with their indicators; a task's `secrecy` is set by the database's trigger —
 * with one difference: instead of one audit event per record, a bulk load writes ONE audit
 * event for the whole tenant (`bundle.bulk-load`, with the counts). Use it for seeding,
 * migrations from another system and benchmarks; use `importBundle` to merge a bundle into a
 * tenant that already holds data (it refuses nothing, and updates by natural key).
 *
 * Throws, writing nothing, when the tenant already has an organisation.
 *
 * @example
 * ```ts
 * const parsed = parseBundle(JSON.parse(text))
 * if (parsed.ok) {
 *   const report = await bulkLoadBundle(db, parsed.value, { actor: 'cli:bulk-load' })
 *   console.log(`${report.totalRows} rows in ${report.ms} ms`)
 * }
 * ```
 */
export async function bulkLoadBundle(
  db: ChidaoDatabase,
  bundle: Bundle,
  context: ChangeContext,
  options: BulkLoadOptions = {},
): Promise<BulkLoadReport> {
  const started = performance.now()
  const tenantId = bundle.tenant.id
  const loader = new BulkLoader(tenantId, context, options.batchSize ?? 1_000)
  await db.kysely.transaction().execute(async (trx) => {
    // An operator's tool for an empty tenant: it writes the whole bundle, at every level.
    await beginBundleWrite(trx, bundle, 'TUYET_MAT')
    const existing = await trx
      .selectFrom('organization')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .limit(1)
      .execute()
    if (existing.length > 0) {
      throw new Error(
        `bulk load: tenant ${tenantId} already holds data; use importBundle to merge into it`,
      )
    }
    await loader.load(trx, bundle)
  })
  const rows = loader.rows
  return Object.freeze({
    tenantId,
    rows: Object.freeze({ ...rows }),
    totalRows: Object.values(rows).reduce((a, b) => a + b, 0),
    statements: loader.statements,
    ms: Math.round(performance.now() - started),
  })
}

class BulkLoader {
  readonly #tenantId: string
  readonly #context: ChangeContext
  readonly #batchSize: number
  readonly #ids = new BundleIdMap()
  readonly rows: Record<string, number> = {}
  statements = 0

  constructor(tenantId: string, context: ChangeContext, batchSize: number) {
    this.#tenantId = tenantId
    this.#context = context
    this.#batchSize = Math.max(1, Math.trunc(batchSize))
  }

  /**
   * Inserts rows of the tenant (each given its `tenant_id` here) in batches of at most
   * batchSize rows and MAX_PARAMETERS parameters.
   */
  async #insert<T extends keyof ChidaoSchema & string>(
    trx: Trx,
    table: T,
    rows: readonly Record<string, unknown>[],
  ): Promise<void> {
    if (rows.length === 0) return
    const columns = Object.keys(rows[0]!).length + 1
    const size = Math.max(1, Math.min(this.#batchSize, Math.floor(MAX_PARAMETERS / columns)))
    for (let i = 0; i < rows.length; i += size) {
      const batch = rows.slice(i, i + size).map((row) => ({ tenant_id: this.#tenantId, ...row }))
      // Kysely's typed insert wants the table's insertable shape; the rows are built to it.
      await trx
        .insertInto(table)
        .values(batch as never)
        .execute()
      this.statements++
    }
    this.rows[table] = (this.rows[table] ?? 0) + rows.length
  }

  async load(trx: Trx, bundle: Bundle): Promise<void> {
    await this.#organizations(trx, bundle)
    await this.#directives(trx, bundle)
    await this.#tasks(trx, bundle)
    await this.#assessments(trx, bundle)
    // One audit event for the whole load, in the same transaction.
    await writeAuditEvent(trx, this.#tenantId, this.#context, {
      action: 'bundle.bulk-load',
      entityType: 'Tenant',
      entityId: this.#tenantId,
      before: null,
      after: { rows: this.rows, source: bundle.source },
    })
    this.statements++
    this.rows.audit_event = 1
  }

  /** Organisations with their links, then memberships. */
  async #organizations(trx: Trx, bundle: Bundle): Promise<void> {
    for (const org of bundle.organizations) this.#ids.organizations.set(org.code, randomUUID())
    // Links in the same statement may point forward (a parent later in the list): the
    // organisations go in without them, then one UPDATE per batch sets them.
    await this.#insert(
      trx,
      'organization',
      bundle.organizations.map((org) => ({
        id: this.#ids.organization(org.code),
        code: org.code,
        ...bundleOrganizationColumns(org),
      })),
    )
    const links = bundle.organizations
      .filter((o) => o.parent !== null || o.successor !== null)
      .map(
        (o) =>
          [
            this.#ids.organization(o.code)!,
            this.#ids.organization(o.parent),
            this.#ids.organization(o.successor),
            o.successors.length > 1 ? o.successors.map((c) => this.#ids.organization(c)!) : [],
          ] as const,
      )
    for (let i = 0; i < links.length; i += this.#batchSize) {
      const values = sql.join(
        links
          .slice(i, i + this.#batchSize)
          .map(
            ([id, parent, successor, successors]) =>
              sql`(${id}::uuid, ${parent}::uuid, ${successor}::uuid, ${`{${successors.join(',')}}`}::uuid[])`,
          ),
      )
      await sql`
        update organization o
        set parent_id = v.parent_id, successor_id = v.successor_id, successor_ids = v.successor_ids
        from (values ${values}) as v (id, parent_id, successor_id, successor_ids)
        where o.tenant_id = ${this.#tenantId} and o.id = v.id`.execute(trx)
      this.statements++
    }

    await this.#insert(
      trx,
      'organization_membership',
      bundle.memberships.map((m) => bundleMembershipColumns(m, this.#ids)),
    )
  }

  /** Directives, then the relations between them. */
  async #directives(trx: Trx, bundle: Bundle): Promise<void> {
    await this.#insert(
      trx,
      'directive',
      bundle.directives.map((d) => {
        const id = randomUUID()
        this.#ids.directives.set(bundleDirectiveRef(bundle.directives, d), id)
        const parsed = bundleNewDirective(d)
        return {
          id,
          ...directiveKeyColumns(parsed, this.#ids.organization(d.issuer)!),
          ...directiveColumns(
            parsed,
            d.reportingRule?.recipient ? this.#ids.organization(d.reportingRule.recipient)! : null,
          ),
        }
      }),
    )

    // The acyclic trigger checks each relation against those before it.
    await this.#insert(
      trx,
      'directive_relation',
      bundle.relations.map((r) => bundleRelationColumns(r, this.#ids)),
    )
  }

  /** Tasks with their parents, the events that lead to their statuses, coordinators, reports. */
  async #tasks(trx: Trx, bundle: Bundle): Promise<void> {
    // Parents before their subtasks, so that each batch refers only to rows already written.
    for (const task of bundle.tasks) this.#ids.tasks.set(bundleTaskRef(task), randomUUID())
    const ordered = parentsFirst(bundle.tasks)
    await this.#insert(
      trx,
      'task',
      ordered.map((task) => ({
        id: this.#ids.tasks.get(bundleTaskRef(task))!,
        directive_id: this.#ids.directive(task.directive),
        reference: task.reference,
        parent_id: task.parent === null ? null : (this.#ids.tasks.get(task.parent) ?? null),
        ...bundleTaskColumns(task, this.#ids),
      })),
    )
    await this.#insert(
      trx,
      'task_event',
      bundle.tasks.flatMap((task) =>
        bundleTaskEventColumns(null, task, bundle, this.#context.actor).map((event) => ({
          task_id: this.#ids.tasks.get(bundleTaskRef(task))!,
          ...event,
        })),
      ),
    )
    await this.#insert(
      trx,
      'task_coordinator',
      bundle.tasks.flatMap((task) =>
        coordinatorColumns(task.coordinators.map((code) => this.#ids.organization(code)!)).map(
          (row) => ({ task_id: this.#ids.tasks.get(bundleTaskRef(task))!, ...row }),
        ),
      ),
    )
    await this.#insert(
      trx,
      'progress_report',
      bundle.tasks.flatMap((task) =>
        // The same keys (and owner) as importBundle, so that a later import appends nothing twice.
        bundleReportColumns(task, this.#ids.tasks.get(bundleTaskRef(task))!, this.#ids).map(
          ({ columns }) => ({ id: randomUUID(), ...columns }),
        ),
      ),
    )
  }

  /** Assessments with their indicators and the indicators' periods. */
  async #assessments(trx: Trx, bundle: Bundle): Promise<void> {
    const assessments = bundle.assessments.map((a) => ({
      owner: { assessment_id: randomUUID() },
      assessment: a,
      indicators: indicatorColumns(a.indicators),
    }))
    await this.#insert(
      trx,
      'assessment',
      assessments.map(({ owner, assessment: a }) => ({
        id: owner.assessment_id,
        natural_key: a.key,
        ...bundleAssessmentColumns(a, this.#ids),
      })),
    )
    await this.#insert(
      trx,
      'assessment_indicator',
      assessments.flatMap(({ owner, indicators }) =>
        indicators.indicators.map((row) => ({ ...owner, ...row })),
      ),
    )
    await this.#insert(
      trx,
      'assessment_indicator_period',
      assessments.flatMap(({ owner, indicators }) =>
        indicators.periods.map((row) => ({ ...owner, ...row })),
      ),
    )
  }
}

/** Tasks ordered so that every parent comes before its subtasks (stable otherwise). */
function parentsFirst(tasks: readonly BundleTask[]): BundleTask[] {
  const byRef = new Map(tasks.map((t) => [bundleTaskRef(t), t]))
  const depth = new Map<string, number>()
  const depthOf = (task: BundleTask): number => {
    const ref = bundleTaskRef(task)
    const known = depth.get(ref)
    if (known !== undefined) return known
    depth.set(ref, 0) // a cycle (refused by parseBundle) cannot loop here
    const parent = task.parent === null ? undefined : byRef.get(task.parent)
    const d = parent ? depthOf(parent) + 1 : 0
    depth.set(ref, d)
    return d
  }
  return tasks
    .map((task, index) => ({ task, index, depth: depthOf(task) }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index)
    .map((e) => e.task)
}
