/**
 * The mutations of the authorisation matrix: for each, a valid input aimed at a record of a
 * given secrecy, and the question the written policy (`@chidao/app`) answers for it. The
 * matrix test posts each input as each caller and compares the answer with the policy's.
 */
import {
  type Action,
  type Caller,
  type Decision,
  mayAdvanceTask,
  mayCascadeTask,
  mayCorrectProgressReport,
  mayCreateDirective,
  mayImportBundle,
  mayLinkDirectives,
  mayManageOrganizations,
  mayManageTask,
  mayManageUrging,
  mayManageUrgingChannels,
  mayMarkRemindersRead,
  mayRecordAssessment,
  mayReportProgress,
  mayRequestExtension,
  mayResendReminderDelivery,
  maySetUrgingPreferences,
  mayUpdateDirective,
  type OrganizationTree,
  type TaskFacts,
} from '@chidao/app'
import type { Secrecy } from '@chidao/domain'

/** The records the matrix aims at, made once per backend (global ids). */
export interface MatrixFixture {
  /** The task II.6 of 06-CTr/TU (PUBLIC) and its twin in a document marked MẬT. */
  readonly task: Record<'PUBLIC' | 'MAT', string>
  /** 06-CTr/TU and the MẬT document, both issued by BTV-TU. */
  readonly directive: Record<'PUBLIC' | 'MAT', string>
  /** A report SKHCN filed on each task (ids of ProgressReport), for corrections. */
  readonly report: Record<'PUBLIC' | 'MAT', string>
  /** 93-KL/TW: a public target for links. */
  readonly conclusion: string
  /** Organisation ids by code. */
  readonly org: Readonly<Record<string, string>>
  /** A reminder for SKHCN about each task (its key), for marking read. */
  readonly reminder: Record<'PUBLIC' | 'MAT', string>
  /** A DEAD delivery of each reminder's message (ids of ReminderDelivery), for resending. */
  readonly delivery: Record<'PUBLIC' | 'MAT', string>
  /** Puts a delivery back to DEAD after a cell sent it again. */
  killDelivery(secrecy: Secrecy): Promise<void>
  /** An organisation made for the matrix to update and dissolve. */
  readonly spareOrganization: string
  /** Runs a query as an ADMIN cleared for everything and gives its data. */
  read(query: string, variables?: Record<string, unknown>): Promise<any>
  /** The current version of a task, organisation or document, read as an ADMIN. */
  version(id: string): Promise<number>
  /** Runs a mutation as an ADMIN cleared for everything; fails the test if it fails. */
  mutate(field: string, input: Record<string, unknown>, select: string): Promise<any>
}

/** The task the matrix aims at, as the policy sees it (both secrecies alike but the mark). */
export function taskFactsOf(secrecy: Secrecy): TaskFacts {
  return {
    directive: { issuerCode: 'BTV-TU', secrecy },
    leadCode: 'SKHCN',
    coordinatorCodes: ['LHH', 'SNV'],
    monitorCode: null,
    recipientCode: null,
  }
}

/** One mutation of the matrix. */
export interface MutationCase {
  /** The field of Mutation. */
  readonly field: string
  /** A label when a field is tried in more than one way. */
  readonly label?: string
  /** The action of the policy, whose least role the gateway checks first. */
  readonly action: Action
  /** Whether the secrecy of the cell is that of a record the input names (hidden above the clearance). */
  readonly aimsAtSecret: boolean
  /** A valid input; `n` makes keys unique between cells. */
  input(fx: MatrixFixture, secrecy: Secrecy, n: number): Promise<Record<string, unknown>>
  /** What the policy answers for this caller. */
  decide(caller: Caller, secrecy: Secrecy, tree: OrganizationTree): Promise<Decision>
  /**
   * Whether the record the input names is answered as absent to this caller although the
   * policy lets it act: a reminder outside the caller's inbox (its organisation's subtree).
   */
  absentFor?(caller: Caller, tree: OrganizationTree): Promise<boolean>
  /** Puts back what an allowed cell changed, so that every cell asks the same question. */
  undo?(fx: MatrixFixture, secrecy: Secrecy): Promise<void>
}

const lifecycle = (field: string, extra: Record<string, unknown> = {}): MutationCase => ({
  field,
  action: field === 'startTask' || field === 'completeTask' ? 'task.advance' : 'task.manage',
  aimsAtSecret: true,
  input: async (fx, secrecy) => ({
    id: fx.task[secrecy as 'PUBLIC'],
    version: await fx.version(fx.task[secrecy as 'PUBLIC']),
    ...extra,
  }),
  decide: (caller, secrecy, tree) =>
    field === 'startTask' || field === 'completeTask'
      ? mayAdvanceTask(caller, taskFactsOf(secrecy), tree)
      : mayManageTask(caller, [taskFactsOf(secrecy)], tree),
})

/** The policy's question for a change that moves the task's lead to STC: the task before and after. */
const mayMoveLeadToStc: MutationCase['decide'] = (caller, secrecy, tree) =>
  mayManageTask(caller, [taskFactsOf(secrecy), { ...taskFactsOf(secrecy), leadCode: 'STC' }], tree)

/** Gives the task back to SKHCN after a cell moved its lead, so that the next asks the same. */
const leadBackToSkhcn: NonNullable<MutationCase['undo']> = async (fx, secrecy) => {
  const id = fx.task[secrecy as 'PUBLIC']
  await fx.mutate('updateTask', { id, version: await fx.version(id), leadId: fx.org.SKHCN }, '')
}

/** The organisation a report defaults to: the caller's own when on the task, else the lead. */
function defaultReporter(caller: Caller): string {
  const own = caller.organizationCode
  return own && ['SKHCN', 'LHH', 'SNV'].includes(own) ? own : 'SKHCN'
}

/** A report filed in the name of another organisation than the caller's own. */
function reportInNameOf(code: string, why: string): MutationCase {
  return {
    field: 'reportProgress',
    action: 'progress.report',
    label: `in the name of ${code} (${why})`,
    aimsAtSecret: true,
    input: async (fx, secrecy, n) => ({
      taskId: fx.task[secrecy as 'PUBLIC'],
      organizationId: fx.org[code],
      narrative: `Báo cáo thay ${code} ${n}`,
    }),
    decide: (caller, secrecy, tree) => mayReportProgress(caller, taskFactsOf(secrecy), code, tree),
  }
}

export const MUTATION_CASES: readonly MutationCase[] = [
  {
    field: 'reportProgress',
    action: 'progress.report',
    aimsAtSecret: true,
    input: async (fx, secrecy, n) => ({
      taskId: fx.task[secrecy as 'PUBLIC'],
      percent: 40,
      narrative: `Báo cáo ${n}`,
    }),
    decide: (caller, secrecy, tree) =>
      mayReportProgress(caller, taskFactsOf(secrecy), defaultReporter(caller), tree),
  },
  reportInNameOf('LHH', 'a coordinator'),
  reportInNameOf('STC', 'not on the task'),
  {
    field: 'correctProgressReport',
    action: 'progress.correct',
    aimsAtSecret: true,
    input: async (fx, secrecy, n) => ({
      reportId: fx.report[secrecy as 'PUBLIC'],
      reason: `Đính chính ${n}`,
      percent: 30,
    }),
    decide: (caller, _secrecy, tree) => mayCorrectProgressReport(caller, 'SKHCN', tree),
  },
  {
    field: 'updateTask',
    action: 'task.manage',
    aimsAtSecret: true,
    input: async (fx, secrecy, n) => ({
      id: fx.task[secrecy as 'PUBLIC'],
      version: await fx.version(fx.task[secrecy as 'PUBLIC']),
      description: `Mô tả ${n}`,
    }),
    decide: (caller, secrecy, tree) => mayManageTask(caller, [taskFactsOf(secrecy)], tree),
  },
  {
    field: 'updateTask',
    action: 'task.manage',
    label: 'moving the lead to STC',
    aimsAtSecret: true,
    input: async (fx, secrecy) => ({
      id: fx.task[secrecy as 'PUBLIC'],
      version: await fx.version(fx.task[secrecy as 'PUBLIC']),
      leadId: fx.org.STC,
      coordinatorIds: [fx.org.LHH, fx.org.SNV],
    }),
    decide: mayMoveLeadToStc,
    undo: leadBackToSkhcn,
  },
  {
    field: 'extendTaskDeadline',
    action: 'task.manage',
    aimsAtSecret: true,
    input: async (fx, secrecy) => ({
      taskId: fx.task[secrecy as 'PUBLIC'],
      expectedVersion: await fx.version(fx.task[secrecy as 'PUBLIC']),
      deadline: '31/12/2027',
      document: '125/QĐ-UBND',
      reason: 'Thử ma trận phân quyền',
    }),
    decide: (caller, secrecy, tree) => mayManageTask(caller, [taskFactsOf(secrecy)], tree),
    undo: async (fx, secrecy) => {
      // Both tasks of the matrix are due "Quý III/2027": the next cell extends from there again.
      const id = fx.task[secrecy as 'PUBLIC']
      const version = await fx.version(id)
      await fx.mutate('updateTask', { id, version, deadline: 'Quý III/2027' }, '')
    },
  },
  {
    // A cell allowed leaves a request pending: the next is refused by the domain
    // (EXTENSION_ALREADY_REQUESTED), which the matrix counts as past the policy, as it should.
    field: 'requestDeadlineExtension',
    action: 'task.extension.request',
    aimsAtSecret: true,
    input: async (fx, secrecy) => ({
      taskId: fx.task[secrecy as 'PUBLIC'],
      expectedVersion: await fx.version(fx.task[secrecy as 'PUBLIC']),
      deadline: '31/12/2027',
      reason: 'Thử ma trận phân quyền',
    }),
    decide: (caller, secrecy, tree) => mayRequestExtension(caller, taskFactsOf(secrecy), tree),
  },
  {
    field: 'declineDeadlineExtension',
    action: 'task.manage',
    aimsAtSecret: true,
    input: async (fx, secrecy) => ({
      taskId: fx.task[secrecy as 'PUBLIC'],
      expectedVersion: await fx.version(fx.task[secrecy as 'PUBLIC']),
      reason: 'Thử ma trận phân quyền',
    }),
    decide: (caller, secrecy, tree) => mayManageTask(caller, [taskFactsOf(secrecy)], tree),
  },
  {
    field: 'reassignTaskLead',
    action: 'task.manage',
    aimsAtSecret: true,
    input: async (fx, secrecy) => ({
      taskId: fx.task[secrecy as 'PUBLIC'],
      expectedVersion: await fx.version(fx.task[secrecy as 'PUBLIC']),
      leadOrganizationId: fx.org.STC,
      reason: 'Thử ma trận phân quyền',
    }),
    decide: mayMoveLeadToStc,
    undo: leadBackToSkhcn,
  },
  lifecycle('startTask'),
  lifecycle('pauseTask'),
  lifecycle('resumeTask'),
  lifecycle('completeTask'),
  lifecycle('cancelTask', { reason: 'Thử ma trận phân quyền' }),
  lifecycle('reopenTask', { reason: 'Thử ma trận phân quyền' }),
  {
    field: 'createTask',
    action: 'task.manage',
    aimsAtSecret: true,
    input: async (fx, secrecy, n) => ({
      directiveId: fx.directive[secrecy as 'PUBLIC'],
      reference: `MT.${n}`,
      title: `Nhiệm vụ ${n}`,
      leadId: fx.org.SKHCN,
      coordinatorIds: [fx.org.LHH, fx.org.SNV],
    }),
    decide: (caller, secrecy, tree) => mayManageTask(caller, [taskFactsOf(secrecy)], tree),
  },
  {
    field: 'cascadeTask',
    action: 'task.cascade',
    aimsAtSecret: true,
    input: async (fx, secrecy, n) => ({
      taskId: fx.task[secrecy as 'PUBLIC'],
      leadIds: [fx.org.STC],
      referencePrefix: `GX${n}`,
    }),
    decide: (caller, secrecy, tree) =>
      mayCascadeTask(
        caller,
        taskFactsOf(secrecy),
        [
          {
            directive: { issuerCode: 'BTV-TU', secrecy },
            leadCode: 'STC',
            coordinatorCodes: [],
            monitorCode: 'SKHCN',
            recipientCode: null,
          },
        ],
        tree,
      ),
  },
  {
    field: 'createDirective',
    action: 'directive.create',
    aimsAtSecret: false,
    input: async (_fx, secrecy, n) => ({
      symbol: `${n}/KH-SKHCN`,
      issuerCode: 'SKHCN',
      issuedOn: '2026-01-10',
      title: `Kế hoạch ${n}`,
      secrecy,
    }),
    decide: (caller, secrecy, tree) =>
      mayCreateDirective(caller, { issuerCode: 'SKHCN', secrecy }, tree),
  },
  {
    field: 'setDirectiveReportingRule',
    action: 'directive.update',
    aimsAtSecret: true,
    input: async (fx, secrecy) => ({
      directiveId: fx.directive[secrecy as 'PUBLIC'],
      version: await fx.version(fx.directive[secrecy as 'PUBLIC']),
      reportingRule: { text: 'Báo cáo định kỳ 6 tháng, năm' },
    }),
    decide: (caller, secrecy, tree) =>
      mayUpdateDirective(caller, { issuerCode: 'BTV-TU', secrecy }, tree),
  },
  {
    field: 'linkDirectives',
    action: 'directive.link',
    aimsAtSecret: true,
    input: async (fx, secrecy) => ({
      sourceId: fx.directive[secrecy as 'PUBLIC'],
      targetId: fx.conclusion,
      type: 'CITES',
      effectiveOn: '2026-01-10',
    }),
    decide: (caller, secrecy, tree) =>
      mayLinkDirectives(caller, { issuerCode: 'BTV-TU', secrecy }, tree),
  },
  {
    field: 'recordAssessment',
    action: 'assessment.record',
    aimsAtSecret: true,
    input: async (fx, secrecy, n) => ({
      key: `ma-tran-${n}`,
      kind: 'SELF_ASSESSMENT',
      subject: {
        kind: 'DIRECTIVE_IMPLEMENTATION',
        directiveId: fx.directive[secrecy as 'PUBLIC'],
        organizationId: fx.org.SKHCN,
      },
      period: { from: '2025-01-01', to: '2025-12-31' },
      assessorId: fx.org.SKHCN,
      assessedOn: '2026-01-15',
    }),
    decide: (caller, _secrecy, tree) => mayRecordAssessment(caller, 'SKHCN', tree),
  },
  {
    field: 'createOrganization',
    action: 'organization.manage',
    aimsAtSecret: false,
    input: async (_fx, _secrecy, n) => ({
      code: `MT-${n}`,
      name: `Tổ chức ${n}`,
      kind: 'OTHER',
      level: 'PROVINCE',
    }),
    decide: async (caller) => mayManageOrganizations(caller),
  },
  {
    field: 'updateOrganization',
    action: 'organization.manage',
    aimsAtSecret: false,
    input: async (fx, _secrecy, n) => ({
      id: fx.spareOrganization,
      version: await fx.version(fx.spareOrganization),
      name: `Tổ chức dự phòng ${n}`,
    }),
    decide: async (caller) => mayManageOrganizations(caller),
  },
  {
    field: 'dissolveOrganization',
    action: 'organization.manage',
    aimsAtSecret: false,
    input: async (fx) => ({
      id: fx.spareOrganization,
      version: await fx.version(fx.spareOrganization),
      on: '2026-02-01',
    }),
    decide: async (caller) => mayManageOrganizations(caller),
  },
  {
    field: 'importBundle',
    action: 'bundle.import',
    aimsAtSecret: false,
    input: async (_fx, _secrecy, n) => ({
      bundle: JSON.stringify({
        format: 'chidao-bundle',
        version: 1,
        tenant: { id: 'test-tinh', name: 'Tỉnh thử nghiệm' },
        organizations: [
          { code: `NHAP-${n}`, name: `Tổ chức nhập ${n}`, kind: 'OTHER', level: 'PROVINCE' },
        ],
      }),
    }),
    decide: async (caller) => mayImportBundle(caller),
  },
  {
    // Drafting writes nothing, but reads the tenant's organisations: who may import may draft.
    field: 'draftBundle',
    action: 'bundle.import',
    aimsAtSecret: false,
    input: async (_fx, _secrecy, n) => ({
      fileName: `ke-hoach-${n}.txt`,
      content: Buffer.from(
        `KẾ HOẠCH\nII. NHIỆM VỤ\n${n}. Rà soát hội. Sở Nội vụ chủ trì. Thời gian: Quý II/2026.\n`,
      ).toString('base64'),
    }),
    decide: async (caller) => mayImportBundle(caller),
  },
  {
    field: 'setUrgingRules',
    action: 'urging.manage',
    aimsAtSecret: false,
    input: async (fx, _secrecy, n) => ({
      version: (await fx.read('{ urgingRules { version } }')).urgingRules.version,
      escalateAfterDays: 10 + (n % 20),
    }),
    decide: async (caller) => mayManageUrging(caller),
  },
  {
    field: 'setUrgingPreferences',
    action: 'urging.preferences',
    aimsAtSecret: false,
    input: async (fx, _secrecy, n) => ({
      organizationId: fx.org.SKHCN,
      version: (
        await fx.read(
          'query($id: ID!) { node(id: $id) { ... on Organization { urgingPreferences { version } } } }',
          { id: fx.org.SKHCN },
        )
      ).node.urgingPreferences.version,
      digest: n % 2 === 0,
    }),
    decide: (caller, _secrecy, tree) => maySetUrgingPreferences(caller, 'SKHCN', tree),
  },
  {
    field: 'setPublicHolidays',
    action: 'urging.manage',
    aimsAtSecret: false,
    input: async (fx, _secrecy, n) => ({
      year: 2030,
      version: (await fx.read('{ publicHolidays(year: 2030) { version } }')).publicHolidays.version,
      holidays: [{ date: '2030-02-04', nameVi: `Tết ${n}`, nameEn: `Lunar New Year ${n}` }],
    }),
    decide: async (caller) => mayManageUrging(caller),
  },
  {
    field: 'addUrgingChannel',
    action: 'urging.channels',
    aimsAtSecret: false,
    input: async (fx, _secrecy, n) => ({
      organizationId: fx.org.SKHCN,
      kind: 'EMAIL',
      address: `kenh-${n}@skhcn.example.vn`,
    }),
    decide: (caller, _secrecy, tree) => mayManageUrgingChannels(caller, 'SKHCN', tree),
  },
  {
    field: 'removeUrgingChannel',
    action: 'urging.channels',
    aimsAtSecret: false,
    input: async (fx, _secrecy, n) => {
      const added = await fx.mutate(
        'addUrgingChannel',
        { organizationId: fx.org.SKHCN, kind: 'EMAIL', address: `go-${n}@skhcn.example.vn` },
        '... on AddUrgingChannelPayload { urgingChannel { id version } }',
      )
      return { id: added.urgingChannel.id, version: added.urgingChannel.version }
    },
    decide: (caller, _secrecy, tree) => mayManageUrgingChannels(caller, 'SKHCN', tree),
  },
  {
    field: 'markRemindersRead',
    action: 'reminder.read',
    aimsAtSecret: true,
    input: async (fx, secrecy) => ({ keys: [fx.reminder[secrecy as 'PUBLIC']] }),
    decide: async (caller) => mayMarkRemindersRead(caller),
    absentFor: async (caller, tree) =>
      !caller.roles.includes('ADMIN') &&
      (caller.organizationCode === null ||
        !(await tree.isWithin('SKHCN', caller.organizationCode))),
  },
  {
    field: 'resendReminderDelivery',
    action: 'urging.deliveries',
    aimsAtSecret: true,
    input: async (fx, secrecy) => ({ id: fx.delivery[secrecy as 'PUBLIC'] }),
    decide: (caller, _secrecy, tree) => mayResendReminderDelivery(caller, 'SKHCN', tree),
    undo: (fx, secrecy) => fx.killDelivery(secrecy),
  },
]
