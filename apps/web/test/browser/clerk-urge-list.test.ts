// @vitest-environment node
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  type AppUnderTest,
  describeInBrowser,
  type Identity,
  launchChromium,
  pageWidths,
  phoneContext,
  seriousViolations,
  serveApp,
  vietnameseContext,
} from './app-under-test.js'

/** A clerk of the monitoring office (Văn phòng Tỉnh ủy), who may read and urge. */
const CLERK: Identity = { sub: 'Nguyễn Thị Thu', roles: ['EDITOR'], org: 'VP-TU' }

/** The day the browser's clock is held at, in Vietnam (UTC+7): 7 December 2026. */
const NOW = new Date('2026-12-07T03:00:00Z')

const backend = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'

describeInBrowser(`the clerk's urge list in Chromium (${backend})`, () => {
  let app: AppUnderTest
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;[app, browser] = await Promise.all([serveApp(), launchChromium()])
    context = await vietnameseContext(browser)
    page = await context.newPage()
    await page.clock.setFixedTime(NOW)
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  async function overdueTotal(filter: Record<string, unknown>): Promise<number> {
    const data = await app.graphql<{ tasks: { totalCount: number } }>(
      CLERK,
      'query ($filter: TaskFilter, $asOf: Date) { tasks(filter: $filter, asOf: $asOf) { totalCount } }',
      { filter: { timeliness: ['OVERDUE'], ...filter }, asOf: '2026-12-07' },
    )
    return data.tasks.totalCount
  }

  it('sends a visitor without a session to sign in, in Vietnamese, with nothing serious for axe', async () => {
    await page.goto(`${app.base}/`)
    await page.waitForURL(/\/sign-in$/)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Đăng nhập vào chidao',
    )
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('refuses a token that is not one, saying why beside the field', async () => {
    await page.getByLabel('Mã xác thực').fill('not-a-token')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.getByText('Mã xác thực không đúng dạng JWT').waitFor()
    expect(page.url()).toMatch(/\/sign-in$/)
  })

  it('signs in with a token and lists the overdue tasks the gateway counts, earliest first', async () => {
    await page.getByLabel('Mã xác thực').fill(await app.tokenFor(CLERK))
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/urge\?view=overdue$/)
    const table = page.getByRole('table', { name: 'Nhiệm vụ cần đôn đốc' })
    await table.waitFor()
    const expected = await overdueTotal({})
    expect(expected).toBeGreaterThan(0)
    await page.getByText(`Tổng số: ${expected}`).waitFor()
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
    expect(await page.getByText(`Đăng nhập với tư cách ${CLERK.sub}`).count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('filters by an organisation with the bodies below it, and keeps the filter in the address', async () => {
    const expected = await overdueTotal({ involvedOrganizationCode: 'LHH', includeSubtree: true })
    await page.getByLabel('Mã đơn vị (kể cả đơn vị trực thuộc)').fill('lhh')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/organization=lhh/)
    await page.getByText(`Tổng số: ${expected}`).waitFor()
    // Reloading the address shows the same list: the filter lives in the URL.
    await page.reload()
    await page.getByText(`Tổng số: ${expected}`).waitFor()
    expect(await page.getByLabel('Mã đơn vị (kể cả đơn vị trực thuộc)').inputValue()).toBe('lhh')
  })

  it('narrows to a period typed day first (dd/mm/yyyy), with ISO days in the address', async () => {
    const period = { dueFrom: '2025-01-01', dueTo: '2026-06-30' }
    const expected = await overdueTotal({
      involvedOrganizationCode: 'LHH',
      includeSubtree: true,
      ...period,
    })
    expect(expected).toBeGreaterThan(0)
    const from = page.getByRole('group', { name: 'Hạn từ ngày' })
    const to = page.getByRole('group', { name: 'đến ngày' })
    // Empty, each field shows the order it is typed in; digits move on to the next segment.
    expect(await from.textContent()).toMatch(/^dd\/mm\/yyyy$/)
    await from.getByRole('spinbutton').first().click()
    await page.keyboard.type('01012025')
    await to.getByRole('spinbutton').first().click()
    await page.keyboard.type('30062026')
    expect(await from.textContent()).toBe('01/01/2025')
    expect(await to.textContent()).toBe('30/06/2026')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(
      /dueFrom=2025-01-01.*dueTo=2026-06-30|dueTo=2026-06-30.*dueFrom=2025-01-01/,
    )
    await page.getByText(`Tổng số: ${expected}`).waitFor()
    // From the keyboard alone: an arrow changes the focused segment.
    await to.getByRole('spinbutton').first().focus()
    await page.keyboard.press('ArrowDown')
    expect(await to.textContent()).toBe('29/06/2026')
    await page.keyboard.press('ArrowUp')
    // A reload reads the days back from the address, as they were typed.
    await page.reload()
    await page.getByText(`Tổng số: ${expected}`).waitFor()
    expect(await page.getByRole('group', { name: 'Hạn từ ngày' }).textContent()).toBe('01/01/2025')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('switches to the tasks falling due, and to English', async () => {
    await page.locator('label', { hasText: 'Sắp đến hạn (14 ngày tới)' }).click()
    await page.waitForURL(/view=dueSoon/)
    await page.getByLabel('Ngôn ngữ').selectOption('en')
    await page.getByRole('heading', { name: 'Urge list' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.getByLabel('Language').selectOption('vi')
    await page.getByRole('heading', { name: 'Danh sách đôn đốc' }).waitFor()
  })

  it('is usable from the keyboard: the first Tab reaches the skip link, which leads to the page', async () => {
    await page.reload()
    await page.getByText(/^Tổng số/).waitFor()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Chuyển đến nội dung chính',
    )
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('fits a phone screen 390 px wide: only the table scrolls sideways, not the page', async () => {
    const phone = await phoneContext(browser)
    try {
      const small = await phone.newPage()
      await small.goto(`${app.base}/sign-in`)
      await small.getByLabel('Mã xác thực').fill(await app.tokenFor(CLERK))
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
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await page.waitForURL(/\/sign-in$/)
    await page.goto(`${app.base}/urge`)
    await page.waitForURL(/\/sign-in$/)
  })
})
