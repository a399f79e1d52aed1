// @vitest-environment node
import { readFile } from 'node:fs/promises'
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
  signInWithToken,
  vietnameseContext,
} from './app-under-test.js'

/**
 * A leader of the Provincial Party Standing Committee: reading is decided by clearance alone,
 * so a VIEWER cleared for Mật reads everything the dashboard counts.
 */
const LEADER: Identity = {
  sub: 'Trần Văn Minh',
  roles: ['VIEWER'],
  org: 'BTV-TU',
  clearance: 'MAT',
}

/** The day the browser's clock is held at, in Vietnam (UTC+7): 7 December 2026. */
const NOW = new Date('2026-12-07T03:00:00Z')
const TODAY = '2026-12-07'

const backend = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'

interface Line {
  organization: { id: string; name: string }
  counts: Record<'total' | 'completedOnTime' | 'completedLate' | 'inProgress' | 'overdue', number>
  onTimeRateDueByDate: { numerator: number; denominator: number; percent: number | null }
}

describeInBrowser(`the leader's dashboard in Chromium (${backend})`, () => {
  let app: AppUnderTest
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;[app, browser] = await Promise.all([serveApp(), launchChromium()])
    context = await vietnameseContext(browser)
    page = await context.newPage()
    await page.clock.setFixedTime(NOW)
    await signInWithToken(page, app, LEADER)
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  async function scorecard(symbol: string): Promise<{ byLead: Line[] }> {
    const data = await app.graphql<{ scorecard: { byLead: Line[] } }>(
      LEADER,
      `query ($symbol: String, $asOf: Date) { scorecard(directiveSymbol: $symbol, asOf: $asOf) {
        byLead { organization { id name }
          counts { total completedOnTime completedLate inProgress overdue }
          onTimeRateDueByDate { numerator denominator percent } } } }`,
      { symbol, asOf: TODAY },
    )
    return data.scorecard
  }

  it('opens on the programme, its table holding the figures the gateway answers, rates with their denominators', async () => {
    await page.getByRole('link', { name: 'Bảng điều hành' }).click()
    await page.waitForURL(/\/dashboard/)
    const table = page.getByRole('table', {
      name: /^Kết quả theo cơ quan chủ trì, tính đến ngày 7\/12\/2026/,
    })
    await table.waitFor()
    await page.getByText('06-CTr/TU', { exact: true }).first().waitFor()
    const expected = await scorecard('06-CTr/TU')
    expect(expected.byLead.length).toBeGreaterThan(1)
    const rows = table.locator('tbody tr')
    expect(await rows.count()).toBe(expected.byLead.length)
    for (const [index, line] of expected.byLead.entries()) {
      const cells = await rows.nth(index).locator('th, td').allTextContents()
      expect(cells[0]).toContain(line.organization.name)
      const c = line.counts
      expect(cells.slice(1, 6)).toEqual(
        [c.total, c.completedOnTime, c.completedLate, c.inProgress, c.overdue].map(String),
      )
      const rate = line.onTimeRateDueByDate
      expect(cells[6]).toMatch(new RegExp(`^${rate.numerator}/${rate.denominator} — `))
      if (rate.percent !== null) {
        const percent = new Intl.NumberFormat('vi', { maximumFractionDigits: 1 }).format(
          rate.percent,
        )
        expect(cells[6]).toBe(`${rate.numerator}/${rate.denominator} — ${percent}%`)
      }
    }
    // The headline rate, with its denominator: 6 of the 13 tasks due were done on time.
    await page
      .getByText(/^\d+\/\d+ — [\d,]+%$/)
      .first()
      .waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('draws the chart with a text alternative giving every lead and its figures', async () => {
    const chart = page.getByRole('img', { name: /^Biểu đồ nhiệm vụ theo cơ quan chủ trì/ })
    await chart.waitFor()
    const description = await chart.locator('desc').textContent()
    const expected = await scorecard('06-CTr/TU')
    for (const line of expected.byLead) {
      expect(description).toContain(`${line.organization.name}: ${line.counts.total} — `)
    }
    expect(await chart.locator('rect').count()).toBeGreaterThan(0)
  })

  it('follows the implementation chain to a plan, and back up to the programme', async () => {
    const chain = page.getByRole('region', { name: 'Chuỗi triển khai' })
    const ancestors = await chain.locator('ol li').allTextContents()
    expect(ancestors.map((text) => text.split(' ')[0])).toEqual([
      '42-CT/TW',
      '93-KL/TW',
      '06-CTr/TU',
    ])
    await chain.getByRole('link', { name: '128/KH-UBND' }).click()
    await page.waitForURL(/directive=/)
    await page.locator('.dash-document', { hasText: '128/KH-UBND' }).waitFor()
    const expected = await scorecard('128/KH-UBND')
    await page.locator('table.dash-scorecard tbody tr').first().waitFor()
    expect(await page.locator('table.dash-scorecard tbody tr').count()).toBe(expected.byLead.length)
    await chain.getByRole('link', { name: '06-CTr/TU' }).click()
    await page.locator('.dash-document', { hasText: '06-CTr/TU' }).waitFor()
  })

  it("drills down from a lead's line to its tasks, and from a task to its page", async () => {
    const [line] = (await scorecard('06-CTr/TU')).byLead
    await page.getByRole('link', { name: `Xem nhiệm vụ: ${line!.organization.name}` }).click()
    await page.waitForURL(/lead=/)
    const list = page.getByRole('region', {
      name: `Nhiệm vụ do cơ quan chủ trì ${line!.organization.name}`,
    })
    await list.waitFor()
    const links = list.getByRole('listitem').getByRole('link')
    await links.first().waitFor()
    expect(await links.count()).toBeGreaterThanOrEqual(line!.counts.total)
    // The link reads "<document> <item> — <title>"; the task page's heading is "<item> <title>".
    const title = ((await links.first().textContent()) ?? '').split(' — ').at(-1) ?? ''
    expect(title.length).toBeGreaterThan(0)
    await links.first().click()
    await page.waitForURL(/\/tasks\//)
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    await page.getByRole('heading', { name: 'Lịch sử' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.goBack()
    await page.waitForURL(/\/dashboard/)
  })

  it('drafts a sơ kết and downloads it as DOCX with the token, under a name without diacritics', async () => {
    const form = page.getByRole('region', { name: 'Soạn báo cáo' })
    await form.locator('label', { hasText: 'Sơ kết' }).click()
    // Days are typed as Vietnamese write them, day first, in the field's segments.
    const from = form.getByRole('group', { name: 'Từ ngày' })
    await from.getByRole('spinbutton').first().click()
    await page.keyboard.type('01012025')
    expect(await from.textContent()).toBe('01/01/2025')
    await form.getByRole('button', { name: 'Soạn dự thảo' }).click()
    const draft = page.getByRole('article', { name: 'Dự thảo' })
    await draft.getByText('SƠ KẾT THỰC HIỆN 06-CTR/TU').waitFor()
    await draft.getByText(/từ ngày 1\/1\/2025 đến ngày 7\/12\/2026/).waitFor()
    expect(await draft.getByText('Dự thảo có nội dung mật').count()).toBe(0)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải DOCX' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^so-ket-06-CTr-TU-[\w-]*\.docx$/)
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    await page.getByText(`Đã tải tệp: ${download.suggestedFilename()}`).waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('marks a draft drawn from a secret document with its secrecy', async () => {
    const documents = page.getByLabel('Văn bản', { exact: true })
    const secret = await documents.locator('option', { hasText: '215-TB/TU' }).getAttribute('value')
    await documents.selectOption(secret!)
    await page.getByRole('button', { name: 'Xem', exact: true }).click()
    await page.locator('.dash-document', { hasText: '215-TB/TU' }).waitFor()
    await page.getByRole('button', { name: 'Soạn dự thảo' }).click()
    await page.getByText('Dự thảo có nội dung mật, độ mật: MẬT').waitFor()
  })

  it('fits a phone screen 390 px wide, in English too', async () => {
    const phone = await phoneContext(browser)
    try {
      const small = await phone.newPage()
      await small.clock.setFixedTime(NOW)
      await signInWithToken(small, app, LEADER)
      await small.goto(`${app.base}/dashboard`)
      await small.locator('table.dash-scorecard').waitFor()
      const widths = await pageWidths(small)
      expect(widths.page).toBeLessThanOrEqual(widths.viewport)
      expect(await seriousViolations(small)).toEqual([])
      await small.getByLabel('Ngôn ngữ').selectOption('en')
      await small.getByRole('heading', { name: 'Implementation chain' }).waitFor()
    } finally {
      await phone.close()
    }
  })
})
