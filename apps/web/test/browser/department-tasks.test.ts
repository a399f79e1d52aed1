// @vitest-environment node
import { expect, it } from 'vitest'
import {
  appInBrowser,
  describeInBrowser,
  type Identity,
  pageWidths,
  phoneContext,
  seriousViolations,
  signInWithToken,
  vietnameseContext,
} from './app-under-test.js'

/** A reporter of Sở Khoa học và Công nghệ, which leads task II.6 of the example programme. */
const REPORTER: Identity = { sub: 'Lê Thị Hoa', roles: ['REPORTER'], org: 'SKHCN' }

/** Someone else, who extends the deadline while the reporter has the page open. */
const OTHER: Identity = { sub: 'Trần Văn Bình', roles: ['ADMIN'], org: 'VP-TU' }

/** An editor of the body that issued the programme: it manages task II.6, and answers requests. */
const EDITOR: Identity = { sub: 'Phạm Minh Châu', roles: ['EDITOR'], org: 'BTV-TU' }

const EVIDENCE = 'https://skhcn.example.gov.vn/bao-cao/csdl-tri-thuc-2026-12'

interface TaskRow {
  readonly id: string
  readonly title: string
  readonly reference: string | null
  readonly version: number
}

describeInBrowser(`a department's own tasks and the task page`, () => {
  // The browser keeps the real clock: the day it proposes for a completion must not fall
  // before the day the gateway records the other person's extension on.
  const visit = appInBrowser()
  let task: TaskRow

  async function ownTasks(): Promise<{ totalCount: number; tasks: TaskRow[] }> {
    const data = await visit.app.graphql<{
      tasks: { totalCount: number; edges: { node: TaskRow }[] }
    }>(
      REPORTER,
      'query { tasks(filter: { leadOrganizationCode: "SKHCN" }, first: 50) { totalCount edges { node { id title reference version } } } }',
    )
    return { totalCount: data.tasks.totalCount, tasks: data.tasks.edges.map((edge) => edge.node) }
  }

  it('signs the reporter in and lists the tasks its organisation leads, each a link', async () => {
    const own = await ownTasks()
    task = own.tasks.find((row) => row.reference === 'II.6')!
    expect(task).toBeDefined()
    await signInWithToken(visit.page, visit.app, REPORTER)
    await visit.page.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click()
    await visit.page.waitForURL(/\/tasks$/)
    const table = visit.page.getByRole('table', { name: 'Nhiệm vụ do đơn vị chủ trì' })
    await table.waitFor()
    await visit.page.getByText(`Tổng số: ${own.totalCount}`).waitFor()
    expect(await table.locator('tbody tr').count()).toBe(own.totalCount)
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('filters by status, keeping the filter in the address', async () => {
    await visit.page.getByLabel('Tình trạng').selectOption('COMPLETED')
    await visit.page.waitForURL(/status=COMPLETED/)
    await visit.page.getByText(/^Tổng số: \d+$/).waitFor()
    await visit.page.getByLabel('Tình trạng').selectOption('')
    await visit.page.waitForURL(/\/tasks$/)
  })

  it('opens the task page: its terms, who may do what, and its history', async () => {
    await visit.page.getByRole('link', { name: task.title }).click()
    await visit.page.waitForURL(new RegExp(`/tasks/${encodeURIComponent(task.id)}$`))
    await visit.page.getByRole('heading', { level: 1, name: task.title }).waitFor()
    const facts = visit.page.locator('dl.task-facts')
    await expect(facts.textContent()).resolves.toContain('Quý III/2027')
    await expect(facts.textContent()).resolves.toContain('30/9/2027')
    await expect(facts.textContent()).resolves.toContain('Sở Khoa học và Công nghệ')
    // A reporter may report, complete and ask for an extension; an extension is an editor's,
    // and the page says so.
    await visit.page.getByRole('form', { name: 'Báo cáo tiến độ' }).waitFor()
    await visit.page.getByRole('form', { name: 'Hoàn thành nhiệm vụ' }).waitFor()
    await visit.page.getByRole('form', { name: 'Xin gia hạn' }).waitFor()
    expect(await visit.page.getByRole('form', { name: 'Gia hạn thời hạn' }).count()).toBe(0)
    await visit.page.getByText('Gia hạn do biên tập viên quản lý nhiệm vụ ghi nhận').waitFor()
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('refuses an evidence line that is no link beside the field, then files the report and shows it in the history', async () => {
    const form = visit.page.getByRole('form', { name: 'Báo cáo tiến độ' })
    await form.getByLabel('Tỷ lệ hoàn thành (%)').fill('60')
    await form.getByLabel('Kết quả thực hiện').fill('Đã nhập dữ liệu của 1.200 trí thức.')
    await form.getByLabel('Đường dẫn minh chứng (mỗi dòng một đường dẫn)').fill('bao-cao-thang-12')
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await form.getByText('Không phải đường dẫn http(s) hợp lệ: bao-cao-thang-12').waitFor()
    expect(await seriousViolations(visit.page)).toEqual([])
    await form.getByLabel('Đường dẫn minh chứng (mỗi dòng một đường dẫn)').fill(EVIDENCE)
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await visit.page.getByText('Đã gửi báo cáo tiến độ.').waitFor()
    const history = visit.page.locator('ol.timeline')
    await history.getByRole('link', { name: EVIDENCE }).waitFor()
    await expect(history.textContent()).resolves.toContain('Đã nhập dữ liệu của 1.200 trí thức.')
    await expect(visit.page.locator('dl.task-facts').textContent()).resolves.toContain('60%')
  })

  it('asks for an extension, which an editor sees prefilled and declines, and the department reads the answer', async () => {
    const form = visit.page.getByRole('form', { name: 'Xin gia hạn' })
    await form.getByLabel('Thời hạn đề nghị (như văn bản ghi)').fill('31/3/2028')
    await form.getByText('Hạn sẽ được hiểu là: 31/3/2028').waitFor()
    await form.getByLabel('Lý do xin gia hạn').fill('Chờ bố trí kinh phí năm 2028')
    await form.getByRole('button', { name: 'Gửi đề nghị gia hạn' }).click()
    await visit.page.getByText('Đã gửi đề nghị gia hạn.').waitFor()
    const pending = visit.page.getByRole('region', { name: 'Đề nghị gia hạn đang chờ trả lời' })
    await expect(pending.textContent()).resolves.toContain('31/3/2028')
    await expect(pending.textContent()).resolves.toContain('Chờ bố trí kinh phí năm 2028')
    expect(await visit.page.getByRole('form', { name: 'Xin gia hạn' }).count()).toBe(0)
    expect(await seriousViolations(visit.page)).toEqual([])

    const office = await vietnameseContext(visit.browser)
    try {
      const editor = await office.newPage()
      await signInWithToken(editor, visit.app, EDITOR)
      await editor.goto(`${visit.app.base}/tasks/${encodeURIComponent(task.id)}`)
      await editor.getByRole('heading', { level: 1, name: task.title }).waitFor()
      await editor.getByRole('region', { name: 'Đề nghị gia hạn đang chờ trả lời' }).waitFor()
      const extend = editor.getByRole('form', { name: 'Gia hạn thời hạn' })
      expect(await extend.getByLabel('Thời hạn mới (như văn bản ghi)').inputValue()).toBe(
        '31/3/2028',
      )
      expect(await seriousViolations(editor)).toEqual([])
      const decline = editor.getByRole('form', { name: 'Không đồng ý' })
      await decline.getByLabel('Lý do không đồng ý gia hạn').fill('Đề nghị tập trung hoàn thành')
      await decline.getByRole('button', { name: 'Không đồng ý gia hạn' }).click()
      await editor.getByText('Đã ghi nhận không đồng ý gia hạn.').waitFor()
      await editor.locator('ol.timeline').getByText('Không đồng ý gia hạn').waitFor()
    } finally {
      await office.close()
    }

    await visit.page.reload()
    await visit.page.getByRole('heading', { level: 1, name: task.title }).waitFor()
    const history = visit.page.locator('ol.timeline')
    await history.getByText('Lý do: Đề nghị tập trung hoàn thành').waitFor()
    await expect(history.textContent()).resolves.toContain('Xin gia hạn')
    expect(
      await visit.page.getByRole('region', { name: 'Đề nghị gia hạn đang chờ trả lời' }).count(),
    ).toBe(0)
    await visit.page.getByRole('form', { name: 'Xin gia hạn' }).waitFor()
  })

  it('shows the change another person made meanwhile, and redoes the completion on the current version', async () => {
    const { tasks } = await ownTasks()
    const version = tasks.find((row) => row.id === task.id)!.version
    const form = visit.page.getByRole('form', { name: 'Hoàn thành nhiệm vụ' })
    await form.getByLabel('Ghi chú (không bắt buộc)').fill('Cơ sở dữ liệu đã vận hành')
    // Between the page's load and the click, someone else extends the deadline.
    const extended = await visit.app.graphql<{ extendTaskDeadline: { __typename: string } }>(
      OTHER,
      `mutation ($input: ExtendTaskDeadlineInput!) {
        extendTaskDeadline(input: $input) { __typename ... on Error { code message } }
      }`,
      {
        input: {
          taskId: task.id,
          expectedVersion: version,
          deadline: '31/12/2027',
          document: '125/QĐ-UBND',
          reason: 'Chờ bố trí kinh phí',
        },
      },
    )
    expect(extended.extendTaskDeadline.__typename).toBe('TaskPayload')
    await form.getByRole('button', { name: 'Báo hoàn thành' }).click()
    const notice = form.getByRole('alert')
    await notice.getByText('Nhiệm vụ vừa được người khác thay đổi').waitFor()
    const deadlineRow = notice.getByRole('row', { name: /Thời hạn \(như văn bản ghi\)/ })
    await expect(deadlineRow.textContent()).resolves.toBe(
      'Thời hạn (như văn bản ghi)Quý III/202731/12/2027',
    )
    await notice.getByText(`Người thay đổi: ${OTHER.sub}`).waitFor()
    expect(await form.getByLabel('Ghi chú (không bắt buộc)').inputValue()).toBe(
      'Cơ sở dữ liệu đã vận hành',
    )
    expect(await seriousViolations(visit.page)).toEqual([])
    await notice
      .getByRole('button', { name: 'Gửi lại thay đổi của tôi trên phiên bản mới' })
      .click()
    await visit.page.getByText('Đã ghi nhận nhiệm vụ hoàn thành.').waitFor()
    // The page reads the task again after the change: its history then holds the completion.
    await visit.page.locator('ol.timeline').getByText('Lý do: Cơ sở dữ liệu đã vận hành').waitFor()
    const facts = visit.page.locator('dl.task-facts')
    await expect(facts.textContent()).resolves.toContain('31/12/2027')
    await expect(facts.textContent()).resolves.toContain('Đã hoàn thành')
    const history = await visit.page.locator('ol.timeline').textContent()
    expect(history).toContain('Gia hạn')
    expect(history).toContain('125/QĐ-UBND')
    expect(history).toContain('Cơ sở dữ liệu đã vận hành')
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('fits a phone screen 390 px wide', async () => {
    const phone = await phoneContext(visit.browser)
    try {
      const small = await phone.newPage()
      await signInWithToken(small, visit.app, REPORTER)
      await small.goto(`${visit.app.base}/tasks/${encodeURIComponent(task.id)}`)
      await small.getByRole('heading', { level: 1, name: task.title }).waitFor()
      const widths = await pageWidths(small)
      expect(widths.page).toBeLessThanOrEqual(widths.viewport)
      expect(await seriousViolations(small)).toEqual([])
    } finally {
      await phone.close()
    }
  })
})
