import { type DraftUrgingLetterOutput, draftUrgingLetter } from '@chidao/app'
import type {
  UrgingLetterBasis,
  UrgingLetterMissingLine,
  UrgingLetterOrganization,
  UrgingLetterTaskLine,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { queryError } from '../../query-error.js'
import { urgingLetterPath } from '../../report/use-urging-letter-download.js'
import { lookUpIdOf } from '../support/global-id.js'
import { directiveNamed } from '../support/record-by-code.js'
import { useCaseContext } from '../support/use-case-call.js'
import { DirectiveNode, SecrecyEnum } from './directive.js'
import { OrganizationNode } from './organization.js'
import { TaskNode } from './task.js'

const DocumentLayoutEnum = builder.enumType('DocumentLayout', {
  description: 'The layout of a document to sign.',
  values: {
    PARTY: { value: 'party', description: 'A Party document (guideline 36-HD/VPTW).' },
    STATE: { value: 'state', description: 'A State document (decree 30/2020/NĐ-CP).' },
  } as const,
})

const UrgingLetterTaskRef = builder.objectRef<UrgingLetterTaskLine>('UrgingLetterTask').implement({
  description: 'An overdue task as the letter lists it.',
  fields: (t) => ({
    task: t.field({ type: TaskNode, resolve: (l) => l.taskId }),
    directiveSymbol: t.exposeString('directiveSymbol', {
      description: 'The document that assigns it.',
    }),
    reference: t.exposeString('reference', { nullable: true }),
    title: t.exposeString('title'),
    deadlineText: t.exposeString('deadlineText', {
      description: 'The deadline in force as written ("tháng 12/2022", "Hằng năm (Năm 2025)").',
    }),
    due: t.field({ type: 'Date', description: 'The day it fell due.', resolve: (l) => l.due }),
    daysLate: t.exposeInt('daysLate', { description: 'Days from the due day to `asOf`.' }),
  }),
})

const UrgingLetterMissingReportRef = builder
  .objectRef<UrgingLetterMissingLine>('UrgingLetterMissingReport')
  .implement({
    description: 'A report still missing as the letter lists it.',
    fields: (t) => ({
      directiveSymbol: t.exposeString('directiveSymbol'),
      duty: t.string({
        description: 'The duty in words: the period, the cadence, the task or the rule.',
        resolve: (l) => l.duty.vi,
      }),
      recipientName: t.exposeString('recipientName'),
      due: t.field({ type: 'Date', resolve: (l) => l.due }),
      daysLate: t.exposeInt('daysLate'),
    }),
  })

const UrgingLetterOrganizationRef = builder
  .objectRef<UrgingLetterOrganization>('UrgingLetterOrganization')
  .implement({
    description: 'What the letter asks of one organisation.',
    fields: (t) => ({
      organization: t.field({ type: OrganizationNode, resolve: (l) => l.organization.id }),
      overdueTasks: t.field({ type: [UrgingLetterTaskRef], resolve: (l) => [...l.overdueTasks] }),
      missingReports: t.field({
        type: [UrgingLetterMissingReportRef],
        resolve: (l) => [...l.missingReports],
      }),
    }),
  })

const UrgingLetterBasisRef = builder.objectRef<UrgingLetterBasis>('UrgingLetterBasis').implement({
  description: 'A document the letter rests on, and the words that cite it.',
  fields: (t) => ({
    directive: t.field({ type: DirectiveNode, resolve: (b) => b.id }),
    citation: t.exposeString('citation'),
  }),
})

const UrgingLetterRef = builder.objectRef<DraftUrgingLetterOutput>('UrgingLetter').implement({
  description:
    'A draft công văn đôn đốc: what each organisation is late with on `asOf`, the documents it ' +
    'rests on, its words, its secrecy, and where to download it as DOCX.',
  fields: (t) => ({
    issuer: t.field({ type: OrganizationNode, resolve: (d) => d.letter.issuer.id }),
    asOf: t.field({ type: 'Date', resolve: (d) => d.letter.asOf }),
    replyBy: t.field({ type: 'Date', resolve: (d) => d.letter.replyBy }),
    secrecy: t.field({
      type: SecrecyEnum,
      description: 'The highest mark of the documents it lists work of or cites.',
      resolve: (d) => d.letter.secrecy,
    }),
    layout: t.field({ type: DocumentLayoutEnum, resolve: (d) => d.letterhead.layout }),
    subject: t.string({
      description: 'The subject line, after "V/v".',
      resolve: (d) => d.letter.subject,
    }),
    legalBasis: t.field({ type: [UrgingLetterBasisRef], resolve: (d) => [...d.letter.legalBasis] }),
    organizations: t.field({
      type: [UrgingLetterOrganizationRef],
      description: 'In the order of the scorecard: by level, then name.',
      resolve: (d) => [...d.letter.organizations],
    }),
    overdueTaskCount: t.int({ resolve: (d) => d.letter.totals.overdueTasks }),
    missingReportCount: t.int({ resolve: (d) => d.letter.totals.missingReports }),
    opening: t.string({ resolve: (d) => d.letter.opening }),
    closing: t.string({ resolve: (d) => d.letter.closing }),
    recipients: t.stringList({
      description: 'Nơi nhận.',
      resolve: (d) => [...d.letterhead.recipients],
    }),
    downloadPath: t.string({
      description:
        'The path on this gateway (GET, with the same bearer token) that answers the letter as ' +
        'DOCX, e.g. `/reports/urging-letter.docx?issuer=BTG-TU&asOf=2026-12-07&…`.',
      resolve: (d) => urgingLetterPath(d),
    }),
  }),
})

builder.queryFields((t) => ({
  urgingLetter: t.field({
    type: UrgingLetterRef,
    description:
      'Drafts a công văn đôn đốc from the monitoring body `issuerCode` (or `issuerId`): per ' +
      'organisation, its tasks open past their deadline on `asOf` and the reports it still owes, ' +
      'the documents the work implements, and the request to report back by `replyBy`. Scoped ' +
      'to an organisation and those below it, and/or to a document and those implementing it. ' +
      'Only what the caller may see is listed; the letter is as secret as the most secret ' +
      'document it lists work of or cites. `downloadPath` gives it as DOCX.',
    args: {
      issuerCode: t.arg.string({ required: false, description: 'The issuing body, e.g. BTG-TU.' }),
      issuerId: t.arg.id({ required: false, description: 'The issuing body by its id.' }),
      asOf: t.arg({ type: 'Date', required: false, description: 'Default today.' }),
      organizationCode: t.arg.string({
        required: false,
        description: 'Only the work this organisation and those below it lead or owe.',
      }),
      organizationId: t.arg.id({ required: false, description: 'The same, by id.' }),
      directiveId: t.arg.id({
        required: false,
        description: 'Only the work of this document and of those implementing it.',
      }),
      directiveSymbol: t.arg.string({ required: false, description: 'The same, by symbol.' }),
      directiveYear: t.arg.int({
        required: false,
        description: 'With directiveSymbol: the year of issue, when several bear it.',
      }),
      layout: t.arg({
        type: DocumentLayoutEnum,
        required: false,
        description: 'Default: Party for a Party body, State for the rest.',
      }),
      letterNumber: t.arg.string({
        required: false,
        description: 'The letter’s number and symbol, e.g. 25-CV/BTGTU; default a blank number.',
      }),
      replyBy: t.arg({
        type: 'Date',
        required: false,
        description: 'The day to report back by; default 15 days after asOf.',
      }),
    },
    resolve: async (_root, args, context) => {
      const directive =
        args.directiveId == null && args.directiveSymbol == null
          ? null
          : await directiveNamed(
              context,
              args.directiveId,
              args.directiveSymbol,
              args.directiveYear ?? null,
            )
      const drafted = await draftUrgingLetter(useCaseContext(context), {
        issuerCode: args.issuerCode ?? null,
        issuerId: lookUpIdOf(args.issuerId, 'Organization'),
        asOf: args.asOf ?? null,
        organizationCode: args.organizationCode ?? null,
        organizationId: lookUpIdOf(args.organizationId, 'Organization'),
        directive,
        layout: args.layout ?? null,
        symbol: args.letterNumber ?? null,
        replyBy: args.replyBy ?? null,
      })
      if (!drafted.ok) throw queryError(drafted.error)
      return drafted.value
    },
  }),
}))
