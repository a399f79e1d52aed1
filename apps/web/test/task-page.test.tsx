import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { Client, type Exchange, makeResult, type Operation, Provider } from 'urql'
import { afterEach, describe, expect, it } from 'vitest'
import { map, pipe } from 'wonka'
import { readDeadlineAsTyped } from '../src/forms/deadline-reading.js'
import { DeadlineReadingField } from '../src/forms/deadline-reading-field.js'
import { readEvidenceLinks } from '../src/forms/evidence-links.js'
import { I18nProvider } from '../src/i18n/i18n.js'
import { readReportDraft } from '../src/pages/task/report-progress-draft.js'
import { changedBy, changesSince, snapshotOf } from '../src/pages/task/stale-edit.js'
import { TaskPage } from '../src/pages/task/task-page.js'
import { taskActions } from '../src/pages/task/task-permissions.js'
import type { TaskView } from '../src/pages/task/task-query.js'
import { timelineOf } from '../src/pages/task/task-timeline.js'
import type { Session } from '../src/session/session.js'

const org = (id: string, code: string, name: string) => ({
  __typename: 'Organization' as const,
  id,
  code,
  name,
})

/** Sở Khoa học và Công nghệ's task II.6 at a version, as the gateway answers it. */
function task(version: number, change: Partial<TaskView> = {}): TaskView {
  return {
    __typename: 'Task',
    id: 'VGFzazo2',
    version,
    reference: 'II.6',
    title: 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
    description: '',
    status: 'IN_PROGRESS',
    progress: 40,
    due: '2027-09-30',
    completedOn: null,
    timeliness: 'IN_PROGRESS',
    directive: {
      __typename: 'Directive',
      id: 'ZGlyOjE=',
      symbol: '06-CTr/TU',
      title: 'Chương trình',
    },
    lead: org('b3JnOjE=', 'SKHCN', 'Sở Khoa học và Công nghệ'),
    coordinators: [org('b3JnOjI=', 'LHH', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh')],
    monitor: null,
    deadline: { __typename: 'Deadline', kind: 'QUARTER', text: 'Quý III/2027', due: '2027-09-30' },
    originalDeadline: { __typename: 'Deadline', text: 'Quý III/2027' },
    reportingDuty: null,
    parent: null,
    subtasks: [],
    progressReports: [],
    history: [],
    ...change,
  } as TaskView
}

const EXTENDED = task(4, {
  due: '2027-12-31',
  deadline: { __typename: 'Deadline', kind: 'DATE', text: '31/12/2027', due: '2027-12-31' },
  history: [
    {
      __typename: 'TaskEvent',
      type: 'DEADLINE_EXTENDED',
      at: '2026-12-07T03:00:00Z',
      on: '2026-12-07',
      actor: 'user:Trần Văn Bình',
      reason: 'Chờ kinh phí',
      from: 'IN_PROGRESS',
      to: 'IN_PROGRESS',
      details: {
        __typename: 'DeadlineExtension',
        document: '125/QĐ-UBND',
        deadline: { __typename: 'Deadline', text: '31/12/2027' },
        previousDeadline: { __typename: 'Deadline', text: 'Quý III/2027' },
      },
    },
  ],
} as unknown as Partial<TaskView>)

const REPORTER: Session = {
  token: 'x.y.z',
  subject: 'Lê Thị Hoa',
  name: null,
  organization: 'SKHCN',
  roles: ['REPORTER'],
  clearance: 'PUBLIC',
  expiresAt: 2_000_000_000,
  provider: null,
}

afterEach(cleanup)

describe('the stale-edit comparison', () => {
  it('names each field another person changed, as it was and as it is', () => {
    const before = snapshotOf(task(3))
    const after = snapshotOf(EXTENDED)
    expect(changesSince(before, after)).toEqual([
      { field: 'deadline', before: 'Quý III/2027', after: '31/12/2027' },
      { field: 'due', before: '2027-09-30', after: '2027-12-31' },
    ])
    expect(changedBy(before, after)).toEqual(['Trần Văn Bình'])
    expect(changesSince(before, before)).toEqual([])
  })
})

describe('what the forms check before sending', () => {
  it('takes http(s) links only as evidence', () => {
    expect(readEvidenceLinks('https://skhcn.gov.vn/bc-1\n\n  bc-2 \nftp://x.vn/a')).toEqual({
      links: ['https://skhcn.gov.vn/bc-1'],
      invalid: ['bc-2', 'ftp://x.vn/a'],
    })
  })

  it('reads a report draft into the input, or says what is wrong by field', () => {
    expect(
      readReportDraft({
        percent: '40,5',
        narrative: ' Đã xong ',
        evidence: 'https://a.vn/1',
        period: '2026-q4',
      }),
    ).toEqual({
      ok: true,
      input: {
        percent: 40.5,
        narrative: 'Đã xong',
        evidence: ['https://a.vn/1'],
        period: '2026-Q4',
      },
    })
    const bad = readReportDraft({
      percent: '140',
      narrative: '',
      evidence: 'not a link',
      period: 'Q4',
    })
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(Object.keys(bad.problems).sort()).toEqual(['evidence', 'percent', 'period'])
      expect(bad.problems.evidence?.detail).toBe('not a link')
    }
    const empty = readReportDraft({ percent: ' ', narrative: ' ', evidence: '', period: '' })
    expect(empty).toEqual({ ok: false, problems: { narrative: { key: 'taskNarrativeOrPercent' } } })
  })

  it('reads a new deadline as the domain will', () => {
    const read = readDeadlineAsTyped('30/6/2027', 2026)
    expect(read.kind === 'read' && read.deadline.due).toBe('2027-06-30')
    expect(readDeadlineAsTyped('31/02/2027', 2026).kind).toBe('error')
    const vague = readDeadlineAsTyped('khi điều kiện cho phép', 2026)
    expect(vague.kind === 'read' && vague.warnings.length).toBe(1)
    expect(readDeadlineAsTyped('  ', 2026).kind).toBe('empty')
  })
})

/** The deadline field alone, in a language. */
function Field({ value, language }: { value: string; language: 'vi' | 'en' }) {
  return (
    <I18nProvider initial={language}>
      <DeadlineReadingField label="Thời hạn mới" value={value} onChange={() => {}} year={2026} />
    </I18nProvider>
  )
}

describe('the deadline field', () => {
  it('says how the domain will read the deadline as it is typed', () => {
    const { rerender } = render(<Field value="30/6/2027" language="vi" />)
    const input = screen.getByLabelText('Thời hạn mới')
    const described = () =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
    expect(described()).toContain('Hạn sẽ được hiểu là: 30/6/2027')
    rerender(<Field value="Quý II/2027" language="vi" />)
    expect(described()).toContain('Hạn sẽ được hiểu là: 30/6/2027 (loại: Quý)')
    rerender(<Field value="31/02/2027" language="vi" />)
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(described()).toContain('31/02/2027')
  })

  it('says it in English too', () => {
    render(<Field value="Quý II/2027" language="en" />)
    const input = screen.getByLabelText('Thời hạn mới')
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ')
    const text = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
    expect(text).toContain('The deadline will be read as: 30 Jun 2027')
  })
})

describe('which changes the page offers', () => {
  it('lets the lead’s reporter report and complete, and says why it does not extend', () => {
    const actions = taskActions(REPORTER, task(3))
    expect(actions.report).toEqual({ allowed: true })
    expect(actions.complete).toEqual({ allowed: true })
    expect(actions.extend).toEqual({ allowed: false, why: 'taskWhyExtendEditor' })
  })

  it('lets a coordinator report only, and a viewer nothing', () => {
    const coordinator = taskActions({ ...REPORTER, organization: 'LHH' }, task(3))
    expect(coordinator.report.allowed).toBe(true)
    expect(coordinator.complete).toEqual({ allowed: false, why: 'taskWhyNotLead' })
    const viewer = taskActions({ ...REPORTER, roles: ['VIEWER'] }, task(3))
    expect(viewer.report).toEqual({ allowed: false, why: 'taskWhyViewer' })
  })

  it('offers an editor the extension of an open task with a due day', () => {
    const editor = taskActions(
      { ...REPORTER, roles: ['EDITOR'], organization: 'UBND-TINH' },
      task(3),
    )
    expect(editor.extend).toEqual({ allowed: true })
    expect(taskActions({ ...REPORTER, roles: ['EDITOR'] }, task(3, { due: null })).extend).toEqual({
      allowed: false,
      why: 'taskWhyNoDue',
    })
  })
})

/** {@link task} at a version with Sở Khoa học và Công nghệ's request for an extension pending. */
function asked(version: number): TaskView {
  const request = {
    __typename: 'TaskEvent',
    at: '2026-12-08T02:00:00Z',
    on: '2026-12-08',
    actor: 'user:Lê Thị Hoa',
    reason: 'Chờ kinh phí năm 2027',
    details: {
      __typename: 'ExtensionRequest',
      requestedDeadline: { __typename: 'Deadline', text: '31/3/2028', due: '2028-03-31' },
      by: org('b3JnOjE=', 'SKHCN', 'Sở Khoa học và Công nghệ'),
    },
  }
  return task(version, {
    pendingExtensionRequest: request,
    history: [
      {
        ...request,
        type: 'EXTENSION_REQUESTED',
        from: 'IN_PROGRESS',
        to: 'IN_PROGRESS',
        details: {
          __typename: 'ExtensionRequest',
          requestedDeadline: { __typename: 'Deadline', text: '31/3/2028' },
          by: org('b3JnOjE=', 'SKHCN', 'Sở Khoa học và Công nghệ'),
        },
      },
    ],
  } as unknown as Partial<TaskView>)
}

const EDITOR: Session = {
  ...REPORTER,
  subject: 'Trần Văn Bình',
  organization: 'BTV-TU',
  roles: ['EDITOR'],
}

describe('a request for an extension', () => {
  it('is offered to the lead, once at a time, and answered by an editor', () => {
    expect(taskActions(REPORTER, task(3)).request).toEqual({ allowed: true })
    expect(taskActions(REPORTER, asked(4)).request).toEqual({
      allowed: false,
      why: 'taskWhyRequestPending',
    })
    expect(taskActions({ ...REPORTER, organization: 'LHH' }, task(3)).request).toEqual({
      allowed: false,
      why: 'taskWhyRequestNotLead',
    })
    expect(taskActions(REPORTER, asked(4)).decline.allowed).toBe(false)
    expect(taskActions(EDITOR, asked(4)).decline).toEqual({ allowed: true })
    expect(taskActions(EDITOR, task(3)).decline.allowed).toBe(false)
    expect(taskActions(REPORTER, task(3, { status: 'COMPLETED' })).request.allowed).toBe(false)
  })

  it('is sent by the lead from the task page, which then shows it pending', async () => {
    const script = {
      current: task(3),
      answers: [
        () => {
          script.current = asked(4)
          return {
            requestDeadlineExtension: {
              __typename: 'TaskPayload',
              task: { __typename: 'Task', id: 'VGFzazo2', version: 4 },
            },
          }
        },
      ],
    }
    const { client, sent } = gatewayOf(script)
    renderTaskPage(client)
    const form = await screen.findByRole('form', { name: 'Xin gia hạn' })
    expect(screen.queryByText(/bằng văn bản gửi cơ quan giao nhiệm vụ/)).toBeNull()
    fireEvent.change(within(form).getByLabelText(/Thời hạn đề nghị/), {
      target: { value: '31/3/2028' },
    })
    fireEvent.change(within(form).getByLabelText(/Lý do xin gia hạn/), {
      target: { value: 'Chờ kinh phí năm 2027' },
    })
    fireEvent.click(within(form).getByRole('button', { name: 'Gửi đề nghị gia hạn' }))
    await screen.findByText('Đã gửi đề nghị gia hạn.')
    expect(sent[0]!.variables).toEqual({
      input: {
        taskId: 'VGFzazo2',
        expectedVersion: 3,
        deadline: '31/3/2028',
        reason: 'Chờ kinh phí năm 2027',
      },
    })
    const pending = await screen.findByRole('region', { name: 'Đề nghị gia hạn đang chờ trả lời' })
    expect(pending.textContent).toContain('31/3/2028')
    expect(pending.textContent).toContain('Chờ kinh phí năm 2027')
    expect(pending.textContent).toContain('Sở Khoa học và Công nghệ (Lê Thị Hoa)')
    expect(screen.queryByRole('form', { name: 'Xin gia hạn' })).toBeNull()
    expect(screen.getByText('Xin gia hạn', { selector: 'strong' })).toBeTruthy()
  })

  it('meets an editor with the extension prefilled, and a refusal with its reason', async () => {
    const script = {
      current: asked(4),
      answers: [
        () => {
          script.current = task(5)
          return {
            declineDeadlineExtension: {
              __typename: 'TaskPayload',
              task: { __typename: 'Task', id: 'VGFzazo2', version: 5 },
            },
          }
        },
      ],
    }
    const { client, sent } = gatewayOf(script)
    renderTaskPage(client, EDITOR)
    const extend = await screen.findByRole('form', { name: 'Gia hạn thời hạn' })
    expect((within(extend).getByLabelText(/Thời hạn mới/) as HTMLInputElement).value).toBe(
      '31/3/2028',
    )
    const decline = screen.getByRole('form', { name: 'Không đồng ý' })
    fireEvent.click(within(decline).getByRole('button', { name: 'Không đồng ý gia hạn' }))
    expect(await within(decline).findByText('Chưa nhập trường này.')).toBeTruthy()
    expect(sent).toEqual([])
    fireEvent.change(within(decline).getByLabelText(/Lý do không đồng ý gia hạn/), {
      target: { value: 'Đã gia hạn một lần' },
    })
    fireEvent.click(within(decline).getByRole('button', { name: 'Không đồng ý gia hạn' }))
    await screen.findByText('Đã ghi nhận không đồng ý gia hạn.')
    expect(sent[0]!.variables).toEqual({
      input: { taskId: 'VGFzazo2', expectedVersion: 4, reason: 'Đã gia hạn một lần' },
    })
    expect(screen.queryByRole('region', { name: 'Đề nghị gia hạn đang chờ trả lời' })).toBeNull()
  })
})

describe('the history', () => {
  it('puts events and reports in date order', () => {
    const report = {
      __typename: 'ProgressReport',
      id: 'r1',
      reportedOn: '2026-12-01',
      percent: 40,
      narrative: 'Đã khảo sát',
      evidence: [],
      period: null,
      organization: org('b3JnOjE=', 'SKHCN', 'Sở Khoa học và Công nghệ'),
      supersededBy: null,
    }
    const entries = timelineOf({ ...EXTENDED, progressReports: [report] } as unknown as TaskView)
    expect(entries.map((entry) => entry.day)).toEqual(['2026-12-01', '2026-12-07'])
  })
})

/**
 * A real urql client answering the task query with the task as it stands, and the mutations
 * from a script: the page is tested through the client it uses, without a server.
 */
function gatewayOf(script: { current: TaskView; answers: ((op: Operation) => unknown)[] }) {
  const sent: Operation[] = []
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation) => {
        if (operation.kind === 'mutation') {
          sent.push(operation)
          const answer = script.answers.shift()
          return makeResult(operation, { data: answer?.(operation) ?? null })
        }
        return makeResult(operation, { data: { node: script.current } })
      }),
    )
  return { client: new Client({ url: 'http://gateway.test/graphql', exchanges: [exchange] }), sent }
}

function renderTaskPage(client: Client, session: Session = REPORTER) {
  const rootRoute = createRootRoute()
  const taskRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/tasks/$taskId',
    component: () => <TaskPage taskId="VGFzazo2" session={session} />,
  })
  const tasksRoute = createRoute({ getParentRoute: () => rootRoute, path: '/tasks' })
  const router = createRouter({
    routeTree: rootRoute.addChildren([taskRoute, tasksRoute]),
    history: createMemoryHistory({ initialEntries: ['/tasks/VGFzazo2'] }),
  })
  return render(
    <I18nProvider initial="vi">
      <Provider value={client}>
        <RouterProvider router={router as never} />
      </Provider>
    </I18nProvider>,
  )
}

describe('a stale edit on the task page', () => {
  it('shows what the other person changed, keeps the input, and redoes it on the current version', async () => {
    const script = {
      current: task(3),
      answers: [
        () => {
          // Between the page's load and the click, someone extended the deadline.
          script.current = EXTENDED
          return {
            completeTask: {
              __typename: 'ConflictError',
              code: 'CONFLICT',
              message: 'The record changed',
              messageVi: 'Bản ghi đã được thay đổi',
              path: ['input', 'version'],
            },
          }
        },
        () => {
          script.current = task(5, { ...EXTENDED, status: 'COMPLETED', completedOn: '2026-12-07' })
          return {
            completeTask: {
              __typename: 'TaskPayload',
              task: {
                __typename: 'Task',
                id: 'VGFzazo2',
                version: 5,
                status: 'COMPLETED',
                completedOn: '2026-12-07',
              },
            },
          }
        },
      ],
    }
    const { client, sent } = gatewayOf(script)
    renderTaskPage(client)
    const form = await screen.findByRole('form', { name: 'Hoàn thành nhiệm vụ' })
    fireEvent.change(within(form).getByLabelText('Ghi chú (không bắt buộc)'), {
      target: { value: 'Đã vận hành thử' },
    })
    fireEvent.click(within(form).getByRole('button', { name: 'Báo hoàn thành' }))
    const notice = await within(form).findByRole('alert')
    expect(notice.textContent).toContain('Nhiệm vụ vừa được người khác thay đổi')
    const rows = within(notice)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent)
    expect(rows).toEqual([
      'Thời hạn (như văn bản ghi)Quý III/202731/12/2027',
      'Hạn chót30/9/202731/12/2027',
    ])
    expect(notice.textContent).toContain('Trần Văn Bình')
    expect(sent[0]!.variables).toMatchObject({ input: { version: 3, reason: 'Đã vận hành thử' } })
    // The page shows the task as it is now, and the person's input is still there.
    expect(
      (within(form).getByLabelText('Ghi chú (không bắt buộc)') as HTMLInputElement).value,
    ).toBe('Đã vận hành thử')
    fireEvent.click(
      within(notice).getByRole('button', { name: 'Gửi lại thay đổi của tôi trên phiên bản mới' }),
    )
    await screen.findByText('Đã ghi nhận nhiệm vụ hoàn thành.')
    expect(sent[1]!.variables).toMatchObject({ input: { version: 4, reason: 'Đã vận hành thử' } })
  })
})
