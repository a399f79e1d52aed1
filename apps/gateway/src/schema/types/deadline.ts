import {
  DEADLINE_KIND_LABELS,
  DEADLINE_KINDS,
  type Deadline,
  RECURRENCE_CADENCE_LABELS,
  RECURRENCE_CADENCES,
  recurringDueDates,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { labelledValues } from '../support/labelled-enum.js'
import { LabelRef } from '../support/scalars.js'

export const DeadlineKindEnum = builder.enumType('DeadlineKind', {
  description:
    'How a deadline is written: a day, a month, a quarter, a year, a cadence, or ongoing.',
  values: labelledValues(DEADLINE_KINDS, DEADLINE_KIND_LABELS),
})

export const RecurrenceCadenceEnum = builder.enumType('RecurrenceCadence', {
  values: labelledValues(RECURRENCE_CADENCES, RECURRENCE_CADENCE_LABELS),
})

export const DeadlineRef = builder.objectRef<Deadline>('Deadline').implement({
  description:
    'A deadline as written in the document ("Quý III/2027", "Thường xuyên") and what it means.',
  fields: (t) => ({
    kind: t.expose('kind', { type: DeadlineKindEnum }),
    kindLabel: t.field({ type: LabelRef, resolve: (d) => DEADLINE_KIND_LABELS[d.kind] }),
    due: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The due day (the last day of the month, quarter or year); null for recurring and ongoing.',
      resolve: (d) => d.due,
    }),
    text: t.exposeString('text', { description: 'As written in the document.' }),
    cadence: t.field({
      type: RecurrenceCadenceEnum,
      nullable: true,
      resolve: (d) => (d.kind === 'RECURRING' ? d.cadence : null),
    }),
    dueDates: t.field({
      type: ['Date'],
      description: 'For a recurring deadline, the due day of each period between from and to.',
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'First day, included.' }),
        to: t.arg({
          type: 'Date',
          required: true,
          description: 'Last day, included (at most 400 due days are listed).',
        }),
      },
      resolve: (d, args) =>
        d.kind === 'RECURRING' ? [...recurringDueDates(d, args.from, args.to)].slice(0, 400) : [],
    }),
  }),
})
