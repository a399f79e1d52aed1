import type { NewAssessment, Task } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  type RecordAssessmentInput,
  type RecordAssessmentPorts,
  recordAssessment,
  type StoredAssessment,
} from '../../src/index.js'
import { failureOf } from '../support/result-of.js'
import {
  ANONYMOUS_CALLER,
  BTV_TU,
  caller,
  contextOf,
  directiveFinder,
  never,
  organizationReader,
  PROGRAMME,
  SKHCN,
  TU,
  uuid,
} from '../support/use-case-fixtures.js'

const REVIEW: RecordAssessmentInput = {
  kind: 'INTERIM_REVIEW',
  subject: { kind: 'DIRECTIVE_IMPLEMENTATION', directiveId: PROGRAMME.id, organizationId: TU.id },
  period: { from: '2025-09-15', to: '2025-12-31' },
  assessorId: BTV_TU.id,
  assessedOn: '2026-01-10',
}

type Written = NewAssessment & { readonly key?: string | null }

function ports(create: RecordAssessmentPorts['assessments']['create']): RecordAssessmentPorts {
  return {
    organizations: organizationReader(),
    directives: { findById: directiveFinder(PROGRAMME) },
    tasks: { findById: async () => null as Task | null },
    assessments: { create },
  }
}

const refusing = ports(never('assessments.create'))
const writing = (written: Written[]) =>
  ports(async (assessment) => {
    written.push(assessment)
    return { ok: true, value: { ...assessment, id: uuid(500), key: 'k' } as StoredAssessment }
  })

describe('recordAssessment', () => {
  it('validates first, at the field', async () => {
    const id = await recordAssessment(contextOf(refusing, ANONYMOUS_CALLER), {
      ...REVIEW,
      assessorId: 'T3JnYW5pemF0aW9uOjE=',
    })
    expect(failureOf(id)).toEqual(['INVALID_ID', ['assessorId']])
    const rules = await recordAssessment(contextOf(refusing, caller('ADMIN', null)), {
      ...REVIEW,
      score: 80,
      ratingRulesId: 'khong-co',
    })
    expect(failureOf(rules)).toEqual(['UNKNOWN_RATING_RULES', ['ratingRulesId']])
  })

  it('answers a subject the caller cannot see as absent, before the policy', async () => {
    const hidden = await recordAssessment(contextOf(refusing, ANONYMOUS_CALLER), {
      ...REVIEW,
      subject: { ...REVIEW.subject, directiveId: uuid(103) },
    })
    expect(failureOf(hidden)).toEqual(['DIRECTIVE_NOT_FOUND', ['subject', 'directiveId']])
    const task = await recordAssessment(contextOf(refusing, ANONYMOUS_CALLER), {
      ...REVIEW,
      subject: { kind: 'TASK', taskId: uuid(200) },
    })
    expect(failureOf(task)).toEqual(['TASK_NOT_FOUND', ['subject', 'taskId']])
    const assessor = await recordAssessment(contextOf(refusing, ANONYMOUS_CALLER), {
      ...REVIEW,
      assessorId: uuid(99),
    })
    expect(failureOf(assessor)).toEqual(['ORGANIZATION_NOT_FOUND', ['assessorId']])
  })

  it('lets an EDITOR record only judgements its subtree made', async () => {
    const result = await recordAssessment(contextOf(refusing, caller('EDITOR', 'TU')), {
      ...REVIEW,
      assessorId: SKHCN.id,
    })
    expect(failureOf(result)).toEqual(['FORBIDDEN', ['assessorId']])
  })

  it('rates by the score when no rating is given, and stores it under its key', async () => {
    const written: Written[] = []
    const result = await recordAssessment(contextOf(writing(written), caller('EDITOR', 'TU')), {
      ...REVIEW,
      key: 'so-ket-2025',
      score: 95,
    })
    expect(result.ok).toBe(true)
    expect(written).toHaveLength(1)
    expect(written[0]).toMatchObject({ key: 'so-ket-2025', score: 95 })
    expect(written[0]?.rating).not.toBeNull()
    expect(written[0]?.ratingRulesId).not.toBeNull()
  })
})
