// @vitest-environment node
import { expect, it } from 'vitest'
import {
  appInBrowser,
  CLERK,
  describeInBrowser,
  type Identity,
  NOW,
  pageWidths,
  phoneContext,
  seriousViolations,
  signInWithToken,
  vietnameseContext,
} from './app-under-test.js'

/** The administrator of the deployment, who may import bundles. */
const ADMIN: Identity = { sub: 'Trần Văn Quản', roles: ['ADMIN'], clearance: 'TUYET_MAT' }

/** A small bundle of new content for the example tenant: a department, its plan, one task. */
const GOOD_BUNDLE = `format: chidao-bundle
version: 2
tenant:
  id: demo
  name: Tỉnh Minh Họa (dữ liệu minh họa)
organizations:
  - code: SO-THU-NGHIEM
    name: Sở Thử nghiệm
    kind: DEPARTMENT
    level: PROVINCE
directives:
  - symbol: 77/KH-STN
    kind: PLAN
    issuer: SO-THU-NGHIEM
    issuedOn: 2026-01-15
    title: Kế hoạch thử nghiệm nhập gói dữ liệu
tasks:
  - directive: 77/KH-STN
    reference: "1"
    title: Kiểm tra nhập gói dữ liệu
    lead: SO-THU-NGHIEM
    deadline: 30/6/2027
`

/** The same bundle with two mistakes: a lead the bundle does not hold, a field that is not one. */
const BROKEN_BUNDLE = GOOD_BUNDLE.replace('    lead: SO-THU-NGHIEM', '    lead: KHONG-CO').replace(
  '    kind: PLAN',
  '    kind: PLAN\n    extra: true',
)

/** The 1-based line of the bundle that holds `text`. */
function lineOf(bundle: string, text: string): number {
  return bundle.split('\n').findIndex((line) => line.includes(text)) + 1
}

describeInBrowser(`the clerk's calendar, organisation tree and import`, () => {
  const visit = appInBrowser({ now: NOW, signedIn: CLERK })

  it('shows the reports missing this year as the gateway counts them, who has not reported first', async () => {
    const data = await visit.app.graphql<{
      reportingCalendar: {
        totals: { organization: { name: string }; missing: number }[]
      }
    }>(
      CLERK,
      `{ reportingCalendar(from: "2026-01-01", to: "2026-12-31", asOf: "2026-12-07") {
        totals { organization { name } missing } } }`,
    )
    const totals = data.reportingCalendar.totals
    const missing = totals.reduce((sum, line) => sum + line.missing, 0)
    const late = totals.filter((line) => line.missing > 0).length
    expect(missing).toBeGreaterThan(0)

    await visit.page.getByRole('link', { name: 'Lịch báo cáo' }).click()
    await visit.page.waitForURL(/\/calendar\?/)
    await visit.page.getByRole('heading', { level: 1, name: 'Lịch báo cáo' }).waitFor()
    await visit.page.getByText(`Số báo cáo chưa gửi (quá hạn): ${missing}`).waitFor()
    await visit.page.getByText(`Số đơn vị chưa báo cáo: ${late}`).waitFor()
    const table = visit.page.getByRole('table', { name: 'Tổng hợp theo đơn vị' })
    const missingColumn = (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map(
      Number,
    )
    expect(missingColumn).toEqual([...missingColumn].sort((a, b) => b - a))
    expect(missingColumn[0]).toBe(Math.max(...totals.map((line) => line.missing)))
    // Each organisation's owed reports, with the due day as Vietnamese write it.
    const first = totals.find((line) => line.missing === missingColumn[0])!
    const owed = visit.page.getByRole('heading', {
      level: 2,
      name: `Báo cáo phải gửi của ${first.organization.name}`,
    })
    await owed.waitFor()
    const due = await visit.page
      .locator('section[aria-labelledby^="owed-"] tbody tr td:nth-child(3)')
      .allTextContents()
    expect(due.length).toBeGreaterThan(0)
    for (const day of due) expect(day).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/)
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('keeps the calendar filter in the address: only missing reports, January to June', async () => {
    await visit.page.locator('label', { hasText: 'Chưa đến hạn báo cáo' }).waitFor()
    await visit.page.getByLabel('đến tháng').selectOption('6')
    await visit.page.locator('label', { hasText: 'Chưa báo cáo (quá hạn)' }).click()
    await visit.page.getByRole('button', { name: 'Lọc' }).click()
    await visit.page.waitForURL(/toMonth=6/)
    expect(visit.page.url()).toMatch(/status=/)
    const data = await visit.app.graphql<{ reportingCalendar: { totals: { missing: number }[] } }>(
      CLERK,
      `{ reportingCalendar(from: "2026-01-01", to: "2026-06-30", asOf: "2026-12-07") {
        totals { missing } } }`,
    )
    const missing = data.reportingCalendar.totals.reduce((sum, line) => sum + line.missing, 0)
    await visit.page.getByText(`Số báo cáo chưa gửi (quá hạn): ${missing}`).waitFor()
    await visit.page.reload()
    await visit.page.getByText(`Số báo cáo chưa gửi (quá hạn): ${missing}`).waitFor()
    const statuses = await visit.page
      .locator('section[aria-labelledby^="owed-"] tbody tr td:nth-child(4)')
      .allTextContents()
    expect(new Set(statuses)).toEqual(new Set(['Chưa báo cáo (quá hạn)']))
  })

  it('opens the organisation tree, finds a body typed without accents, and opens a level with the keyboard', async () => {
    await visit.page.getByRole('link', { name: 'Cây tổ chức' }).click()
    await visit.page.getByRole('heading', { level: 1, name: 'Cây tổ chức' }).waitFor()
    const tree = visit.page.getByRole('list', { name: 'Cây tổ chức' })
    await tree.waitFor()
    // The provincial party committee is closed at first; its button opens it from the keyboard.
    expect(await visit.page.getByText('Văn phòng Tỉnh ủy', { exact: true }).count()).toBe(0)
    const toggle = visit.page.getByRole('button', { name: /^Tỉnh ủy tỉnh Minh Họa/ })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.focus()
    await visit.page.keyboard.press('Enter')
    await visit.page.getByText('Văn phòng Tỉnh ủy', { exact: true }).waitFor()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await seriousViolations(visit.page)).toEqual([])

    await visit.page
      .getByLabel('Tìm theo tên hoặc mã (gõ có dấu hoặc không dấu)')
      .fill('tuyen giao')
    await visit.page.getByText('Số tổ chức khớp: 2').waitFor()
    await visit.page.getByText('Ban Tuyên giáo Tỉnh ủy', { exact: true }).waitFor()
    await visit.page.getByText('Ban Tuyên giáo và Dân vận Tỉnh ủy', { exact: true }).waitFor()
    // Shown in its place: under the committee above it, opened to show it.
    await visit.page.getByText('Tỉnh ủy tỉnh Minh Họa', { exact: true }).waitFor()
    expect(await visit.page.getByText('Sở Tài chính', { exact: true }).count()).toBe(0)
    await visit.page.waitForURL(/q=tuyen/)
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('tells a clerk who is not ADMIN that only an administrator imports', async () => {
    await visit.page.getByRole('link', { name: 'Nhập dữ liệu' }).click()
    await visit.page
      .getByText(/Chỉ quản trị viên \(vai trò ADMIN\) được nhập gói dữ liệu/)
      .waitFor()
    expect(await visit.page.getByLabel('Tệp gói dữ liệu (.yaml, .json)').count()).toBe(0)
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('shows an administrator every problem of a broken bundle with its line and column, writing nothing', async () => {
    const admin = await vietnameseContext(visit.browser)
    try {
      const tab = await admin.newPage()
      await signInWithToken(tab, visit.app, ADMIN)
      await tab.goto(`${visit.app.base}/import`)
      const file = tab.getByLabel('Tệp gói dữ liệu (.yaml, .json)')
      await file.setInputFiles({
        name: 'thu-nghiem.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from(BROKEN_BUNDLE),
      })
      const check = tab.getByRole('button', { name: 'Kiểm tra' })
      const run = tab.getByRole('button', { name: 'Nhập', exact: true })
      await tab.waitForFunction(() =>
        [...document.querySelectorAll('button')].some(
          (b) => b.textContent === 'Kiểm tra' && !b.disabled,
        ),
      )
      expect(await run.isDisabled()).toBe(true)
      await check.click()
      await tab.getByText(/Gói dữ liệu có lỗi, chưa ghi gì \(\d+\)/).waitFor()
      const problems = await tab.locator('ol.problems li').allTextContents()
      expect(problems.length).toBeGreaterThanOrEqual(2)
      for (const problem of problems) expect(problem).toMatch(/^Dòng \d+, cột \d+: /)
      const lines = problems.map((p) => Number(/^Dòng (\d+)/.exec(p)![1]))
      expect(lines).toContain(lineOf(BROKEN_BUNDLE, 'KHONG-CO'))
      expect(lines).toContain(lineOf(BROKEN_BUNDLE, 'extra: true'))
      expect(problems.some((p) => p.includes('KHONG-CO'))).toBe(true)
      expect(await run.isDisabled()).toBe(true)
      expect(await seriousViolations(tab)).toEqual([])
      const written = await visit.app.graphql<{ organization: unknown }>(
        ADMIN,
        '{ organization(code: "SO-THU-NGHIEM") { id } }',
      )
      expect(written.organization).toBeNull()

      // A good bundle: checked (nothing written), then imported, with the counts per kind.
      await file.setInputFiles({
        name: 'thu-nghiem.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from(GOOD_BUNDLE),
      })
      await tab.waitForFunction(() => document.querySelector('ol.problems') === null)
      await check.click()
      await tab.getByText('Gói dữ liệu hợp lệ. Nếu nhập, sẽ có:').waitFor()
      const counts = tab.getByRole('table', { name: 'Số bản ghi theo loại' })
      const row = async (kind: string) =>
        await counts
          .getByRole('row', { name: new RegExp(`^${kind}`) })
          .locator('td')
          .allTextContents()
      expect(await row('Tổ chức')).toEqual(['1', '0', '0'])
      expect(await row('Nhiệm vụ')).toEqual(['1', '0', '0'])
      const checked = await visit.app.graphql<{ organization: unknown }>(
        ADMIN,
        '{ organization(code: "SO-THU-NGHIEM") { id } }',
      )
      expect(checked.organization).toBeNull()
      expect(await seriousViolations(tab)).toEqual([])

      await run.click()
      await tab.getByText('Đã nhập xong:').waitFor()
      expect(await row('Tổ chức')).toEqual(['1', '0', '0'])
      expect(await row('Văn bản')).toEqual(['1', '0', '0'])
      const imported = await visit.app.graphql<{ organization: { name: string } | null }>(
        ADMIN,
        '{ organization(code: "SO-THU-NGHIEM") { name } }',
      )
      expect(imported.organization).toEqual({ name: 'Sở Thử nghiệm' })
    } finally {
      await admin.close()
    }
  })

  it('fits a phone screen 390 px wide on the calendar and the tree', async () => {
    const phone = await phoneContext(visit.browser)
    try {
      const small = await phone.newPage()
      await small.clock.setFixedTime(NOW)
      await signInWithToken(small, visit.app, CLERK)
      for (const [path, ready] of [
        ['/calendar', 'Tổng hợp theo đơn vị'],
        ['/organizations', 'Cây tổ chức'],
      ] as const) {
        await small.goto(`${visit.app.base}${path}`)
        await small.getByRole(path === '/calendar' ? 'table' : 'list', { name: ready }).waitFor()
        const widths = await pageWidths(small)
        expect(widths.page, path).toBeLessThanOrEqual(widths.viewport)
        expect(await seriousViolations(small)).toEqual([])
      }
    } finally {
      await phone.close()
    }
  })
})
