// Takes the web app's screenshots for the README and docs/web.md (docs/images/): the gateway
// over the example programme, Chromium at an office desktop's size and at a phone's.
//   node --conditions=@chidao/source --import tsx apps/web/scripts/screenshots.ts
import { fileURLToPath } from 'node:url'
import { launchChromium, serveApp } from '../test/browser/app-under-test.js'

const images = fileURLToPath(new URL('../../../docs/images/', import.meta.url))
const CLERK = { sub: 'Nguyễn Thị Thu', roles: ['EDITOR'] as const, org: 'VP-TU' }
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
