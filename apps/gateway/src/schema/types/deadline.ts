import {
  DEADLINE_KIND_LABELS,
  DEADLINE_KINDS,
  type Deadline,
  type DueDay,
  deadlineWarnings,
  dueDatesBetween,
  RECURRENCE_CADENCE_LABELS,
  RECURRENCE_CADENCES,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { labelField } from '../support/label-field.js'
import { labelledValues } from '../support/labelled-enum.js'
import { shownWarnings, WarningRef } from '../support/warning.js'

export const DeadlineKindEnum = builder.enumType('DeadlineKind', {
  description:
    'How a deadline is written: a day, a month, a quarter, a year, a cadence, ongoing, ' +
    'conditional ("Sau khi có hướng dẫn của Trung ương": no date until one is set), or not ' +
    'understood (UNPARSED: the text kept, no date, with a warning).',
  values: labelledValues(DEADLINE_KINDS, DEADLINE_KIND_LABELS),
})

export const RecurrenceCadenceEnum = builder.enumType('RecurrenceCadence', {
  values: labelledValues(RECURRENCE_CADENCES, RECURRENCE_CADENCE_LABELS),
})

export const DueDayRef = builder.objectRef<DueDay>('DueDay').implement({
  description:
    'The fixed day in each period of a recurring deadline: "trước 30/6 hằng năm" is month 6, ' +
    'day 30; "trước ngày 15 tháng cuối quý" is month 3 (of the quarter), day 15.',
  fields: (t) => ({
    month: t.exposeInt('month', { description: 'Month of the period, from 1 (its first).' }),
    day: t.exposeInt('day', { description: 'Day of that month (the last day in a shorter one).' }),
  }),
})

export const DeadlineRef = builder.objectRef<Deadline>('Deadline').implement({
  description:
    'A deadline as written in the document ("Quý III/2027", "Thường xuyên") and what it means.',
  fields: (t) => ({
    kind: t.expose('kind', { type: DeadlineKindEnum }),
    kindLabel: labelField(t, (d) => DEADLINE_KIND_LABELS[d.kind]),
    due: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The due day (the last day of the month, quarter or year); null for recurring, ongoing, conditional and unparsed.',
      resolve: (d) => d.due,
    }),
    text: t.exposeString('text', { description: 'As written in the document.' }),
    cadence: t.field({
      type: RecurrenceCadenceEnum,
      nullable: true,
      resolve: (d) => (d.kind === 'RECURRING' ? d.cadence : null),
    }),
    dueDay: t.field({
      type: DueDayRef,
      nullable: true,
      description: 'For a recurring deadline with a fixed day in each period, that day.',
      resolve: (d) => (d.kind === 'RECURRING' ? (d.dueDay ?? null) : null),
    }),
    start: t.field({
      type: 'Date',
      nullable: true,
      description: 'For a recurring deadline, a day of its first period (its first day).',
      resolve: (d) => (d.kind === 'RECURRING' ? d.start : null),
    }),
    end: t.field({
      type: 'Date',
      nullable: true,
      description: 'For a recurring deadline with an end, a day of its last period.',
      resolve: (d) => (d.kind === 'RECURRING' ? (d.end ?? null) : null),
    }),
    warnings: t.field({
      type: [WarningRef],
      description:
        'How the text was read, for the person who entered it: the words not understood ' +
        '(UNPARSED), or that a conditional deadline has no date yet.',
      resolve: (d) => shownWarnings(deadlineWarnings(d), []),
    }),
    dueDates: t.field({
      type: ['Date'],
      description:
        'The due day of each period of a recurring deadline (the fixed day of its rule, or the ' +
        "period's last day) between from and to, ascending (at most 400); for a single-date " +
        'deadline its due day if within; none for ongoing, conditional and unparsed ones.',
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'First day, included.' }),
        to: t.arg({
          type: 'Date',
          required: true,
          description: 'Last day, included (at most 400 due days are listed).',
        }),
      },
      resolve: (d, args) => [...dueDatesBetween(d, args.from, args.to)].slice(0, 400),
    }),
  }),
})
