// @vitest-environment node
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  type AppUnderTest,
  describeInBrowser,
  type Identity,
  launchChromium,
  seriousViolations,
  serveApp,
  vietnameseContext,
} from './app-under-test.js'

/** The clerk watching the urge list, and an administrator changing tasks elsewhere. */
const CLERK: Identity = { sub: 'Nguyễn Thị Thu', roles: ['EDITOR'], org: 'VP-TU' }
const ADMIN: Identity = { sub: 'Trần Văn Minh', roles: ['ADMIN'], clearance: 'TUYET_MAT' }

/** The day the browser's clock is held at, in Vietnam (UTC+7): 7 December 2026. */
const NOW = new Date('2026-12-07T03:00:00Z')
const TODAY = '2026-12-07'

const backend = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'

interface OverdueTask {
  readonly id: string
  readonly title: string
  readonly version: number
  readonly progress: number | null
}

/**
 * Live updates (issue 22): the urge list is open in the clerk's browser while someone else
 * changes tasks through the API; the change shows on the page without a reload, through the
 * `taskChanged` subscription (Server-Sent Events) and the normalised cache.
 */
describeInBrowser(`live updates of the urge list in Chromium (${backend})`, () => {
  let app: AppUnderTest
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ;[app, browser] = await Promise.all([serveApp(), launchChromium()])
    const context = await vietnameseContext(browser)
    // Signed in as the sign-in page leaves it: the token kept for the tab.
    await context.addInitScript(
      (token) => {
        sessionStorage.setItem('chidao.token', token)
      },
      await app.tokenFor(CLERK),
    )
    page = await context.newPage()
    await page.clock.setFixedTime(NOW)
    // The stream is open once the gateway answered the subscription's POST: from then on
    // every change is told.
    const listening = page.waitForResponse(
      (response) =>
        response.request().postData()?.includes('subscription TaskChanged') === true &&
        response.headers()['content-type']?.startsWith('text/event-stream') === true,
    )
    await page.goto(`${app.base}/urge?view=overdue`)
    await page.getByRole('table', { name: 'Nhiệm vụ cần đôn đốc' }).waitFor()
    await listening
    // A mark on this document: a reload would lose it.
    await page.evaluate(() => {
      ;(window as unknown as { sameDocument: boolean }).sameDocument = true
    })
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  async function overdue(): Promise<{ total: number; first: OverdueTask }> {
    const data = await app.graphql<{
      tasks: { totalCount: number; edges: { node: OverdueTask }[] }
    }>(
      CLERK,
      `query ($asOf: Date) {
        tasks(filter: { timeliness: [OVERDUE] }, asOf: $asOf, first: 1, orderBy: DUE_ASC) {
          totalCount edges { node { id title version progress } }
        }
      }`,
      { asOf: TODAY },
    )
    return { total: data.tasks.totalCount, first: data.tasks.edges[0]!.node }
  }

  const notReloaded = () =>
    page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true)

  const row = (title: string) => page.getByRole('table').getByRole('row').filter({ hasText: title })

  it('shows progress reported elsewhere in the task’s row, without a reload', async () => {
    const { first } = await overdue()
    expect(await row(first.title).count()).toBe(1)
    const percent = first.progress === 37 ? 38 : 37
    const data = await app.graphql<{ reportProgress: { __typename: string } }>(
      ADMIN,
      `mutation ($input: ReportProgressInput!) {
        reportProgress(input: $input) { __typename ... on Error { code message } }
      }`,
      {
        input: {
          taskId: first.id,
          percent,
          narrative: 'Đã triển khai một phần',
          reportedOn: TODAY,
        },
      },
    )
    expect(data.reportProgress.__typename).not.toMatch(/Error$/)
    await row(first.title)
      .getByRole('cell', { name: `${percent}%` })
      .waitFor()
    expect(await notReloaded()).toBe(true)
  })

  it('drops a task completed elsewhere from the list and counts one fewer, without a reload', async () => {
    const { total, first } = await overdue()
    await page.getByText(`Tổng số: ${total}`).waitFor()
    const data = await app.graphql<{ completeTask: { __typename: string } }>(
      ADMIN,
      `mutation ($input: CompleteTaskInput!) {
        completeTask(input: $input) { __typename ... on Error { code message } }
      }`,
      { input: { id: first.id, version: first.version, on: TODAY } },
    )
    expect(data.completeTask.__typename).toBe('TaskPayload')
    await page.getByText(`Tổng số: ${total - 1}`).waitFor()
    expect(await row(first.title).count()).toBe(0)
    expect(await notReloaded()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
  })
})
