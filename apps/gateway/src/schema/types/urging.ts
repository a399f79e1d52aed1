import {
  publicHolidays,
  type StoredPublicHolidays,
  type StoredUrgingPreferences,
  type StoredUrgingRules,
  urgingPreferences,
  urgingRules,
} from '@chidao/app'
import type { OrganizationId, PublicHoliday } from '@chidao/domain'
import { builder } from '../../builder.js'
import { labelField } from '../support/label-field.js'
import { queryResultOf } from '../support/query-result.js'
import { versionField } from '../support/record-version.js'
import { useCaseContext } from '../support/use-case-call.js'
import { OrganizationNode } from './organization.js'

/** The tenant's urging rules at their version. */
export const UrgingRulesRef = builder.objectRef<StoredUrgingRules>('UrgingRules').implement({
  description:
    'How the tenant urges (đôn đốc): reminders before a due day, repeats while a task or ' +
    'report is late, escalation to the monitoring body and the level above, and the daily ' +
    'digest. Version 0: the tenant has set none, these are the defaults.',
  fields: (t) => ({
    dueSoonDays: t.intList({
      description: 'Days before a due day on which the lead is reminded, earliest first.',
      resolve: (r) => [...r.rules.dueSoonDays],
    }),
    overdueRepeatDays: t.int({
      description: 'After the reminder on the day after the due day, the days between repeats.',
      resolve: (r) => r.rules.overdueRepeatDays,
    }),
    escalateAfterDays: t.int({
      description: 'Days late after which the monitoring body and the lead’s parent are told.',
      resolve: (r) => r.rules.escalateAfterDays,
    }),
    digestTime: t.string({
      description: 'Local time of the daily digest, HH:MM.',
      resolve: (r) => r.rules.digestTime,
    }),
    timeZone: t.string({
      description: 'The IANA time zone days and times are read in (Asia/Ho_Chi_Minh).',
      resolve: (r) => r.rules.timeZone,
    }),
    version: versionField(t),
  }),
})

/** An organisation's urging preferences at their version. */
export const UrgingPreferencesRef = builder
  .objectRef<StoredUrgingPreferences>('UrgingPreferences')
  .implement({
    description:
      'How an organisation receives reminders. Version 0: it has said nothing, these are the ' +
      'defaults (a message per reminder, every day).',
    fields: (t) => ({
      digest: t.boolean({
        description: 'One digest a day instead of a message per reminder.',
        resolve: (p) => p.preferences.digest,
      }),
      quietOnRestDays: t.boolean({
        description:
          'Nothing on weekends and public holidays: a reminder waits for the next working day ' +
          '(one before a due day comes on the working day before).',
        resolve: (p) => p.preferences.quietOnRestDays,
      }),
      version: versionField(t),
    }),
  })

const PublicHolidayRef = builder.objectRef<PublicHoliday>('PublicHoliday').implement({
  description: 'A public holiday (ngày nghỉ lễ, Tết) or a day off in lieu (nghỉ bù).',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date', description: 'The day.' }),
    name: labelField(t, (h) => h.name, 'Its name.'),
  }),
})

/** A year's public holidays as the tenant keeps them. */
export const PublicHolidaysRef = builder
  .objectRef<StoredPublicHolidays>('PublicHolidays')
  .implement({
    description:
      'The public holidays of a year: the tenant’s own list (as the Government’s notice for ' +
      'the year sets them), or else the list shipped with chidao (Labour Code 2019, art. 112).',
    fields: (t) => ({
      year: t.exposeInt('year', { description: 'The year.' }),
      own: t.exposeBoolean('own', {
        description: 'Whether the list is the tenant’s own (false: the shipped list).',
      }),
      holidays: t.field({
        type: [PublicHolidayRef],
        description: 'The days, in order.',
        resolve: (h) => [...h.holidays],
      }),
      version: versionField(t),
    }),
  })

builder.queryFields((t) => ({
  urgingRules: t.field({
    type: UrgingRulesRef,
    description: 'How the tenant urges (đôn đốc): its rules, or the defaults at version 0.',
    resolve: async (_root, _args, context) =>
      queryResultOf(await urgingRules(useCaseContext(context))),
  }),
  publicHolidays: t.field({
    type: PublicHolidaysRef,
    description: 'The public holidays of a year, the days reminders keep quiet on.',
    args: {
      year: t.arg.int({ required: true, description: 'The year, e.g. 2027.' }),
    },
    resolve: async (_root, args, context) =>
      queryResultOf(await publicHolidays(useCaseContext(context), { year: args.year })),
  }),
}))

builder.objectField(OrganizationNode, 'urgingPreferences', (t) =>
  t.loadable({
    type: UrgingPreferencesRef,
    description: 'How this organisation receives reminders (defaults at version 0).',
    load: async (ids: OrganizationId[], context) =>
      queryResultOf(await urgingPreferences(useCaseContext(context), { organizationIds: ids })),
    resolve: (organization) => organization.id,
  }),
)
