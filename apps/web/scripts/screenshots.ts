// Takes the web app's screenshots for the README and docs/web.md (docs/images/): the gateway
// over the example programme, Chromium at an office desktop's size and at a phone's.
//   node --conditions=@chidao/source --import tsx apps/web/scripts/screenshots.ts
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import {
  type AppUnderTest,
  type Identity,
  launchChromium,
  serveApp,
} from '../test/browser/app-under-test.js'

const images = fileURLToPath(new URL('../../../docs/images/', import.meta.url))
const CLERK = { sub: 'Nguyễn Thị Thu', roles: ['EDITOR'] as const, org: 'VP-TU' }
/** A reporter of the department that leads task II.6, and an editor who records extensions. */
const REPORTER = { sub: 'Lê Thị Hoa', roles: ['REPORTER'] as const, org: 'SKHCN' }
const EDITOR = { sub: 'Trần Văn Bình', roles: ['ADMIN'] as const, org: 'VP-TU' }

/** Task II.6 with a report and an extension in its history, as a department's page shows it. */
async function prepareTask(app: AppUnderTest): Promise<string> {
  const { tasks } = await app.graphql<{
    tasks: { edges: { node: { id: string; reference: string; version: number } }[] }
  }>(
    REPORTER,
    'query { tasks(filter: { leadOrganizationCode: "SKHCN" }, first: 50) { edges { node { id reference version } } } }',
  )
  const task = tasks.edges.map((edge) => edge.node).find((node) => node.reference === 'II.6')!
  await app.graphql(
    REPORTER,
    'mutation ($input: ReportProgressInput!) { reportProgress(input: $input) { __typename } }',
    {
      input: {
        taskId: task.id,
        percent: 60,
        narrative:
          'Đã nhập dữ liệu của 1.200 trí thức; đang kết nối với cơ sở dữ liệu của Liên hiệp hội.',
        evidence: ['https://skhcn.example.gov.vn/bao-cao/csdl-tri-thuc-2026-12'],
      },
    },
  )
  await app.graphql(
    EDITOR,
    'mutation ($input: ExtendTaskDeadlineInput!) { extendTaskDeadline(input: $input) { __typename } }',
    {
      input: {
        taskId: task.id,
        expectedVersion: task.version,
        deadline: '31/12/2027',
        document: '125/QĐ-UBND',
        reason: 'Chờ bố trí kinh phí số hóa',
      },
    },
  )
  return task.id
}

async function signIn(page: Page, app: AppUnderTest, identity: Identity) {
  await page.goto(`${app.base}/sign-in`)
  await page.getByLabel('Mã xác thực').fill(await app.tokenFor(identity))
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/urge/)
}

/** A leader of the Standing Committee, who reads the dashboard. */
const LEADER = {
  sub: 'Trần Văn Minh',
  roles: ['VIEWER'] as const,
  org: 'BTV-TU',
  clearance: 'MAT' as const,
}

const [app, browser] = await Promise.all([serveApp(), launchChromium()])
try {
  for (const [name, viewport] of [
    ['urge-list', { width: 1280, height: 800 }],
    ['urge-list-phone', { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date('2026-12-07T03:00:00Z'))
    await page.goto(`${app.base}/sign-in`)
    await page.getByLabel('Mã xác thực').fill(await app.tokenFor(CLERK))
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.getByRole('table').waitFor()
    await page.screenshot({ path: `${images}${name}.png` })
    console.log(`docs/images/${name}.png`)
    await context.close()
  }
  const taskId = await prepareTask(app)
  for (const [name, identity] of [
    ['task-page', REPORTER],
    ['task-extension', EDITOR],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'vi-VN',
    })
    const page = await context.newPage()
    await signIn(page, app, identity)
    await page.goto(`${app.base}/tasks/${encodeURIComponent(taskId)}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    if (name === 'task-extension') {
      // The new deadline read as it is typed, by the domain's parseDeadline in the browser.
      await page.getByLabel('Thời hạn mới (như văn bản ghi)').fill('Quý II/2028')
      await page.getByText('Hạn sẽ được hiểu là:').waitFor()
      await page
        .getByRole('form', { name: 'Gia hạn thời hạn' })
        .screenshot({ path: `${images}${name}.png` })
    } else {
      await page.screenshot({ path: `${images}${name}.png`, fullPage: true })
    }
    console.log(`docs/images/${name}.png`)
    await context.close()
  }
  // The leader's dashboard: the programme's scorecard as a chart and a table.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1500 },
    locale: 'vi-VN',
  })
  const page = await context.newPage()
  await page.clock.setFixedTime(new Date('2026-12-07T03:00:00Z'))
  await page.goto(`${app.base}/sign-in`)
  await page.getByLabel('Mã xác thực').fill(await app.tokenFor(LEADER))
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/urge/)
  await page.getByRole('link', { name: 'Bảng điều hành' }).click()
  await page.locator('table.dash-scorecard').waitFor()
  await page.getByRole('heading', { name: 'Chuỗi triển khai' }).waitFor()
  await page.screenshot({ path: `${images}dashboard.png` })
  console.log('docs/images/dashboard.png')
  await context.close()
} finally {
  await browser.close()
  await app.stop()
}
