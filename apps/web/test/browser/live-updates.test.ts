// @vitest-environment node
import { beforeAll, expect, it } from 'vitest'
import {
  appInBrowser,
  CLERK,
  describeInBrowser,
  type Identity,
  NOW,
  seriousViolations,
  TODAY,
} from './app-under-test.js'

/** The clerk ({@link CLERK}) watches the urge list; an administrator changes tasks elsewhere. */
const ADMIN: Identity = { sub: 'Trần Văn Minh', roles: ['ADMIN'], clearance: 'TUYET_MAT' }

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
describeInBrowser(`live updates of the urge list`, () => {
  const visit = appInBrowser({
    now: NOW,
    // Signed in as the sign-in page leaves it: the token kept for the tab.
    prepare: async (context, app) => {
      await context.addInitScript(
        (token) => {
          sessionStorage.setItem('chidao.token', token)
        },
        await app.tokenFor(CLERK),
      )
    },
  })

  beforeAll(async () => {
    const page = visit.page
    // The stream is open once the gateway answered the subscription's POST: from then on
    // every change is told.
    const listening = page.waitForResponse(
      (response) =>
        response.request().postData()?.includes('subscription TaskChanged') === true &&
        response.headers()['content-type']?.startsWith('text/event-stream') === true,
    )
    await page.goto(`${visit.app.base}/urge?view=overdue`)
    await page.getByRole('table', { name: 'Nhiệm vụ cần đôn đốc' }).waitFor()
    await listening
    // A mark on this document: a reload would lose it.
    await page.evaluate(() => {
      ;(window as unknown as { sameDocument: boolean }).sameDocument = true
    })
  })

  async function overdue(): Promise<{ total: number; first: OverdueTask }> {
    const data = await visit.app.graphql<{
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
    visit.page.evaluate(
      () => (window as unknown as { sameDocument?: boolean }).sameDocument === true,
    )

  const row = (title: string) =>
    visit.page.getByRole('table').getByRole('row').filter({ hasText: title })

  it('shows progress reported elsewhere in the task’s row, without a reload', async () => {
    const { first } = await overdue()
    expect(await row(first.title).count()).toBe(1)
    const percent = first.progress === 37 ? 38 : 37
    const data = await visit.app.graphql<{ reportProgress: { __typename: string } }>(
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
    await visit.page.getByText(`Tổng số: ${total}`).waitFor()
    const data = await visit.app.graphql<{ completeTask: { __typename: string } }>(
      ADMIN,
      `mutation ($input: CompleteTaskInput!) {
        completeTask(input: $input) { __typename ... on Error { code message } }
      }`,
      { input: { id: first.id, version: first.version, on: TODAY } },
    )
    expect(data.completeTask.__typename).toBe('TaskPayload')
    await visit.page.getByText(`Tổng số: ${total - 1}`).waitFor()
    expect(await row(first.title).count()).toBe(0)
    expect(await notReloaded()).toBe(true)
    expect(await seriousViolations(visit.page)).toEqual([])
  })
})
