import { setPublicHolidays, setUrgingPreferences, setUrgingRules } from '@chidao/app'
import { builder } from '../../builder.js'
import { lookUpIdOf } from '../support/global-id.js'
import { recordPayload } from '../support/record-payload.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { OrganizationNode } from '../types/organization.js'
import { PublicHolidaysRef, UrgingPreferencesRef, UrgingRulesRef } from '../types/urging.js'

const VERSION_READ =
  'The version read (0 when the defaults were read); a stale one fails with CONFLICT.'

writeMutation('setUrgingRules', {
  description:
    'Sets how the tenant urges (ADMIN): a rule not given keeps its value. Fails with ' +
    'ValidationError (INVALID_URGING_RULES, naming the field), ConflictError (CONFLICT), ' +
    'ForbiddenError or UnauthenticatedError.',
  action: 'urging.manage',
  input: {
    fields: (t) => ({
      version: t.int({ description: VERSION_READ }),
      dueSoonDays: t.intList({
        required: false,
        description: 'Days before a due day on which the lead is reminded, e.g. [7, 1].',
      }),
      overdueRepeatDays: t.int({
        required: false,
        description: 'Days between reminders while a task or report stays late.',
      }),
      escalateAfterDays: t.int({
        required: false,
        description: 'Days late after which the monitoring body and the lead’s parent are told.',
      }),
      digestTime: t.string({ required: false, description: 'Local time of the digest, HH:MM.' }),
      timeZone: t.string({ required: false, description: 'An IANA time zone.' }),
    }),
  },
  run: (input, context) =>
    setUrgingRules(useCaseContext(context), {
      version: input.version,
      ...(input.dueSoonDays != null ? { dueSoonDays: input.dueSoonDays } : {}),
      ...(input.overdueRepeatDays != null ? { overdueRepeatDays: input.overdueRepeatDays } : {}),
      ...(input.escalateAfterDays != null ? { escalateAfterDays: input.escalateAfterDays } : {}),
      ...(input.digestTime != null ? { digestTime: input.digestTime } : {}),
      ...(input.timeZone != null ? { timeZone: input.timeZone } : {}),
    }),
  payload: recordPayload('The rules as set, at their new version.', 'urgingRules', UrgingRulesRef),
})

writeMutation('setUrgingPreferences', {
  description:
    'Sets how an organisation receives reminders (EDITOR of a subtree holding it, ADMIN any): ' +
    'a preference not given keeps its value. Fails with ValidationError (VALIDATION), ' +
    'NotFoundError (ORGANIZATION_NOT_FOUND), ConflictError (CONFLICT), ForbiddenError or ' +
    'UnauthenticatedError.',
  action: 'urging.preferences',
  input: {
    fields: (t) => ({
      organizationId: t.id({ required: false, description: 'The organisation, by global ID.' }),
      organizationCode: t.string({
        required: false,
        description: 'The same organisation by its code; not with organizationId.',
      }),
      version: t.int({ description: VERSION_READ }),
      digest: t.boolean({ required: false, description: 'One digest a day.' }),
      quietOnRestDays: t.boolean({
        required: false,
        description: 'Nothing on weekends and public holidays.',
      }),
    }),
  },
  run: (input, context) =>
    setUrgingPreferences(useCaseContext(context), {
      organizationId: lookUpIdOf(input.organizationId, 'Organization'),
      organizationCode: input.organizationCode ?? null,
      version: input.version,
      ...(input.digest != null ? { digest: input.digest } : {}),
      ...(input.quietOnRestDays != null ? { quietOnRestDays: input.quietOnRestDays } : {}),
    }),
  payload: {
    description: 'The organisation and its preferences as set.',
    fields: (t) => ({
      organization: t.field({ type: OrganizationNode, resolve: (p) => p.organizationId }),
      urgingPreferences: t.field({ type: UrgingPreferencesRef, resolve: (p) => p }),
    }),
  },
})

const PublicHolidayInput = builder.inputType('PublicHolidayInput', {
  description: 'A public holiday or day off in lieu of a year.',
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'The day.' }),
    nameVi: t.string({ description: 'Its name in Vietnamese.' }),
    nameEn: t.string({ description: 'Its name in English.' }),
  }),
})

writeMutation('setPublicHolidays', {
  description:
    'Replaces the tenant’s public holidays of a year (ADMIN), as the Government’s notice for ' +
    'the year sets them; an empty list goes back to the shipped one. Fails with ValidationError ' +
    '(INVALID_PUBLIC_HOLIDAYS, naming the entry), ConflictError (CONFLICT), ForbiddenError or ' +
    'UnauthenticatedError.',
  action: 'urging.manage',
  input: {
    fields: (t) => ({
      year: t.int({ description: 'The year the list is for.' }),
      version: t.int({ description: VERSION_READ }),
      holidays: t.field({
        type: [PublicHolidayInput],
        description: 'Every holiday of the year, in any order.',
      }),
    }),
  },
  run: (input, context) =>
    setPublicHolidays(useCaseContext(context), {
      year: input.year,
      version: input.version,
      holidays: input.holidays.map((h) => ({ date: h.date, name: { vi: h.nameVi, en: h.nameEn } })),
    }),
  payload: recordPayload('The year’s holidays as set.', 'publicHolidays', PublicHolidaysRef),
})
