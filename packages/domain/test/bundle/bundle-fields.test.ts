// The `@ts-expect-error` lines are the test: `npm run typecheck -w @chidao/domain` compiles this
// file, and fails if one of them compiles cleanly (the field lists would no longer be tied to
// the bundle input types).
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { FINDINGS_PARTS } from '../../src/assessment/assessment.js'
import type {
  BundleAssessmentInput,
  BundleAssessmentSubjectInput,
  BundleDirectiveInput,
  BundleExtensionInput,
  BundleIndicatorInput,
  BundleInput,
  BundleMembershipInput,
  BundleOrganizationInput,
  BundleProgressReportInput,
  BundleRelationInput,
  BundleSocialCritiqueInput,
  BundleTaskInput,
} from '../../src/bundle/bundle.js'
import {
  type EveryFieldOf,
  type FieldRenames,
  type Fields,
  fieldsOf,
} from '../../src/bundle/parse/bundle-fields.js'
import { SUBJECT_FIELDS } from '../../src/bundle/parse/parse-assessment-subject.js'
import {
  ASSESSMENT_FIELDS,
  FINDINGS_FIELDS,
  PERIOD_FIELDS,
} from '../../src/bundle/parse/parse-assessments.js'
import { DIRECTIVE_FIELDS, SECTION_FIELDS } from '../../src/bundle/parse/parse-directives.js'
import { EXTENSION_FIELDS } from '../../src/bundle/parse/parse-extensions.js'
import { SECTIONS, TENANT_FIELDS, TOP_FIELDS } from '../../src/bundle/parse/parse-header.js'
import {
  BASELINE_FIELDS,
  INDICATOR_FIELDS,
  INDICATOR_PERIOD_FIELDS,
} from '../../src/bundle/parse/parse-indicators.js'
import { MEMBERSHIP_FIELDS as BUNDLE_MEMBERSHIP_FIELDS } from '../../src/bundle/parse/parse-memberships.js'
import { ORGANIZATION_FIELDS } from '../../src/bundle/parse/parse-organizations.js'
import { REPORT_FIELDS } from '../../src/bundle/parse/parse-progress-reports.js'
import { RATING_FIELDS } from '../../src/bundle/parse/parse-rating.js'
import { RELATION_FIELDS } from '../../src/bundle/parse/parse-relations.js'
import { CRITIQUE_FIELDS } from '../../src/bundle/parse/parse-social-critique.js'
import { REPORTING_DUTY_FIELDS, TASK_FIELDS } from '../../src/bundle/parse/parse-tasks.js'
import type { DirectiveSectionInput } from '../../src/directive/directive.js'
import type { NewTaskInput } from '../../src/task/validate-task.js'

/** The membership type with a field added, as a later release might add it. */
interface MembershipWithRole extends BundleMembershipInput {
  readonly role?: string | null
}

const MEMBERSHIP_FIELDS = fieldsOf<BundleMembershipInput>({
  member: 'required',
  union: 'required',
  from: 'required',
  to: 'optional',
})

describe('fieldsOf', () => {
  it('lists the fields in the order of the spec, and the required ones in the same order', () => {
    expect(MEMBERSHIP_FIELDS.allowed).toEqual(['member', 'union', 'from', 'to'])
    expect(MEMBERSHIP_FIELDS.required).toEqual(['member', 'union', 'from'])
    expect(Object.isFrozen(MEMBERSHIP_FIELDS.allowed)).toBe(true)
    expectTypeOf(MEMBERSHIP_FIELDS.allowed).toEqualTypeOf<
      readonly ('member' | 'union' | 'from' | 'to')[]
    >()
  })

  it('does not compile when the spec misses a field, names one the type lacks, or marks one wrongly', () => {
    // @ts-expect-error `to` is missing
    fieldsOf<BundleMembershipInput>({ member: 'required', union: 'required', from: 'required' })
    fieldsOf<BundleMembershipInput>({
      member: 'required',
      union: 'required',
      from: 'required',
      to: 'optional',
      // @ts-expect-error `until` is not a field of a membership
      until: 'optional',
    })
    fieldsOf<BundleMembershipInput>({
      member: 'required',
      union: 'required',
      // @ts-expect-error `from` is required in the type
      from: 'optional',
      to: 'optional',
    })
  })

  it('does not let a list written for a type stand for the type with a field added or removed', () => {
    // @ts-expect-error the list does not accept `role`, added to the type after it was written
    const widened: Fields<MembershipWithRole> = MEMBERSHIP_FIELDS
    // @ts-expect-error the list still accepts `to`, which the type no longer has
    const narrowed: Fields<Omit<BundleMembershipInput, 'to'>> = MEMBERSHIP_FIELDS
    expect([widened, narrowed]).toHaveLength(2)
  })
})

describe('EveryFieldOf', () => {
  const PARTS = ['member', 'union', 'from', 'to'] as const

  it('accepts a list naming every field, and nothing else', () => {
    const every: EveryFieldOf<BundleMembershipInput, typeof PARTS> = PARTS
    expect(every).toBe(PARTS)
    // @ts-expect-error `role` is missing from the list
    const missing: EveryFieldOf<MembershipWithRole, typeof PARTS> = PARTS
    // @ts-expect-error `until` is not a field of a membership
    type Extra = EveryFieldOf<BundleMembershipInput, readonly ['member', 'until']>
    expectTypeOf<Extra>().not.toBeAny()
    expect(missing).toBe(PARTS)
  })
})

describe("the parser's field lists", () => {
  it('are each declared against the bundle input type of their record', () => {
    expectTypeOf(TENANT_FIELDS).toEqualTypeOf<Fields<BundleInput['tenant']>>()
    expectTypeOf(ORGANIZATION_FIELDS).toEqualTypeOf<Fields<BundleOrganizationInput>>()
    expectTypeOf(BUNDLE_MEMBERSHIP_FIELDS).toEqualTypeOf<Fields<BundleMembershipInput>>()
    expectTypeOf(DIRECTIVE_FIELDS).toEqualTypeOf<Fields<BundleDirectiveInput>>()
    expectTypeOf(SECTION_FIELDS).toEqualTypeOf<Fields<DirectiveSectionInput>>()
    expectTypeOf(RELATION_FIELDS).toEqualTypeOf<Fields<BundleRelationInput>>()
    expectTypeOf(TASK_FIELDS).toEqualTypeOf<Fields<BundleTaskInput>>()
    expectTypeOf(REPORTING_DUTY_FIELDS).toEqualTypeOf<
      Fields<NonNullable<BundleTaskInput['reportingDuty']>>
    >()
    expectTypeOf(REPORT_FIELDS).toEqualTypeOf<Fields<BundleProgressReportInput>>()
    expectTypeOf(EXTENSION_FIELDS).toEqualTypeOf<Fields<BundleExtensionInput>>()
    expectTypeOf(ASSESSMENT_FIELDS).toEqualTypeOf<Fields<BundleAssessmentInput>>()
    expectTypeOf(SUBJECT_FIELDS).toEqualTypeOf<Fields<BundleAssessmentSubjectInput>>()
    expectTypeOf(PERIOD_FIELDS).toEqualTypeOf<Fields<BundleAssessmentInput['period']>>()
    expectTypeOf(RATING_FIELDS).toEqualTypeOf<
      Fields<NonNullable<BundleAssessmentInput['rating']>>
    >()
    expectTypeOf(CRITIQUE_FIELDS).toEqualTypeOf<Fields<BundleSocialCritiqueInput>>()
    expectTypeOf(INDICATOR_FIELDS).toEqualTypeOf<Fields<BundleIndicatorInput>>()
    expectTypeOf(BASELINE_FIELDS).toEqualTypeOf<
      Fields<NonNullable<BundleIndicatorInput['baseline']>>
    >()
    expectTypeOf(INDICATOR_PERIOD_FIELDS).toEqualTypeOf<
      Fields<NonNullable<BundleIndicatorInput['periods']>[number]>
    >()
    expectTypeOf(FINDINGS_FIELDS).toEqualTypeOf<typeof FINDINGS_PARTS>()
  })

  it('do not compile against a bundle type with a field added', () => {
    // @ts-expect-error the task fields do not accept `priority`, a field added to the task type
    const tasks: Fields<BundleTaskInput & { readonly priority?: string | null }> = TASK_FIELDS
    // @ts-expect-error the task fields still accept `monitor`, a field removed from the task type
    const fewer: Fields<Omit<BundleTaskInput, 'monitor'>> = TASK_FIELDS
    type Findings = NonNullable<BundleAssessmentInput['findings']>
    // @ts-expect-error the findings parts do not name `risks`, a part added to the findings type
    const findings: EveryFieldOf<Findings & { risks?: string[] }, typeof FINDINGS_FIELDS> =
      FINDINGS_FIELDS
    expect([tasks, fewer, findings]).toHaveLength(3)
  })

  // The order of a list shows in error messages ("expected one of code, name, …"), and the
  // order of the required fields in the order of REQUIRED errors: pinned here.
  it.each([
    [
      'top-level',
      TOP_FIELDS,
      'format version tenant title description source organizations memberships directives relations tasks assessments $schema',
      'format version tenant',
    ],
    ['tenant', TENANT_FIELDS, 'id name', 'id name'],
    [
      'organisation',
      ORGANIZATION_FIELDS,
      'code name shortName kind level parent foundedOn dissolvedOn successor successors partyTerm',
      'code name kind level',
    ],
    ['membership', BUNDLE_MEMBERSHIP_FIELDS, 'member union from to', 'member union from'],
    [
      'directive',
      DIRECTIVE_FIELDS,
      'symbol kind issuer issuerTerm issuedOn title secrecy urgency sections reportingRule',
      'symbol issuer issuedOn title',
    ],
    ['directive section', SECTION_FIELDS, 'number heading body children', 'number'],
    ['relation', RELATION_FIELDS, 'from to type effectiveOn', 'from to type effectiveOn'],
    [
      'task',
      TASK_FIELDS,
      'directive reference title description lead coordinators monitor deadline reportingDuty parent status completedOn progressReports extensions deadlineInForce',
      'directive reference title lead',
    ],
    ['reporting duty', REPORTING_DUTY_FIELDS, 'cadence recipient', 'cadence recipient'],
    [
      'extension',
      EXTENSION_FIELDS,
      'on deadline document reason previousDeadline',
      'on deadline document reason',
    ],
    [
      'progress report',
      REPORT_FIELDS,
      'reportedOn organization percent narrative evidence period',
      'reportedOn organization',
    ],
    [
      'assessment',
      ASSESSMENT_FIELDS,
      'key kind subject period title assessor assessedOn findings indicators rating socialCritique',
      'key kind subject period assessor assessedOn',
    ],
    ['assessment subject', SUBJECT_FIELDS, 'directive organization task year', ''],
    ['assessment period', PERIOD_FIELDS, 'from to', 'from to'],
    ['rating', RATING_FIELDS, 'level score rules', ''],
    [
      'social critique',
      CRITIQUE_FIELDS,
      'subjectTitle requestingBody form requestedOn heldOn reportedOn reportNumber response respondedOn',
      'subjectTitle form heldOn',
    ],
    ['indicator', INDICATOR_FIELDS, 'name unit baseline periods evidence', 'name unit'],
    ['indicator baseline', BASELINE_FIELDS, 'value date', 'value'],
    ['indicator period', INDICATOR_PERIOD_FIELDS, 'from to target actual', 'from to'],
  ] as const)('lists the %s fields in a fixed order', (_, fields, allowed, required) => {
    expect(fields.allowed.join(' ')).toBe(allowed)
    expect(fields.required.join(' ')).toBe(required)
  })

  it('reads the sections and the findings in a fixed order', () => {
    expect(SECTIONS).toEqual([
      'organizations',
      'memberships',
      'directives',
      'relations',
      'tasks',
      'assessments',
    ])
    expect(FINDINGS_FIELDS).toEqual([
      'results',
      'limitations',
      'causesObjective',
      'causesSubjective',
      'lessons',
      'directions',
      'recommendations',
    ])
  })
})

describe('FieldRenames', () => {
  it("checks both the validator's field and the bundle's", () => {
    const renames = {
      leadId: ['lead'],
      'reportingDuty.recipientId': ['reportingDuty', 'recipient'],
    } as const satisfies FieldRenames<NewTaskInput, BundleTaskInput>
    expect(renames.leadId).toEqual(['lead'])
    // @ts-expect-error `leaderId` is not a field of the validator's input
    const from = { leaderId: ['lead'] } as const satisfies FieldRenames<
      NewTaskInput,
      BundleTaskInput
    >
    // @ts-expect-error `leader` is not a field of a bundle task
    const to = { leadId: ['leader'] } as const satisfies FieldRenames<NewTaskInput, BundleTaskInput>
    const nested = {
      // @ts-expect-error `to` is not a field of a reporting duty
      'reportingDuty.recipientId': ['reportingDuty', 'to'],
    } as const satisfies FieldRenames<NewTaskInput, BundleTaskInput>
    expect([from, to, nested]).toHaveLength(3)
  })
})
