// @vitest-environment node
import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import {
  appInBrowser,
  describeInBrowser,
  type Identity,
  NOW,
  pageWidths,
  phoneContext,
  seriousViolations,
  signInWithToken,
  TODAY,
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

interface Line {
  organization: { id: string; name: string }
  counts: Record<'total' | 'completedOnTime' | 'completedLate' | 'inProgress' | 'overdue', number>
  onTimeRateDueByDate: { numerator: number; denominator: number; percent: number | null }
}

describeInBrowser(`the leader's dashboard`, () => {
  const visit = appInBrowser({ now: NOW, signedIn: LEADER })

  async function scorecard(symbol: string): Promise<{ byLead: Line[] }> {
    const data = await visit.app.graphql<{ scorecard: { byLead: Line[] } }>(
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
    await visit.page.getByRole('link', { name: 'Bảng điều hành' }).click()
    await visit.page.waitForURL(/\/dashboard/)
    const table = visit.page.getByRole('table', {
      name: /^Kết quả theo cơ quan chủ trì, tính đến ngày 7\/12\/2026/,
    })
    await table.waitFor()
    await visit.page.getByText('06-CTr/TU', { exact: true }).first().waitFor()
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
    await visit.page
      .getByText(/^\d+\/\d+ — [\d,]+%$/)
      .first()
      .waitFor()
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('draws the chart with a text alternative giving every lead and its figures', async () => {
    const chart = visit.page.getByRole('img', { name: /^Biểu đồ nhiệm vụ theo cơ quan chủ trì/ })
    await chart.waitFor()
    const description = await chart.locator('desc').textContent()
    const expected = await scorecard('06-CTr/TU')
    for (const line of expected.byLead) {
      expect(description).toContain(`${line.organization.name}: ${line.counts.total} — `)
    }
    expect(await chart.locator('rect').count()).toBeGreaterThan(0)
  })

  it('follows the implementation chain to a plan, and back up to the programme', async () => {
    const chain = visit.page.getByRole('region', { name: 'Chuỗi triển khai' })
    const ancestors = await chain.locator('ol li').allTextContents()
    expect(ancestors.map((text) => text.split(' ')[0])).toEqual([
      '42-CT/TW',
      '93-KL/TW',
      '06-CTr/TU',
    ])
    await chain.getByRole('link', { name: '128/KH-UBND' }).click()
    await visit.page.waitForURL(/directive=/)
    await visit.page.locator('.dash-document', { hasText: '128/KH-UBND' }).waitFor()
    const expected = await scorecard('128/KH-UBND')
    await visit.page.locator('table.dash-scorecard tbody tr').first().waitFor()
    expect(await visit.page.locator('table.dash-scorecard tbody tr').count()).toBe(
      expected.byLead.length,
    )
    await chain.getByRole('link', { name: '06-CTr/TU' }).click()
    await visit.page.locator('.dash-document', { hasText: '06-CTr/TU' }).waitFor()
  })

  it("drills down from a lead's line to its tasks, and from a task to its page", async () => {
    const [line] = (await scorecard('06-CTr/TU')).byLead
    await visit.page.getByRole('link', { name: `Xem nhiệm vụ: ${line!.organization.name}` }).click()
    await visit.page.waitForURL(/lead=/)
    const list = visit.page.getByRole('region', {
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
    await visit.page.waitForURL(/\/tasks\//)
    await visit.page.getByRole('heading', { level: 1, name: title }).waitFor()
    await visit.page.getByRole('heading', { name: 'Lịch sử' }).waitFor()
    expect(await seriousViolations(visit.page)).toEqual([])
    await visit.page.goBack()
    await visit.page.waitForURL(/\/dashboard/)
  })

  it('drafts a sơ kết and downloads it as DOCX with the token, under a name without diacritics', async () => {
    const form = visit.page.getByRole('region', { name: 'Soạn báo cáo' })
    await form.locator('label', { hasText: 'Sơ kết' }).click()
    // Days are typed as Vietnamese write them, day first, in the field's segments.
    const from = form.getByRole('group', { name: 'Từ ngày' })
    await from.getByRole('spinbutton').first().click()
    await visit.page.keyboard.type('01012025')
    expect(await from.textContent()).toBe('01/01/2025')
    await form.getByRole('button', { name: 'Soạn dự thảo' }).click()
    const draft = visit.page.getByRole('article', { name: 'Dự thảo' })
    await draft.getByText('SƠ KẾT THỰC HIỆN 06-CTR/TU').waitFor()
    await draft.getByText(/từ ngày 1\/1\/2025 đến ngày 7\/12\/2026/).waitFor()
    expect(await draft.getByText('Dự thảo có nội dung mật').count()).toBe(0)
    const [download] = await Promise.all([
      visit.page.waitForEvent('download'),
      visit.page.getByRole('button', { name: 'Tải DOCX' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^so-ket-06-CTr-TU-[\w-]*\.docx$/)
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    await visit.page.getByText(`Đã tải tệp: ${download.suggestedFilename()}`).waitFor()
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('marks a draft drawn from a secret document with its secrecy', async () => {
    const documents = visit.page.getByLabel('Văn bản', { exact: true })
    const secret = await documents.locator('option', { hasText: '215-TB/TU' }).getAttribute('value')
    await documents.selectOption(secret!)
    await visit.page.getByRole('button', { name: 'Xem', exact: true }).click()
    await visit.page.locator('.dash-document', { hasText: '215-TB/TU' }).waitFor()
    await visit.page.getByRole('button', { name: 'Soạn dự thảo' }).click()
    await visit.page.getByText('Dự thảo có nội dung mật, độ mật: MẬT').waitFor()
  })

  it('fits a phone screen 390 px wide, in English too', async () => {
    const phone = await phoneContext(visit.browser)
    try {
      const small = await phone.newPage()
      await small.clock.setFixedTime(NOW)
      await signInWithToken(small, visit.app, LEADER)
      await small.goto(`${visit.app.base}/dashboard`)
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
