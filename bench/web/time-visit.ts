import type { Browser, BrowserContext } from 'playwright-core'
import type { WebPage } from './web-pages.js'

/** One visit to a page: when it became usable, and how many of its rows showed then. */
export interface Visit {
  /** From the navigation's start (the page's time origin) to the rows in the document. */
  readonly ms: number
  /** The same from the benchmark's side: `page.goto` called to the rows seen by Playwright. */
  readonly wallMs: number
  /** The navigation's start to the app's document parsed (DOMContentLoaded ended). */
  readonly documentMs: number
  /** The longest GraphQL request that completed before the rows: the list's query. */
  readonly queryMs: number
  readonly rows: number
}

/**
 * A browser context signed in as the token's holder (the token kept for the tab, as the
 * sign-in page leaves it) that notes, in each document, the moment `page.usable` first
 * matches: a MutationObserver installed before the app's own script runs.
 */
export async function signedInContext(
  browser: Browser,
  token: string,
  page: WebPage,
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  await context.addInitScript(
    ({ token, usable }) => {
      sessionStorage.setItem('chidao.token', token)
      const mark = globalThis as unknown as { usableAt?: number }
      const observer = new MutationObserver(() => {
        if (mark.usableAt === undefined && document.querySelector(usable)) {
          mark.usableAt = performance.now()
          observer.disconnect()
        }
      })
      observer.observe(document, { childList: true, subtree: true })
    },
    { token, usable: page.usable },
  )
  return context
}

/** Opens `page` in a new tab of `context` and times it until usable. */
export async function timeVisit(
  context: BrowserContext,
  base: string,
  page: WebPage,
): Promise<Visit> {
  const tab = await context.newPage()
  try {
    const started = performance.now()
    await tab.goto(`${base}${page.path}`)
    await tab.waitForSelector(page.usable, { timeout: 0 })
    const wallMs = performance.now() - started
    const timings = await tab.evaluate(() => {
      const usableAt = (globalThis as unknown as { usableAt: number }).usableAt
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[]
      const queries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        // urql sends a query as a GET (`/graphql?query=…`) when its address is short enough.
        .filter((e) => new URL(e.name).pathname === '/graphql' && e.responseEnd <= usableAt)
        .map((entry) => entry.responseEnd - entry.startTime)
      return {
        ms: usableAt,
        documentMs: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        queryMs: Math.max(0, ...queries),
      }
    })
    return { ...timings, wallMs, rows: await tab.locator(page.usable).count() }
  } finally {
    await tab.close()
  }
}
