/**
 * Every argument of every mutation that names another record, with how the matrix aims it at a
 * record the caller may not see and at one that does not exist. The matrix test walks the
 * schema and fails when an argument is missing here: a new argument that names a record gets
 * its cells by being listed.
 */
import { encodeGlobalID } from '@pothos/plugin-relay'
import type { MatrixFixture } from './policy-matrix-cases.js'
import { MUTATION_CASES } from './policy-matrix-cases.js'

/**
 * - `task`, `directive`, `report`: may be hidden (above the caller's clearance) — compared with absent;
 * - `organization`, `organization code`: organisations are not secret — an absent one must be
 *   refused or named as not found, never accepted;
 * - `natural key`, `assessment key`, `idempotency key`: a key taken by a hidden record must be
 *   answered as a free one;
 * - `static`: names chidao's own data (a rating rule set), not a record of the tenant.
 */
export type ReferenceKind =
  | 'task'
  | 'directive'
  | 'report'
  | 'organization'
  | 'organization code'
  | 'natural key'
  | 'assessment key'
  | 'idempotency key'
  | 'urging channel'
  | 'reminder delivery'
  | 'static'

export interface Reference {
  readonly kind: ReferenceKind
  /** Whether the argument is a list (the value is put in a list of one). */
  readonly list: boolean
  /** A valid input of the mutation, aimed at public records. */
  base(fx: MatrixFixture, n: number): Promise<Record<string, unknown>>
  /** The value naming nothing, and the value naming a record hidden from a PUBLIC caller. */
  values(fx: MatrixFixture, n: number): Promise<{ absent: unknown; hidden?: unknown }>
}

const NOBODY = '00000000-0000-4000-8000-000000000000'

/** The input of a mutation case, aimed at public records. */
function caseInput(field: string, label?: string) {
  const found = MUTATION_CASES.find((m) => m.field === field && m.label === label)
  if (!found) throw new Error(`no matrix case for ${field}`)
  return (fx: MatrixFixture, n: number) => found.input(fx, 'PUBLIC', n)
}

function task(field: string, extra: (fx: MatrixFixture) => Record<string, unknown> = () => ({})) {
  return {
    kind: 'task' as const,
    list: false,
    base: async (fx: MatrixFixture, n: number) => ({
      ...(await caseInput(field)(fx, n)),
      ...extra(fx),
    }),
    values: async (fx: MatrixFixture) => ({
      absent: encodeGlobalID('Task', NOBODY),
      hidden: fx.task.MAT,
    }),
  }
}

function directive(field: string) {
  return {
    kind: 'directive' as const,
    list: false,
    base: caseInput(field),
    values: async (fx: MatrixFixture) => ({
      absent: encodeGlobalID('Directive', NOBODY),
      hidden: fx.directive.MAT,
    }),
  }
}

function organization(
  field: string,
  options: { list?: boolean; extra?: (fx: MatrixFixture) => Record<string, unknown> } = {},
) {
  return {
    kind: 'organization' as const,
    list: options.list ?? false,
    base: async (fx: MatrixFixture, n: number) => ({
      ...(await caseInput(field)(fx, n)),
      ...options.extra?.(fx),
    }),
    values: async () => ({ absent: encodeGlobalID('Organization', NOBODY) }),
  }
}

function organizationCode(
  field: string,
  options: { list?: boolean; extra?: () => Record<string, unknown> } = {},
) {
  return {
    kind: 'organization code' as const,
    list: options.list ?? false,
    base: async (fx: MatrixFixture, n: number) => ({
      ...(await caseInput(field)(fx, n)),
      ...options.extra?.(),
    }),
    values: async () => ({ absent: 'KHONG-CO-TO-CHUC-NAY' }),
  }
}

/** A reporting rule in words, for the inputs that name its recipient. */
const reportingRule = () => ({ reportingRule: { text: 'Báo cáo định kỳ 6 tháng, năm' } })

/** A key taken by a report on the MẬT task, filed by an ADMIN cleared for it; and a free one. */
async function keyOfHiddenReport(fx: MatrixFixture, n: number) {
  const key = `khoa-bao-cao-${n}`
  await fx.mutate(
    'reportProgress',
    { taskId: fx.task.MAT, narrative: 'Báo cáo mật', idempotencyKey: key },
    '',
  )
  return { absent: `khoa-moi-${n}`, hidden: key }
}

/** An idempotency key of a report: one taken by a report on the MẬT task must read as free. */
function idempotencyKey(field: string): Reference {
  return {
    kind: 'idempotency key',
    list: false,
    base: caseInput(field),
    values: (fx, n) => keyOfHiddenReport(fx, n),
  }
}

/**
 * The organisations a task names — its lead, coordinators, monitor and the recipient of its
 * reporting duty — as both createTask and updateTask take them.
 */
function taskOrganizations(field: 'createTask' | 'updateTask'): Record<string, Reference> {
  return {
    [`${field}.input.leadId`]: organization(field),
    [`${field}.input.coordinatorIds`]: organization(field, { list: true }),
    [`${field}.input.monitorId`]: organization(field),
    [`${field}.input.reportingDuty.recipientId`]: organization(field, {
      extra: () => ({ reportingDuty: { cadence: 'QUARTERLY' } }),
    }),
  }
}

const transitions = [
  'startTask',
  'pauseTask',
  'resumeTask',
  'completeTask',
  'cancelTask',
  'reopenTask',
]

export const REFERENCES: Readonly<Record<string, Reference>> = {
  'cascadeTask.input.taskId': task('cascadeTask'),
  'cascadeTask.input.directiveId': { ...directive('cascadeTask') },
  'cascadeTask.input.leadIds': organization('cascadeTask', { list: true }),
  'createDirective.input.issuerCode': organizationCode('createDirective'),
  'createDirective.input.symbol': {
    kind: 'natural key',
    list: false,
    base: caseInput('createDirective'),
    values: async (fx, n) => {
      // The symbol of a MẬT document of the same issuer and year, made by a cleared ADMIN.
      const taken = `${n}/KH-SKHCN`
      await fx.mutate(
        'createDirective',
        { ...(await caseInput('createDirective')(fx, n)), symbol: taken, secrecy: 'MAT' },
        '',
      )
      return { absent: `${n + 500_000}/KH-SKHCN`, hidden: taken }
    },
  },
  'createDirective.input.reportingRule.recipientCode': organizationCode('createDirective', {
    extra: reportingRule,
  }),
  'setDirectiveReportingRule.input.directiveId': directive('setDirectiveReportingRule'),
  'setDirectiveReportingRule.input.reportingRule.recipientCode': organizationCode(
    'setDirectiveReportingRule',
    { extra: reportingRule },
  ),
  'createOrganization.input.parentCode': organizationCode('createOrganization'),
  'createTask.input.directiveId': directive('createTask'),
  ...taskOrganizations('createTask'),
  'createTask.input.parentId': task('createTask'),
  'dissolveOrganization.input.id': organization('dissolveOrganization'),
  'dissolveOrganization.input.successorCode': organizationCode('dissolveOrganization'),
  'dissolveOrganization.input.successorCodes': organizationCode('dissolveOrganization', {
    list: true,
  }),
  'setUrgingPreferences.input.organizationId': organization('setUrgingPreferences'),
  'setUrgingPreferences.input.organizationCode': {
    ...organizationCode('setUrgingPreferences'),
    base: async (fx: MatrixFixture, n: number) => {
      const { organizationId: _id, ...input } = await caseInput('setUrgingPreferences')(fx, n)
      return input
    },
  },
  'addUrgingChannel.input.organizationId': organization('addUrgingChannel'),
  'addUrgingChannel.input.organizationCode': {
    ...organizationCode('addUrgingChannel'),
    base: async (fx: MatrixFixture, n: number) => {
      const { organizationId: _id, ...input } = await caseInput('addUrgingChannel')(fx, n)
      return { ...input, organizationCode: 'SKHCN' }
    },
  },
  // Channels carry no secrecy: an absent one is named, to the caller who may manage it.
  'removeUrgingChannel.input.id': {
    kind: 'urging channel',
    list: false,
    base: caseInput('removeUrgingChannel'),
    values: async () => ({ absent: encodeGlobalID('UrgingChannel', NOBODY) }),
  },
  'resendReminderDelivery.input.id': {
    kind: 'reminder delivery',
    list: false,
    base: caseInput('resendReminderDelivery'),
    values: async (fx) => ({
      absent: encodeGlobalID('ReminderDelivery', NOBODY),
      hidden: fx.delivery.MAT,
    }),
  },
  'linkDirectives.input.sourceId': directive('linkDirectives'),
  'linkDirectives.input.targetId': directive('linkDirectives'),
  'recordAssessment.input.assessorId': organization('recordAssessment'),
  'recordAssessment.input.subject.directiveId': directive('recordAssessment'),
  'recordAssessment.input.subject.organizationId': organization('recordAssessment'),
  'recordAssessment.input.subject.taskId': task('recordAssessment', () => ({
    subject: { kind: 'TASK' },
  })),
  'recordAssessment.input.socialCritique.requestingBodyId': organization('recordAssessment', {
    extra: () => ({
      kind: 'SOCIAL_CRITIQUE',
      socialCritique: { subjectTitle: 'Dự thảo', form: 'COUNCIL', heldOn: '2026-01-10' },
    }),
  }),
  'recordAssessment.input.key': {
    kind: 'assessment key',
    list: false,
    base: caseInput('recordAssessment'),
    values: async (fx, n) => {
      // A key taken by an assessment of the MẬT document, made by an ADMIN cleared for it.
      const key = `khoa-mat-${n}`
      await fx.mutate(
        'recordAssessment',
        {
          ...(await caseInput('recordAssessment')(fx, n)),
          key,
          subject: {
            kind: 'DIRECTIVE_IMPLEMENTATION',
            directiveId: fx.directive.MAT,
            organizationId: fx.org.SKHCN,
          },
        },
        '',
      )
      return { absent: `khoa-trong-${n}`, hidden: key }
    },
  },
  'recordAssessment.input.ratingRulesId': {
    kind: 'static',
    list: false,
    base: caseInput('recordAssessment'),
    values: async () => ({ absent: 'khong-co' }),
  },
  'reportProgress.input.taskId': task('reportProgress'),
  'reportProgress.input.organizationId': organization('reportProgress'),
  'reportProgress.input.idempotencyKey': idempotencyKey('reportProgress'),
  'correctProgressReport.input.reportId': {
    kind: 'report',
    list: false,
    base: caseInput('correctProgressReport'),
    values: async (fx) => ({
      absent: encodeGlobalID('ProgressReport', NOBODY),
      hidden: fx.report.MAT,
    }),
  },
  'correctProgressReport.input.idempotencyKey': idempotencyKey('correctProgressReport'),
  'updateOrganization.input.id': organization('updateOrganization'),
  'updateOrganization.input.parentCode': organizationCode('updateOrganization'),
  'updateTask.input.id': task('updateTask'),
  ...taskOrganizations('updateTask'),
  ...Object.fromEntries(transitions.map((t) => [`${t}.input.id`, task(t)])),
  'extendTaskDeadline.input.taskId': task('extendTaskDeadline'),
  'reassignTaskLead.input.taskId': task('reassignTaskLead'),
  'requestDeadlineExtension.input.taskId': task('requestDeadlineExtension'),
  'declineDeadlineExtension.input.taskId': task('declineDeadlineExtension'),
  'reassignTaskLead.input.leadOrganizationId': organization('reassignTaskLead'),
}
