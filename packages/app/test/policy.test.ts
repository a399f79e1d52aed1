import { describe, expect, it } from 'vitest'
import {
  type Caller,
  mayCascadeTask,
  mayCreateDirective,
  mayLinkDirectives,
  mayManageOrganizations,
  mayManageTask,
  mayRecordAssessment,
  mayReportProgress,
  type OrganizationTree,
  POLICY,
  type TaskFacts,
} from '../src/index.js'

/** A small tree: TU above BTV-TU and VP-TU; UBND-TINH above SKHCN and STC; LHH on its own. */
const PARENT: Record<string, string | null> = {
  TU: null,
  'BTV-TU': 'TU',
  'VP-TU': 'TU',
  'UBND-TINH': null,
  SKHCN: 'UBND-TINH',
  STC: 'UBND-TINH',
  LHH: null,
  BBT: null,
}
const tree: OrganizationTree = {
  async isWithin(code, ancestor) {
    for (let c: string | null | undefined = code; c; c = PARENT[c]) if (c === ancestor) return true
    return false
  },
}

function caller(
  role: Caller['roles'][number],
  org: string | null,
  clearance: Caller['clearance'] = 'PUBLIC',
): Caller {
  return {
    authenticated: true,
    subject: 's',
    actor: 'user:s',
    organizationCode: org,
    roles: [role],
    clearance,
  }
}
const anonymous: Caller = { ...caller('VIEWER', null), authenticated: false, roles: [] }

const task: TaskFacts = {
  directive: { issuerCode: 'BTV-TU', secrecy: 'PUBLIC' },
  leadCode: 'SKHCN',
  coordinatorCodes: ['LHH'],
  monitorCode: 'VP-TU',
  recipientCode: null,
}

describe('the written policy', () => {
  it('has a rule in both languages for every action', () => {
    for (const rule of Object.values(POLICY)) {
      expect(rule.en.length).toBeGreaterThan(20)
      expect(rule.vi.normalize('NFC')).toBe(rule.vi)
    }
  })

  it('refuses anonymous callers as UNAUTHENTICATED and low roles as FORBIDDEN', async () => {
    expect(mayManageOrganizations(anonymous)).toMatchObject({
      allowed: false,
      refusal: { code: 'UNAUTHENTICATED' },
    })
    expect(mayManageOrganizations(caller('EDITOR', 'TU'))).toMatchObject({
      allowed: false,
      refusal: { code: 'FORBIDDEN' },
    })
    expect(mayManageOrganizations(caller('ADMIN', null))).toEqual({ allowed: true })
  })

  it('lets an editor record documents of its subtree only, and none above its clearance', async () => {
    const ubnd = caller('EDITOR', 'UBND-TINH')
    expect(
      (await mayCreateDirective(ubnd, { issuerCode: 'SKHCN', secrecy: 'PUBLIC' }, tree)).allowed,
    ).toBe(true)
    expect(
      await mayCreateDirective(ubnd, { issuerCode: 'BTV-TU', secrecy: 'PUBLIC' }, tree),
    ).toMatchObject({
      allowed: false,
      refusal: { code: 'FORBIDDEN', path: ['issuerCode'] },
    })
    expect(
      await mayCreateDirective(ubnd, { issuerCode: 'BBT', secrecy: 'PUBLIC' }, tree),
    ).toMatchObject({ allowed: false })
    expect(
      await mayCreateDirective(caller('ADMIN', null), { issuerCode: 'BBT', secrecy: 'MAT' }, tree),
    ).toMatchObject({
      allowed: false,
      refusal: { path: ['secrecy'] },
    })
    expect(
      (
        await mayCreateDirective(
          caller('ADMIN', null, 'MAT'),
          { issuerCode: 'BBT', secrecy: 'MAT' },
          tree,
        )
      ).allowed,
    ).toBe(true)
  })

  it('links only from a source document its subtree issued', async () => {
    const ubnd = caller('EDITOR', 'UBND-TINH')
    expect(
      (await mayLinkDirectives(ubnd, { issuerCode: 'BBT', secrecy: 'PUBLIC' }, tree)).allowed,
    ).toBe(false)
    expect(
      (await mayLinkDirectives(ubnd, { issuerCode: 'SKHCN', secrecy: 'PUBLIC' }, tree)).allowed,
    ).toBe(true)
  })

  it('manages a task issued by its subtree, or one whose organisations are all in it', async () => {
    // UBND-TINH is above the lead, but LHH and VP-TU are outside: refused.
    expect((await mayManageTask(caller('EDITOR', 'UBND-TINH'), [task], tree)).allowed).toBe(false)
    // TU is above the issuer BTV-TU.
    expect((await mayManageTask(caller('EDITOR', 'TU'), [task], tree)).allowed).toBe(true)
    const internal = { ...task, coordinatorCodes: ['STC'], monitorCode: 'UBND-TINH' }
    expect((await mayManageTask(caller('EDITOR', 'UBND-TINH'), [internal], tree)).allowed).toBe(
      true,
    )
    // A change must be allowed before and after.
    expect(
      (await mayManageTask(caller('EDITOR', 'UBND-TINH'), [internal, task], tree)).allowed,
    ).toBe(false)
    expect((await mayManageTask(caller('REPORTER', 'SKHCN'), [internal], tree)).allowed).toBe(false)
  })

  it('cascades from the lead side into subtasks the caller may manage', async () => {
    const sub = {
      ...task,
      directive: { issuerCode: 'SKHCN', secrecy: 'PUBLIC' as const },
      coordinatorCodes: [],
      monitorCode: 'SKHCN',
      leadCode: 'STC',
    }
    expect((await mayCascadeTask(caller('EDITOR', 'SKHCN'), task, [sub], tree)).allowed).toBe(true)
    expect((await mayCascadeTask(caller('EDITOR', 'STC'), task, [sub], tree)).allowed).toBe(false)
    expect(
      (
        await mayCascadeTask(
          caller('EDITOR', 'SKHCN'),
          task,
          [{ ...sub, directive: task.directive, leadCode: 'BBT' }],
          tree,
        )
      ).allowed,
    ).toBe(false)
  })

  it('files reports only in the name of an organisation on the task the caller speaks for', async () => {
    expect(
      (await mayReportProgress(caller('REPORTER', 'SKHCN'), task, 'SKHCN', tree)).allowed,
    ).toBe(true)
    expect((await mayReportProgress(caller('REPORTER', 'LHH'), task, 'LHH', tree)).allowed).toBe(
      true,
    )
    expect(await mayReportProgress(caller('REPORTER', 'LHH'), task, 'SKHCN', tree)).toMatchObject({
      allowed: false,
      refusal: { code: 'FORBIDDEN', path: ['organizationId'] },
    })
    expect(await mayReportProgress(caller('ADMIN', null), task, 'STC', tree)).toMatchObject({
      allowed: false,
      refusal: { code: 'ORGANIZATION_NOT_ON_TASK' },
    })
    expect(
      (await mayReportProgress(caller('EDITOR', 'UBND-TINH'), task, 'SKHCN', tree)).allowed,
    ).toBe(true)
    expect(
      (await mayReportProgress(caller('EDITOR', 'UBND-TINH'), task, 'LHH', tree)).allowed,
    ).toBe(false)
    expect((await mayReportProgress(caller('VIEWER', 'SKHCN'), task, 'SKHCN', tree)).allowed).toBe(
      false,
    )
  })

  it('records assessments made by its subtree only', async () => {
    expect((await mayRecordAssessment(caller('EDITOR', 'UBND-TINH'), 'BTV-TU', tree)).allowed).toBe(
      false,
    )
    expect((await mayRecordAssessment(caller('EDITOR', 'TU'), 'BTV-TU', tree)).allowed).toBe(true)
  })
})

describe('starting and completing a task', () => {
  it('is the lead organisation’s act', async () => {
    const { mayAdvanceTask } = await import('../src/index.js')
    expect((await mayAdvanceTask(caller('REPORTER', 'SKHCN'), task, tree)).allowed).toBe(true)
    expect((await mayAdvanceTask(caller('REPORTER', 'LHH'), task, tree)).allowed).toBe(false)
    expect((await mayAdvanceTask(caller('EDITOR', 'UBND-TINH'), task, tree)).allowed).toBe(true)
    expect((await mayAdvanceTask(caller('EDITOR', 'LHH'), task, tree)).allowed).toBe(false)
  })
})

describe('correcting a report', () => {
  it('is for whoever speaks for the organisation that filed it', async () => {
    const { mayCorrectProgressReport } = await import('../src/index.js')
    expect(
      (await mayCorrectProgressReport(caller('REPORTER', 'SKHCN'), 'SKHCN', tree)).allowed,
    ).toBe(true)
    expect((await mayCorrectProgressReport(caller('REPORTER', 'LHH'), 'SKHCN', tree)).allowed).toBe(
      false,
    )
    expect(
      (await mayCorrectProgressReport(caller('EDITOR', 'UBND-TINH'), 'SKHCN', tree)).allowed,
    ).toBe(true)
    expect((await mayCorrectProgressReport(caller('EDITOR', 'TU'), 'SKHCN', tree)).allowed).toBe(
      false,
    )
    expect((await mayCorrectProgressReport(caller('ADMIN', null), 'SKHCN', tree)).allowed).toBe(
      true,
    )
    expect((await mayCorrectProgressReport(caller('VIEWER', 'SKHCN'), 'SKHCN', tree)).allowed).toBe(
      false,
    )
  })
})
