// @vitest-environment node
import { expect, it } from 'vitest'
import {
  appInBrowser,
  CLERK,
  describeInBrowser,
  NOW,
  pageWidths,
  phoneContext,
  seriousViolations,
} from './app-under-test.js'

describeInBrowser(`the clerk's urge list`, () => {
  const visit = appInBrowser({ now: NOW })

  async function overdueTotal(filter: Record<string, unknown>): Promise<number> {
    const data = await visit.app.graphql<{ tasks: { totalCount: number } }>(
      CLERK,
      'query ($filter: TaskFilter, $asOf: Date) { tasks(filter: $filter, asOf: $asOf) { totalCount } }',
      { filter: { timeliness: ['OVERDUE'], ...filter }, asOf: '2026-12-07' },
    )
    return data.tasks.totalCount
  }

  it('sends a visitor without a session to sign in, in Vietnamese, with nothing serious for axe', async () => {
    await visit.page.goto(`${visit.app.base}/`)
    await visit.page.waitForURL(/\/sign-in$/)
    await expect(visit.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Đăng nhập vào chidao',
    )
    expect(await visit.page.evaluate(() => document.documentElement.lang)).toBe('vi')
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('refuses a token that is not one, saying why beside the field', async () => {
    await visit.page.getByLabel('Mã xác thực').fill('not-a-token')
    await visit.page.getByRole('button', { name: 'Đăng nhập' }).click()
    await visit.page.getByText('Mã xác thực không đúng dạng JWT').waitFor()
    expect(visit.page.url()).toMatch(/\/sign-in$/)
  })

  it('signs in with a token and lists the overdue tasks the gateway counts, earliest first', async () => {
    await visit.page.getByLabel('Mã xác thực').fill(await visit.app.tokenFor(CLERK))
    await visit.page.getByRole('button', { name: 'Đăng nhập' }).click()
    await visit.page.waitForURL(/\/urge\?view=overdue$/)
    const table = visit.page.getByRole('table', { name: 'Nhiệm vụ cần đôn đốc' })
    await table.waitFor()
    const expected = await overdueTotal({})
    expect(expected).toBeGreaterThan(0)
    await visit.page.getByText(`Tổng số: ${expected}`).waitFor()
    const rows = table.getByRole('row')
    expect(await rows.count()).toBe(Math.min(expected, 50) + 1)
    const standing = await table.locator('tbody tr td:nth-child(6)').allTextContents()
    expect(new Set(standing)).toEqual(new Set(['Chưa hoàn thành quá hạn']))
    // Deadlines as a Vietnamese office writes them: day/month/year, earliest first.
    const due = await table.locator('tbody tr td:nth-child(5)').allTextContents()
    const days = due.filter((text) => /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text))
    expect(days.length).toBeGreaterThan(0)
    const iso = days.map((d) =>
      d
        .split('/')
        .reverse()
        .map((p) => p.padStart(2, '0'))
        .join('-'),
    )
    expect(iso).toEqual([...iso].sort())
    expect(await visit.page.getByText(`Đăng nhập với tư cách ${CLERK.sub}`).count()).toBe(1)
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('filters by an organisation with the bodies below it, and keeps the filter in the address', async () => {
    const expected = await overdueTotal({ involvedOrganizationCode: 'LHH', includeSubtree: true })
    await visit.page.getByLabel('Mã đơn vị (kể cả đơn vị trực thuộc)').fill('lhh')
    await visit.page.getByRole('button', { name: 'Lọc' }).click()
    await visit.page.waitForURL(/organization=lhh/)
    await visit.page.getByText(`Tổng số: ${expected}`).waitFor()
    // Reloading the address shows the same list: the filter lives in the URL.
    await visit.page.reload()
    await visit.page.getByText(`Tổng số: ${expected}`).waitFor()
    expect(await visit.page.getByLabel('Mã đơn vị (kể cả đơn vị trực thuộc)').inputValue()).toBe(
      'lhh',
    )
  })

  it('narrows to a period typed day first (dd/mm/yyyy), with ISO days in the address', async () => {
    const period = { dueFrom: '2025-01-01', dueTo: '2026-06-30' }
    const expected = await overdueTotal({
      involvedOrganizationCode: 'LHH',
      includeSubtree: true,
      ...period,
    })
    expect(expected).toBeGreaterThan(0)
    const from = visit.page.getByRole('group', { name: 'Hạn từ ngày' })
    const to = visit.page.getByRole('group', { name: 'đến ngày' })
    // Empty, each field shows the order it is typed in; digits move on to the next segment.
    expect(await from.textContent()).toMatch(/^dd\/mm\/yyyy$/)
    await from.getByRole('spinbutton').first().click()
    await visit.page.keyboard.type('01012025')
    await to.getByRole('spinbutton').first().click()
    await visit.page.keyboard.type('30062026')
    expect(await from.textContent()).toBe('01/01/2025')
    expect(await to.textContent()).toBe('30/06/2026')
    await visit.page.getByRole('button', { name: 'Lọc' }).click()
    await visit.page.waitForURL(
      /dueFrom=2025-01-01.*dueTo=2026-06-30|dueTo=2026-06-30.*dueFrom=2025-01-01/,
    )
    await visit.page.getByText(`Tổng số: ${expected}`).waitFor()
    // From the keyboard alone: an arrow changes the focused segment.
    await to.getByRole('spinbutton').first().focus()
    await visit.page.keyboard.press('ArrowDown')
    expect(await to.textContent()).toBe('29/06/2026')
    await visit.page.keyboard.press('ArrowUp')
    // A reload reads the days back from the address, as they were typed.
    await visit.page.reload()
    await visit.page.getByText(`Tổng số: ${expected}`).waitFor()
    expect(await visit.page.getByRole('group', { name: 'Hạn từ ngày' }).textContent()).toBe(
      '01/01/2025',
    )
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('switches to the tasks falling due, and to English', async () => {
    await visit.page.locator('label', { hasText: 'Sắp đến hạn (14 ngày tới)' }).click()
    await visit.page.waitForURL(/view=dueSoon/)
    await visit.page.getByLabel('Ngôn ngữ').selectOption('en')
    await visit.page.getByRole('heading', { name: 'Urge list' }).waitFor()
    expect(await visit.page.evaluate(() => document.documentElement.lang)).toBe('en')
    await visit.page.getByLabel('Language').selectOption('vi')
    await visit.page.getByRole('heading', { name: 'Danh sách đôn đốc' }).waitFor()
  })

  it('is usable from the keyboard: the first Tab reaches the skip link, which leads to the page', async () => {
    await visit.page.reload()
    await visit.page.getByText(/^Tổng số/).waitFor()
    await visit.page.keyboard.press('Tab')
    expect(await visit.page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Chuyển đến nội dung chính',
    )
    await visit.page.keyboard.press('Enter')
    expect(await visit.page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('fits a phone screen 390 px wide: only the table scrolls sideways, not the page', async () => {
    const phone = await phoneContext(visit.browser)
    try {
      const small = await phone.newPage()
      await small.goto(`${visit.app.base}/sign-in`)
      await small.getByLabel('Mã xác thực').fill(await visit.app.tokenFor(CLERK))
      await small.getByRole('button', { name: 'Đăng nhập' }).click()
      await small.getByRole('table').waitFor()
      const widths = await pageWidths(small)
      expect(widths.page).toBeLessThanOrEqual(widths.viewport)
      expect(await seriousViolations(small)).toEqual([])
    } finally {
      await phone.close()
    }
  })

  it('signs out, and the list is no longer shown', async () => {
    await visit.page.getByRole('button', { name: 'Đăng xuất' }).click()
    await visit.page.waitForURL(/\/sign-in$/)
    await visit.page.goto(`${visit.app.base}/urge`)
    await visit.page.waitForURL(/\/sign-in$/)
  })
})
