import type { ChangeContext } from '@chidao/app'
import {
  type Bundle,
  type BundleAssessment,
  type BundleDirective,
  type BundleTask,
  bundleDirectiveRef,
  bundleTaskRef,
  type ErrorPath,
  type Secrecy,
} from '@chidao/domain'
import {
  type ExpressionBuilder,
  type Insertable,
  type Selectable,
  sql,
  type Transaction,
  type UpdateObject,
} from 'kysely'
import { insertIndicators } from '../assessment/insert-indicators.js'
import { readIndicators } from '../assessment/read-indicators.js'
import { writeAuditEvent } from '../audit/write-audit-event.js'
import type { ChidaoDatabase } from '../chidao-database.js'
import { directiveColumns, directiveKeyColumns } from '../directive/directive-columns.js'
import type { ChidaoSchema } from '../schema.js'
import { inInstanceOrder } from '../secrecy/secrecy-rank-sql.js'
import type { ProgressReportColumns } from '../task/progress-report-columns.js'
import { IDEMPOTENCY_COLUMNS } from '../task/report-idempotency-key.js'
import { coordinatorColumns } from '../task/task-columns.js'
import { tenantRows } from '../tenant/tenant-rows.js'
import { BundleAboveClearanceError, bundleClearanceErrors } from './bundle-clearance.js'
import {
  beginBundleWrite,
  bundleAssessmentColumns,
  bundleDeadlineInForce,
  bundleMembershipColumns,
  bundleNewDirective,
  bundleOrganizationColumns,
  bundleRelationColumns,
  bundleReportColumns,
  bundleTaskColumns,
  bundleTaskEventColumns,
} from './bundle-columns.js'
import { BundleIdMap } from './bundle-id-map.js'
import { type BundleImportReport, emptyCounts, type ImportCounts } from './bundle-import-report.js'
import { bundleMergeConflict } from './bundle-merge-conflict.js'

type Trx = Transaction<ChidaoSchema>

/**
 * Imports a validated bundle (from `parseBundle`) into its tenant, all or nothing, in one
 * transaction: records are matched by natural key (organisation code; directive symbol + issuer
 * + year; task directive + reference; assessment key) and created or updated; what the bundle
 * does not mention is left alone. Importing the same bundle twice changes nothing the second
 * time. Every change writes its audit event in the same transaction.
 *
 * The import sees and writes only what `options.clearance` allows: the transaction is fenced to
 * the tenant and that clearance as the application role, so row-level security applies to every
 * read and write. A record above the clearance is neither matched nor counted — a bundle record
 * of the same natural key is written as a record of its own level (polyinstantiation, migration
 * 0008), and the report is the one an import into a database without the hidden record gives.
 * Where the importer sees several instances of a key, a bundle directive takes the one at its
 * own level, else (like tasks and assessments) the most secret, then the oldest.
 *
 * With `options.dryRun` the import runs whole and is rolled back: the same report or failure,
 * nothing written.
 *
 * Throws {@link BundleAboveClearanceError}, writing nothing, when the bundle holds a directive
 * marked above the clearance; `BundleMergeConflictError` when a change would bring two
 * instances of one key to the same level. Pass the caller's clearance; only the operator of the
 * deployment (the `chidao import` and `seed` commands, the first start) passes `TUYET_MAT`.
 *
 * @example
 * ```ts
 * const parsed = parseBundle(JSON.parse(text))
 * if (parsed.ok) await importBundle(db, parsed.value, { actor: 'cli:import' }, { clearance: 'TUYET_MAT' })
 * ```
 */
export async function importBundle(
  db: ChidaoDatabase,
  bundle: Bundle,
  context: ChangeContext,
  options: ImportOptions,
): Promise<BundleImportReport> {
  const above = bundleClearanceErrors(bundle, options.clearance)
  if (above.length > 0) throw new BundleAboveClearanceError(above)
  const tenantId = bundle.tenant.id
  let at: ErrorPath = []
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      await beginBundleWrite(trx, bundle, options.clearance)
      const progress = options.onProgress ?? (() => {})
      const importer = new Importer(trx, tenantId, context, progress, (path) => {
        at = path
      })
      progress('organizations', 0, bundle.organizations.length)
      const organizations = await importer.organizations(bundle)
      progress('memberships', 0, bundle.memberships.length)
      const memberships = await importer.memberships(bundle)
      progress('directives', 0, bundle.directives.length)
      const directives = await importer.directives(bundle)
      progress('relations', 0, bundle.relations.length)
      const relations = await importer.relations(bundle)
      progress('tasks', 0, bundle.tasks.length)
      const { tasks, progressReports } = await importer.tasks(bundle)
      progress('assessments', 0, bundle.assessments.length)
      const assessments = await importer.assessments(bundle)
      progress('done', 1, 1)
      const report = Object.freeze({
        tenantId,
        organizations,
        memberships,
        directives,
        relations,
        tasks,
        progressReports,
        assessments,
      })
      // A dry run does all the work, then throws its report to roll the transaction back: the
      // counts and failures are those of the real import, and nothing stays written.
      if (options.dryRun) throw new DryRunRollback(report)
      return report
    })
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report
    throw bundleMergeConflict(error, at) ?? error
  }
}

/** Carries a dry run's report out of the transaction it rolls back. */
class DryRunRollback extends Error {
  override readonly name = 'DryRunRollback'
  readonly report: BundleImportReport

  constructor(report: BundleImportReport) {
    super('dry run: rolled back')
    this.report = report
  }
}

/** JSON with object keys sorted: jsonb gives keys back in its own order, not the writer's. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  )
}

/** Compares two records field by field, objects by their content whatever the key order. */
function differs(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  for (const key of Object.keys(after)) {
    const a = before[key]
    const b = after[key]
    if (typeof a === 'object' || typeof b === 'object') {
      if (canonicalJson(a) !== canonicalJson(b)) return true
    } else if (a !== b && !(a == null && b == null)) {
      return true
    }
  }
  return false
}

function pick<T extends Record<string, unknown>>(row: T, keys: readonly string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k]]))
}

/** Options of {@link importBundle}. */
export interface ImportOptions {
  /**
   * The importer's secrecy clearance: the import sees and writes nothing above it. The
   * caller's own; `TUYET_MAT` only for the operator of the deployment.
   */
  readonly clearance: Secrecy
  /**
   * Called as the import goes: the kind of record being written, how many are done, and how
   * many there are (`done` once at the end), so that a long import can show progress.
   */
  readonly onProgress?: (stage: string, done: number, total: number) => void
  /**
   * Do everything, then roll the transaction back: the report (and any failure) of the real
   * import, with nothing written, not even the audit events.
   */
  readonly dryRun?: boolean
}

/** The tables of the records a bundle holds, matched by natural key. */
type RecordTable = 'organization' | 'directive' | 'task' | 'assessment'

/** The tables of the links between them, matched by all their columns but one. */
type LinkTable = 'organization_membership' | 'directive_relation'

/** What merging a link did; `was`: the changed column's value before. */
type MergedLink =
  | { readonly outcome: 'created' | 'unchanged' }
  | { readonly outcome: 'updated'; readonly was: unknown }

/** How often, in tasks, a long import reports progress. */
const PROGRESS_EVERY = 250

class Importer {
  readonly #trx: Trx
  readonly #tenantId: string
  readonly #context: ChangeContext
  readonly #progress: (stage: string, done: number, total: number) => void
  /** Told the path of each bundle record as it is written, to locate a failure. */
  readonly #at: (path: ErrorPath) => void
  readonly #ids = new BundleIdMap()

  constructor(
    trx: Trx,
    tenantId: string,
    context: ChangeContext,
    progress: (stage: string, done: number, total: number) => void,
    at: (path: ErrorPath) => void,
  ) {
    this.#trx = trx
    this.#tenantId = tenantId
    this.#context = context
    this.#progress = progress
    this.#at = at
  }

  #audit(action: string, entityType: string, entityId: string, before: unknown, after: unknown) {
    return writeAuditEvent(this.#trx, this.#tenantId, this.#context, {
      action,
      entityType,
      entityId,
      before,
      after,
    })
  }

  /** Stores a record the bundle adds; answers its row. */
  async #create<T extends RecordTable>(
    table: T,
    values: Omit<Insertable<ChidaoSchema[T]>, 'tenant_id'>,
  ): Promise<Selectable<ChidaoSchema[T]>> {
    const row = await this.#trx
      .insertInto(table as RecordTable)
      .values({ tenant_id: this.#tenantId, ...values } as never)
      .returningAll()
      .executeTakeFirstOrThrow()
    return row as Selectable<ChidaoSchema[T]>
  }

  /** Rewrites a record the bundle changes, raising its version as every change does. */
  async #rewrite<T extends RecordTable>(
    table: T,
    id: string,
    values: UpdateObject<ChidaoSchema, T>,
  ): Promise<Selectable<ChidaoSchema[T]>> {
    const row = await this.#trx
      .updateTable(table as RecordTable)
      .set({ ...(values as object), version: sql`version + 1`, updated_at: new Date() })
      .where('tenant_id', '=', this.#tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
    return row as Selectable<ChidaoSchema[T]>
  }

  /**
   * Merges a link (a membership, a relation): a row found by its key columns alone, whose one
   * other column the bundle may change. Answers what was done, with that column's stored value
   * when it changed.
   */
  async #mergeLink<T extends LinkTable>(
    table: T,
    key: Partial<Selectable<ChidaoSchema[T]>>,
    column: keyof ChidaoSchema[T] & string,
    value: unknown,
  ): Promise<MergedLink> {
    // Kysely cannot type a statement over a table chosen by a type parameter; the key and the
    // column are typed above.
    const matches = (eb: ExpressionBuilder<ChidaoSchema, LinkTable>) => eb.and(key as never)
    const row: Record<string, unknown> | undefined = await tenantRows(
      this.#trx,
      table as LinkTable,
      this.#tenantId,
    )
      .where(matches)
      .executeTakeFirst()
    if (!row) {
      await this.#trx
        .insertInto(table as LinkTable)
        .values({ tenant_id: this.#tenantId, ...key, [column]: value } as never)
        .execute()
      return { outcome: 'created' }
    }
    if (row[column] === value) return { outcome: 'unchanged' }
    await this.#trx
      .updateTable(table as LinkTable)
      .set({ [column]: value } as never)
      .where('tenant_id', '=', this.#tenantId)
      .where(matches)
      .execute()
    return { outcome: 'updated', was: row[column] }
  }

  async organizations(bundle: Bundle): Promise<ImportCounts> {
    const counts = emptyCounts()
    const existing = await tenantRows(this.#trx, 'organization', this.#tenantId).execute()
    const byCode = new Map(existing.map((row) => [row.code, row]))
    const FIELDS = [
      'name',
      'short_name',
      'kind',
      'level',
      'founded_on',
      'dissolved_on',
      'party_term',
    ]
    const createdNow = new Set<string>()
    // First pass: every organisation exists, links left as they are.
    for (const org of bundle.organizations) {
      const values = bundleOrganizationColumns(org)
      const row = byCode.get(org.code)
      if (!row) {
        const created = await this.#create('organization', { code: org.code, ...values })
        this.#ids.organizations.set(org.code, created.id)
        byCode.set(org.code, created)
        createdNow.add(org.code)
        counts.created++
        await this.#audit(
          'organization.create',
          'Organization',
          created.id,
          null,
          pick(created, ['code', ...FIELDS]),
        )
      } else {
        this.#ids.organizations.set(org.code, row.id)
        if (differs(row, values)) {
          const updated = await this.#rewrite('organization', row.id, values)
          byCode.set(org.code, updated)
          counts.updated++
          await this.#audit(
            'organization.update',
            'Organization',
            row.id,
            pick(row, FIELDS),
            pick(updated, FIELDS),
          )
        } else {
          counts.unchanged++
        }
      }
    }
    for (const row of existing)
      if (!this.#ids.organizations.has(row.code)) this.#ids.organizations.set(row.code, row.id)
    // Second pass: parents and successors, now that every code has an id.
    for (const org of bundle.organizations) {
      const row = byCode.get(org.code)!
      const links = {
        parent_id: this.#ids.organization(org.parent),
        successor_id: this.#ids.organization(org.successor),
        // Several successors are listed whole; one (or none) is successor_id alone.
        successor_ids:
          org.successors.length > 1 ? org.successors.map((c) => this.#ids.organization(c)!) : [],
      }
      if (!differs(row, links)) continue
      await this.#trx
        .updateTable('organization')
        .set({
          ...links,
          // An organisation created by this import is at version 1 with its links.
          ...(createdNow.has(org.code) ? {} : { version: sql`version + 1` }),
          updated_at: new Date(),
        })
        .where('tenant_id', '=', this.#tenantId)
        .where('id', '=', row.id)
        .execute()
      await this.#audit(
        'organization.link',
        'Organization',
        row.id,
        pick(row, ['parent_id', 'successor_id', 'successor_ids']),
        links,
      )
    }
    return counts
  }

  async memberships(bundle: Bundle): Promise<ImportCounts> {
    const counts = emptyCounts()
    for (const m of bundle.memberships) {
      const { to_on, ...key } = bundleMembershipColumns(m, this.#ids)
      const merged = await this.#mergeLink('organization_membership', key, 'to_on', to_on)
      counts[merged.outcome]++
      const entityId = `${m.member}>${m.union}@${m.from}`
      if (merged.outcome === 'created') {
        await this.#audit('membership.create', 'OrganizationMembership', entityId, null, m)
      } else if (merged.outcome === 'updated') {
        const before = { to: merged.was }
        await this.#audit('membership.update', 'OrganizationMembership', entityId, before, {
          to: m.to,
        })
      }
    }
    return counts
  }

  async directives(bundle: Bundle): Promise<ImportCounts> {
    const counts = emptyCounts()
    const FIELDS = [
      'kind',
      'issuer_term',
      'issued_on',
      'title',
      'secrecy',
      'urgency',
      'sections',
      'reporting_rule_text',
      'reporting_cadences',
      'reporting_due_days',
      'reporting_recipient_id',
    ]
    for (const [index, directive] of bundle.directives.entries()) {
      this.#at(['directives', index])
      const issuerId = this.#ids.organization(directive.issuer)!
      const parsed = bundleNewDirective(directive)
      const key = directiveKeyColumns(parsed, issuerId)
      const recipient = directive.reportingRule?.recipient ?? null
      const values = directiveColumns(
        parsed,
        recipient === null ? null : this.#ids.organization(recipient)!,
      )
      // Among the visible instances of the key: the one at the bundle's level, else the most
      // secret, then the oldest.
      const instances = tenantRows(this.#trx, 'directive', this.#tenantId)
        .where('symbol_text', '=', directive.symbol)
        .where('issuer_id', '=', issuerId)
        .where('issued_year', '=', key.issued_year)
        .orderBy(sql`secrecy = ${directive.secrecy}`, 'desc')
      const row = await inInstanceOrder(instances, 'directive').limit(1).executeTakeFirst()
      const ref = bundleDirectiveRef(bundle.directives, directive)
      const comparable = {
        ...key,
        ...values,
        sections: directive.sections,
        reporting_due_days: directive.reportingRule?.dueDays ?? {},
      }
      if (!row) {
        const created = await this.#create('directive', { ...key, ...values })
        this.#ids.directives.set(ref, created.id)
        counts.created++
        await this.#audit(
          'directive.create',
          'Directive',
          created.id,
          null,
          directiveAudit(directive),
        )
      } else {
        this.#ids.directives.set(ref, row.id)
        if (differs(row, comparable)) {
          await this.#rewrite('directive', row.id, values)
          counts.updated++
          await this.#audit(
            'directive.update',
            'Directive',
            row.id,
            pick(row, FIELDS),
            directiveAudit(directive),
          )
        } else {
          counts.unchanged++
        }
      }
    }
    return counts
  }

  async relations(bundle: Bundle): Promise<ImportCounts> {
    const counts = emptyCounts()
    for (const [index, relation] of bundle.relations.entries()) {
      this.#at(['relations', index])
      const { effective_on, ...key } = bundleRelationColumns(relation, this.#ids)
      const merged = await this.#mergeLink('directive_relation', key, 'effective_on', effective_on)
      counts[merged.outcome]++
      const entityId = `${key.source_id}>${relation.type}>${key.target_id}`
      if (merged.outcome === 'created') {
        await this.#audit('directive.link', 'DirectiveRelation', entityId, null, relation)
      } else if (merged.outcome === 'updated') {
        const before = { effectiveOn: merged.was }
        await this.#audit('directive.relink', 'DirectiveRelation', entityId, before, relation)
      }
    }
    return counts
  }

  async tasks(bundle: Bundle): Promise<{ tasks: ImportCounts; progressReports: ImportCounts }> {
    const counts = emptyCounts()
    const reports = emptyCounts()
    const FIELDS = [
      'title',
      'description',
      'lead_id',
      'monitor_id',
      'deadline',
      'deadline_kind',
      'deadline_due',
      'reporting_cadence',
      'reporting_recipient_id',
      'status',
      'completed_on',
    ]
    for (const [index, task] of bundle.tasks.entries()) {
      this.#at(['tasks', index])
      const directiveId = this.#ids.directive(task.directive)
      const values = bundleTaskColumns(task, this.#ids)
      // The stored deadline reads back as the domain value, not as the JSON text written.
      const comparable = { ...values, deadline: bundleDeadlineInForce(task) }
      const instances = tenantRows(this.#trx, 'task', this.#tenantId)
        .where('directive_id', '=', directiveId)
        .where('reference', '=', task.reference)
      const row = await inInstanceOrder(instances, 'task').limit(1).executeTakeFirst()
      let id: string
      if (!row) {
        const created = await this.#create('task', {
          directive_id: directiveId,
          reference: task.reference,
          ...values,
        })
        id = created.id
        counts.created++
        await this.#audit('task.create', 'Task', id, null, task)
        await this.#events(id, null, task, bundle)
      } else {
        id = row.id
        if (differs(row, comparable)) {
          await this.#rewrite('task', id, values)
          counts.updated++
          await this.#audit('task.update', 'Task', id, pick(row, FIELDS), task)
          await this.#events(id, row.status, task, bundle)
        } else {
          counts.unchanged++
        }
      }
      this.#ids.tasks.set(bundleTaskRef(task), id)
      if (this.#ids.tasks.size % PROGRESS_EVERY === 0) {
        this.#progress('tasks', this.#ids.tasks.size, bundle.tasks.length)
      }
      await this.#coordinators(id, task.coordinators)
      const added = await this.#progressReports(id, task, !row)
      reports.created += added
      reports.unchanged += task.progressReports.length - added
    }
    // Parents last: a subtask may come before the task it cascades from.
    for (const [index, task] of bundle.tasks.entries()) {
      this.#at(['tasks', index, 'parent'])
      const id = this.#ids.tasks.get(bundleTaskRef(task))!
      const parentId = task.parent === null ? null : (this.#ids.tasks.get(task.parent) ?? null)
      const { numUpdatedRows } = await this.#trx
        .updateTable('task')
        .set({ parent_id: parentId })
        .where('tenant_id', '=', this.#tenantId)
        .where('id', '=', id)
        .where(sql<boolean>`parent_id is distinct from ${parentId}`)
        .executeTakeFirst()
      if (numUpdatedRows > 0n) {
        await this.#audit('task.cascade', 'Task', id, null, { parent: task.parent })
      }
    }
    return { tasks: counts, progressReports: reports }
  }

  /**
   * Records a status the bundle sets as the lifecycle event that leads to it, so that a task's
   * history reads the same whether it changed through the API or through an import, and the
   * deadline extensions the task does not have yet (the bundle lists them all, oldest first).
   */
  async #events(taskId: string, from: string | null, task: BundleTask, bundle: Bundle) {
    const known =
      from === null || task.extensions.length === 0
        ? 0
        : Number(
            (
              await this.#trx
                .selectFrom('task_event')
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .where('tenant_id', '=', this.#tenantId)
                .where('task_id', '=', taskId)
                .where('type', '=', 'DEADLINE_EXTENDED')
                .executeTakeFirstOrThrow()
            ).n,
          )
    const events = bundleTaskEventColumns(from, task, bundle, this.#context.actor, known)
    if (events.length === 0) return
    await this.#trx
      .insertInto('task_event')
      .values(events.map((event) => ({ tenant_id: this.#tenantId, task_id: taskId, ...event })))
      .execute()
    for (const extension of task.extensions.slice(known)) {
      await this.#audit('task.deadline_extended', 'Task', taskId, null, extension)
    }
  }

  async #coordinators(taskId: string, codes: readonly string[]) {
    const wanted = codes.map((code) => this.#ids.organization(code)!)
    const current = await this.#trx
      .selectFrom('task_coordinator')
      .select(['organization_id'])
      .where('tenant_id', '=', this.#tenantId)
      .where('task_id', '=', taskId)
      .orderBy('position')
      .execute()
    if (JSON.stringify(current.map((c) => c.organization_id)) === JSON.stringify(wanted)) return
    await this.#trx
      .deleteFrom('task_coordinator')
      .where('tenant_id', '=', this.#tenantId)
      .where('task_id', '=', taskId)
      .execute()
    if (wanted.length > 0) {
      await this.#trx
        .insertInto('task_coordinator')
        .values(
          coordinatorColumns(wanted).map((row) => ({
            tenant_id: this.#tenantId,
            task_id: taskId,
            ...row,
          })),
        )
        .execute()
    }
    await this.#audit(
      'task.coordinators',
      'Task',
      taskId,
      current.map((c) => c.organization_id),
      codes,
    )
  }

  /**
   * Appends the reports not yet stored; returns how many. Reports are never changed.
   *
   * A report's key comes from the bundle (`bundle:<task ref>:<day>:<organisation>:<n>`), so a
   * re-import appends nothing. Keys are unique per task and owner (migration 0007): a report
   * of another instance of the same task ref, under a document of the same symbol at a level
   * the importer cannot see, is another task's and never meets this one's key.
   */
  async #progressReports(taskId: string, task: BundleTask, isNew: boolean): Promise<number> {
    if (task.progressReports.length === 0) return 0
    const stored = isNew ? new Set<string | null>() : await this.#reportKeys(taskId)
    let added = 0
    for (const { report, columns } of bundleReportColumns(task, taskId, this.#ids)) {
      if (stored.has(columns.idempotency_key)) continue
      const inserted = await this.#insertReport(columns)
      if (inserted) {
        added++
        await this.#audit('progress.report', 'ProgressReport', inserted.id, null, report)
      }
    }
    return added
  }

  /** The idempotency keys of a task's stored reports. */
  async #reportKeys(taskId: string): Promise<Set<string | null>> {
    const rows = await this.#trx
      .selectFrom('progress_report')
      .select('idempotency_key')
      .where('tenant_id', '=', this.#tenantId)
      .where('task_id', '=', taskId)
      .execute()
    return new Set(rows.map((row) => row.idempotency_key))
  }

  /**
   * Inserts a report under its key; `undefined` when the key is already taken. The keys of
   * bundles are their own, whoever imports: a re-import by anyone finds them, and no caller's
   * key can meet them.
   */
  #insertReport(columns: ProgressReportColumns) {
    return this.#trx
      .insertInto('progress_report')
      .values({ tenant_id: this.#tenantId, ...columns })
      .onConflict((oc) =>
        oc.columns(IDEMPOTENCY_COLUMNS).where('idempotency_key', 'is not', null).doNothing(),
      )
      .returning(['id'])
      .executeTakeFirst()
  }

  async assessments(bundle: Bundle): Promise<ImportCounts> {
    const counts = emptyCounts()
    for (const [index, assessment] of bundle.assessments.entries()) {
      this.#at(['assessments', index])
      const values = bundleAssessmentColumns(assessment, this.#ids)
      const instances = tenantRows(this.#trx, 'assessment', this.#tenantId)
      const row = await inInstanceOrder(
        instances.where('natural_key', '=', assessment.key),
        'assessment',
      )
        .limit(1)
        .executeTakeFirst()
      const comparable = {
        ...values,
        findings: assessment.findings,
        social_critique:
          values.social_critique === null ? null : JSON.parse(values.social_critique),
        score: values.score === null ? null : Number(values.score).toFixed(2),
      }
      let id: string
      if (!row) {
        const created = await this.#create('assessment', { natural_key: assessment.key, ...values })
        id = created.id
        counts.created++
        await this.#audit('assessment.create', 'Assessment', id, null, assessment)
      } else {
        id = row.id
        const indicatorsChanged = await this.#indicatorsDiffer(id, assessment)
        if (!differs(row, comparable) && !indicatorsChanged) {
          counts.unchanged++
          continue
        }
        await this.#rewrite('assessment', id, values)
        await this.#trx
          .deleteFrom('assessment_indicator')
          .where('tenant_id', '=', this.#tenantId)
          .where('assessment_id', '=', id)
          .execute()
        counts.updated++
        await this.#audit(
          'assessment.update',
          'Assessment',
          id,
          pick(row, Object.keys(values)),
          assessment,
        )
      }
      await insertIndicators(this.#trx, this.#tenantId, id, assessment.indicators)
    }
    return counts
  }

  async #indicatorsDiffer(id: string, assessment: BundleAssessment): Promise<boolean> {
    const stored = await readIndicators(this.#trx, this.#tenantId, [id])
    return canonicalJson(stored.get(id) ?? []) !== canonicalJson(assessment.indicators)
  }
}

function directiveAudit(d: BundleDirective) {
  return {
    symbol: d.symbol,
    issuer: d.issuer,
    issuedOn: d.issuedOn,
    title: d.title,
    secrecy: d.secrecy,
  }
}
