import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { scratchDatabaseEnv } from '@chidao/db/testing'
import type { TenantId } from '@chidao/domain'
import { mintDevelopmentToken, readConfig, startGateway } from '@chidao/gateway'
import { pino } from 'pino'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe } from 'vitest'
import { CHROMIUM, launchChromium } from './chromium.js'

/** The signing secret of the gateway under test (at least 32 bytes). */
const SECRET = 'web-app-browser-tests-secret-0123456789'

/** The tenant of the example programme the gateway loads. */
const TENANT = 'demo' as TenantId

/** Who a test signs in as. */
export interface Identity {
  readonly sub: string
  readonly roles: readonly ('ADMIN' | 'EDITOR' | 'REPORTER' | 'VIEWER')[]
  readonly org?: string
  readonly clearance?: 'PUBLIC' | 'MAT' | 'TOI_MAT' | 'TUYET_MAT'
}

/**
 * A clerk of the monitoring office (Văn phòng Tỉnh ủy) of the example programme, who may read
 * and urge: the person of the clerk's pages and of the live updates.
 */
export const CLERK: Identity = { sub: 'Nguyễn Thị Thu', roles: ['EDITOR'], org: 'VP-TU' }

/** The built web app served by a whole gateway over the example programme, on real HTTP. */
export interface AppUnderTest {
  /** `http://127.0.0.1:<port>`. */
  readonly base: string
  tokenFor(identity: Identity): Promise<string>
  /** Posts a GraphQL document as `identity`, as the app does. */
  graphql<T>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<T>
  stop(): Promise<void>
}

/** What a test may change of the gateway it starts. */
export interface ServeAppOptions {
  /**
   * Settings added to the gateway's environment (they win over the defaults): an identity
   * provider's `CHIDAO_OIDC_ISSUER`, `CHIDAO_JWKS_URL`, … The HS256 secret stays, so
   * `tokenFor` still works.
   */
  readonly env?: Readonly<Record<string, string>>
}

/**
 * Starts the gateway as `npm start` does — the web app's build (`apps/web/dist`) at `/`, the
 * example programme loaded — on the backend of the run: an in-memory PGlite, or a PostgreSQL
 * database of its own when `DATABASE_URL` is set (dropped by `stop`).
 */
export async function serveApp(options: ServeAppOptions = {}): Promise<AppUnderTest> {
  const scratch = await scratchDatabaseEnv()
  const webApp = fileURLToPath(new URL('../../dist', import.meta.url))
  try {
    const config = readConfig({
      PORT: '0',
      CHIDAO_DATA_DIR: 'memory://',
      CHIDAO_TENANT: TENANT,
      CHIDAO_SEED: 'example',
      CHIDAO_URGING: 'off',
      CHIDAO_JWT_SECRET: SECRET,
      CHIDAO_WEB_DIR: webApp,
      ...scratch.env,
      ...options.env,
    })
    const gateway = await startGateway(config, pino({ level: 'silent' }), { startSnapshot: null })
    const base = gateway.url.replace(/\/graphql$/, '')
    const tokenFor = (identity: Identity) =>
      mintDevelopmentToken(SECRET, {
        subject: identity.sub,
        tenantId: TENANT,
        organizationCode: identity.org ?? null,
        roles: identity.roles,
        clearance: identity.clearance ?? 'PUBLIC',
        ttlSeconds: 3600,
      })
    return {
      base,
      tokenFor,
      async graphql<T>(identity: Identity, query: string, variables?: Record<string, unknown>) {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${await tokenFor(identity)}`,
          },
          body: JSON.stringify({ query, variables }),
        })
        const body = (await response.json()) as { data: T; errors?: unknown[] }
        if (body.errors) throw new Error(JSON.stringify(body.errors))
        return body.data
      },
      async stop() {
        await gateway.stop()
        await scratch.dispose()
      },
    }
  } catch (error) {
    await scratch.dispose()
    throw error
  }
}

/**
 * Whether the browser tests can run here. Without Chromium they are skipped with a note, except
 * in CI (`CI=true`), which installs it and where a missing browser must fail the run.
 */
export const HAS_CHROMIUM = existsSync(CHROMIUM)
if (!HAS_CHROMIUM && process.env.CI !== 'true') {
  console.warn(
    `No Chromium at ${CHROMIUM}: the browser tests are skipped (apt-get install chromium)`,
  )
}

/** The database the run uses, for the tests' names. */
const BACKEND = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'

/**
 * A `describe` of tests in Chromium, named with the browser and the database of the run
 * (`… in Chromium (PostgreSQL)`); skipped where there is no Chromium ({@link HAS_CHROMIUM}).
 */
export function describeInBrowser(name: string, tests: () => void): void {
  const describeHere = HAS_CHROMIUM || process.env.CI === 'true' ? describe : describe.skip
  describeHere(`${name} in Chromium (${BACKEND})`, tests)
}

const require = createRequire(import.meta.url)
let axeSource: Promise<string> | undefined

/** What axe-core found that a person would be hindered by: serious and critical violations. */
export interface AxeViolation {
  readonly id: string
  readonly impact: string
  readonly help: string
  readonly targets: readonly string[]
}

/**
 * Runs axe-core in the page (WCAG 2.1 A and AA rules) and returns its serious and critical
 * violations. The script is evaluated through the browser's debugging protocol, so the page's
 * own content security policy stays in force.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.evaluate(await axeSource)
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (...a: unknown[]) => Promise<any> } }).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }))
  })
}

/** Where the browser is: Vietnam, in Vietnamese. */
const IN_VIETNAM = { locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' } as const

/** A browser context of someone in Vietnam at an office desktop (Playwright's default size). */
export function vietnameseContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(IN_VIETNAM)
}

/** A browser context of someone in Vietnam on a phone 390 px wide, touch and all. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    ...IN_VIETNAM,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
}

/**
 * Signs in on the sign-in page with a token minted for `identity`, and waits for the urge list
 * the app opens after it.
 */
export async function signInWithToken(page: Page, app: AppUnderTest, identity: Identity) {
  await page.goto(`${app.base}/sign-in`)
  await page.getByLabel('Mã xác thực').fill(await app.tokenFor(identity))
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/urge/)
}

/** Whether the page scrolls sideways as a whole (only its tables may): its width and the viewport's. */
export function pageWidths(page: Page): Promise<{ page: number; viewport: number }> {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }))
}

/** The instant the browser's clock is held at, in Vietnam (UTC+7): 7 December 2026, 10:00. */
export const NOW = new Date('2026-12-07T03:00:00Z')

/** The same day as the gateway's `asOf` takes it. */
export const TODAY = '2026-12-07'

/** What a browser test works with once its `describe`'s `beforeAll` ran. */
export interface AppInBrowser {
  readonly app: AppUnderTest
  readonly browser: Browser
  /** The context of someone in Vietnam at an office desktop ({@link vietnameseContext}). */
  readonly context: BrowserContext
  /** A tab in that context. */
  readonly page: Page
}

/** How the tests of a `describe` want the app and the tab. */
export interface AppInBrowserOptions {
  /**
   * Settings added to the gateway's environment ({@link ServeAppOptions}), asked for when it
   * starts: after the `beforeAll` hooks registered before {@link appInBrowser}.
   */
  readonly env?: () => Readonly<Record<string, string>>
  /** Holds the tab's clock at this instant (often {@link NOW}); the real clock without it. */
  readonly now?: Date
  /** Who signs in on the sign-in page with a token ({@link signInWithToken}); nobody without it. */
  readonly signedIn?: Identity
  /** Runs on the browser context before the tab opens: a script to add to every page, … */
  readonly prepare?: (context: BrowserContext, app: AppUnderTest) => Promise<void>
}

/**
 * The set-up of a `describe` of browser tests: in its `beforeAll`, the app served on the run's
 * database ({@link serveApp}) and Chromium, a tab in Vietnam with its clock and its person
 * signed in as `options` ask; in its `afterAll`, both closed. Call it in the `describe`, and
 * read the app, the browser, the context and the tab from what it returns inside the tests.
 *
 * @example
 * ```ts
 * describeInBrowser("the clerk's urge list", () => {
 *   const visit = appInBrowser({ now: NOW, signedIn: CLERK })
 *   it('shows the list', async () => {
 *     await visit.page.getByRole('table').waitFor()
 *   })
 * })
 * ```
 */
export function appInBrowser(options: AppInBrowserOptions = {}): AppInBrowser {
  let app: AppUnderTest | undefined
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let page: Page | undefined
  beforeAll(async () => {
    ;[app, browser] = await Promise.all([
      serveApp(options.env ? { env: options.env() } : {}),
      launchChromium(),
    ])
    context = await vietnameseContext(browser)
    await options.prepare?.(context, app)
    page = await context.newPage()
    if (options.now) await page.clock.setFixedTime(options.now)
    if (options.signedIn) await signInWithToken(page, app, options.signedIn)
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('appInBrowser: read in a test, once beforeAll ran')
    return value
  }
  return {
    get app() {
      return opened(app)
    },
    get browser() {
      return opened(browser)
    },
    get context() {
      return opened(context)
    },
    get page() {
      return opened(page)
    },
  }
}
