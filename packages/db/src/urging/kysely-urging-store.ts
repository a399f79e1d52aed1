import type {
  ChangeContext,
  StoredPublicHolidays,
  StoredUrgingPreferences,
  StoredUrgingRules,
  UrgingStore,
} from '@chidao/app'
import {
  asId,
  DEFAULT_URGING_PREFERENCES,
  DEFAULT_URGING_RULES,
  type DomainError,
  defaultPublicHolidays,
  domainError,
  err,
  isUuid,
  type OrganizationId,
  ok,
  organizationNotFound,
  type PublicHoliday,
  type Result,
  type Secrecy,
  type UrgingPreferences,
  type UrgingRules,
} from '@chidao/domain'
import { type Selectable, sql, type Transaction } from 'kysely'
import { writeAuditEvent } from '../audit/write-audit-event.js'
import { rowsForIds } from '../batch/asked-ids.js'
import type { ChidaoSchema, UrgingPreferenceTable } from '../schema.js'
import { type TenantExecutor, type TenantRunner, tenantRunner } from '../tenant/tenant-runner.js'

type Trx = Transaction<ChidaoSchema>

/**
 * How a tenant urges, in the tables `urging_rules`, `urging_preference` and `public_holidays`
 * (row-level security fences them by tenant). Each write is at the version read — 0 when
 * nothing was set — and is audited with the rows before and after.
 */
export class KyselyUrgingStore implements UrgingStore {
  readonly #tenantId: string
  readonly #runner: TenantRunner

  constructor(executor: TenantExecutor, tenantId: string, clearance: Secrecy) {
    this.#tenantId = tenantId
    this.#runner = tenantRunner(executor, tenantId, clearance)
  }

  rules(): Promise<StoredUrgingRules> {
    return this.#runner((trx) => this.#rules(trx))
  }

  async preferences(
    organizationIds: readonly OrganizationId[],
  ): Promise<StoredUrgingPreferences[]> {
    const rows = await rowsForIds(organizationIds, (ids) =>
      this.#runner((trx) =>
        trx
          .selectFrom('urging_preference')
          .select(['organization_id', 'digest', 'quiet_on_rest_days', 'version'])
          .where('organization_id', 'in', ids)
          .execute(),
      ),
    )
    const byId = new Map(rows.map((r) => [r.organization_id, r]))
    return organizationIds.map((id) => {
      const row = isUuid(id) ? byId.get(id.toLowerCase()) : undefined
      return storedPreferences(row ? asId<OrganizationId>(row.organization_id) : id, row)
    })
  }

  publicHolidays(year: number): Promise<StoredPublicHolidays> {
    return this.#runner((trx) => this.#holidays(trx, year))
  }

  setRules(
    rules: UrgingRules,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<StoredUrgingRules, DomainError>> {
    return this.#runner(async (trx) => {
      const before = await this.#rules(trx)
      const columns = {
        due_soon_days: [...rules.dueSoonDays],
        overdue_repeat_days: rules.overdueRepeatDays,
        escalate_after_days: rules.escalateAfterDays,
        digest_time: rules.digestTime,
        time_zone: rules.timeZone,
      }
      const version = await this.#writeAtVersion(trx, 'urging_rules', {}, columns, expectedVersion)
      if (version === undefined)
        return err(conflict('urging rules', 'Quy tắc đôn đốc', expectedVersion, before.version))
      const after = { rules, version }
      await this.#audit(
        trx,
        context,
        'urging.rules.set',
        'urging_rules',
        this.#tenantId,
        before,
        after,
      )
      return ok(after)
    })
  }

  setPreferences(
    organizationId: OrganizationId,
    preferences: UrgingPreferences,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<StoredUrgingPreferences, DomainError>> {
    if (!isUuid(organizationId))
      return Promise.resolve(err(organizationNotFound(['organizationId'])))
    const id = organizationId.toLowerCase()
    return this.#runner(async (trx) => {
      const organization = await trx
        .selectFrom('organization')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()
      if (!organization) return err(organizationNotFound(['organizationId']))
      const row = await this.#preferenceRow(trx, id)
      const before = row ? storedPreferences(asId<OrganizationId>(id), row) : null
      const columns = {
        digest: preferences.digest,
        quiet_on_rest_days: preferences.quietOnRestDays,
      }
      const version = await this.#writeAtVersion(
        trx,
        'urging_preference',
        { organization_id: id },
        columns,
        expectedVersion,
      )
      if (version === undefined)
        return err(
          conflict(
            'urging preferences',
            'Cách nhận nhắc việc',
            expectedVersion,
            before?.version ?? 0,
          ),
        )
      const after = { organizationId: asId<OrganizationId>(id), preferences, version }
      await this.#audit(trx, context, 'urging.preferences.set', 'organization', id, before, after)
      return ok(after)
    })
  }

  setPublicHolidays(
    year: number,
    holidays: readonly PublicHoliday[],
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<StoredPublicHolidays, DomainError>> {
    return this.#runner(async (trx) => {
      const before = await this.#holidays(trx, year)
      const days = JSON.stringify(
        holidays.map((h) => ({ date: h.date, vi: h.name.vi, en: h.name.en })),
      )
      const version = await this.#writeAtVersion(
        trx,
        'public_holidays',
        { year },
        { days },
        expectedVersion,
      )
      if (version === undefined)
        return err(
          conflict('public holidays', 'Danh sách ngày nghỉ lễ', expectedVersion, before.version),
        )
      // An empty list is kept as the year's (so its version goes on), and reads as the shipped one.
      const after = await this.#holidays(trx, year)
      await this.#audit(
        trx,
        context,
        'urging.holidays.set',
        'public_holidays',
        String(year),
        before,
        after,
      )
      return ok(after)
    })
  }

  async #rules(trx: Trx): Promise<StoredUrgingRules> {
    const row = await trx
      .selectFrom('urging_rules')
      .select([
        'due_soon_days',
        'overdue_repeat_days',
        'escalate_after_days',
        'digest_time',
        'time_zone',
        'version',
      ])
      .executeTakeFirst()
    if (!row) return { rules: DEFAULT_URGING_RULES, version: 0 }
    return {
      rules: Object.freeze({
        dueSoonDays: Object.freeze([...row.due_soon_days]),
        overdueRepeatDays: row.overdue_repeat_days,
        escalateAfterDays: row.escalate_after_days,
        digestTime: row.digest_time,
        timeZone: row.time_zone,
      }),
      version: row.version,
    }
  }

  /**
   * Writes one setting at the version read and answers the version it now has, or `undefined`
   * when another write came first: the first write (version 0) inserts the row unless one was
   * inserted meanwhile; a later one updates the row only while it is still at that version.
   * `key` names the row within the tenant: nothing for the rules, the organisation, the year.
   */
  async #writeAtVersion(
    trx: Trx,
    table: 'urging_rules' | 'urging_preference' | 'public_holidays',
    key: Readonly<Record<string, string | number>>,
    columns: Readonly<Record<string, unknown>>,
    expectedVersion: number,
  ): Promise<number | undefined> {
    const written =
      expectedVersion === 0
        ? await trx
            .insertInto(table)
            .values({ tenant_id: this.#tenantId, ...key, ...columns } as never)
            .onConflict((oc) => oc.columns(['tenant_id', ...Object.keys(key)] as never).doNothing())
            .returning('version')
            .executeTakeFirst()
        : await trx
            .updateTable(table)
            .set({ ...columns, version: sql`version + 1`, updated_at: new Date() } as never)
            .where((eb) => eb.and({ ...key, version: expectedVersion } as never))
            .returning('version')
            .executeTakeFirst()
    return written?.version
  }

  #preferenceRow(trx: Trx, id: string): Promise<PreferenceRow | undefined> {
    return trx
      .selectFrom('urging_preference')
      .select(['digest', 'quiet_on_rest_days', 'version'])
      .where('organization_id', '=', id)
      .executeTakeFirst()
  }

  async #holidays(trx: Trx, year: number): Promise<StoredPublicHolidays> {
    const row = await trx
      .selectFrom('public_holidays')
      .select(['days', 'version'])
      .where('year', '=', year)
      .executeTakeFirst()
    const own = row !== undefined && row.days.length > 0
    const holidays = own
      ? row.days.map((d) =>
          Object.freeze({ date: d.date, name: Object.freeze({ vi: d.vi, en: d.en }) }),
        )
      : defaultPublicHolidays(year)
    return { year, holidays, own, version: row?.version ?? 0 }
  }

  #audit(
    trx: Trx,
    context: ChangeContext,
    action: string,
    entityType: string,
    entityId: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return writeAuditEvent(trx, this.#tenantId, context, {
      action,
      entityType,
      entityId,
      before,
      after,
    })
  }
}

/** What an `urging_preference` row says of one organisation. */
type PreferenceRow = Pick<
  Selectable<UrgingPreferenceTable>,
  'digest' | 'quiet_on_rest_days' | 'version'
>

/** An organisation's preferences from its row, or the defaults at version 0 without one. */
function storedPreferences(
  organizationId: OrganizationId,
  row: PreferenceRow | undefined,
): StoredUrgingPreferences {
  return row
    ? {
        organizationId,
        preferences: { digest: row.digest, quietOnRestDays: row.quiet_on_rest_days },
        version: row.version,
      }
    : { organizationId, preferences: DEFAULT_URGING_PREFERENCES, version: 0 }
}

function conflict(en: string, vi: string, expected: number, current: number): DomainError {
  return domainError(
    'CONFLICT',
    {
      en: `The ${en} were changed meanwhile: they are at version ${current}, not ${expected}; reload them and try again`,
      vi: `${vi} đã được cập nhật trong lúc đó: phiên bản hiện tại là ${current}, không phải ${expected}; hãy tải lại và thử lại`,
    },
    ['version'],
    current,
  )
}
