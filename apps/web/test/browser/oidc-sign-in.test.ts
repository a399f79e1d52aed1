// @vitest-environment node
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { appInBrowser, describeInBrowser, seriousViolations } from './app-under-test.js'
import {
  CLIENT_ID,
  type LocalOidcProvider,
  RESOURCE,
  startLocalOidcProvider,
} from './local-oidc-provider.js'

/** The people the provider knows: a clerk of the monitoring office, and one of another tenant. */
const ACCOUNTS = {
  thu: { name: 'Nguyễn Thị Thu', tenant: 'demo', org: 'VP-TU', roles: ['EDITOR'] },
  khach: { name: 'Khách tỉnh khác', tenant: 'tinh-khac', roles: ['VIEWER'] },
} as const

/** The access tokens' lifetime at the provider: the app renews them half-way through. */
const ACCESS_TOKEN_SECONDS = 30

describeInBrowser(`signing in through OpenID Connect`, () => {
  let provider: LocalOidcProvider
  beforeAll(async () => {
    // Short-lived access tokens, so the test sees the app renew one with its refresh token.
    provider = await startLocalOidcProvider(ACCOUNTS, { accessTokenTTL: ACCESS_TOKEN_SECONDS })
  })
  afterAll(() => provider?.stop())

  const visit = appInBrowser({
    env: () => ({
      CHIDAO_OIDC_ISSUER: provider.issuer,
      CHIDAO_OIDC_CLIENT_ID: CLIENT_ID,
      CHIDAO_OIDC_SCOPES: 'openid profile offline_access',
      CHIDAO_JWKS_URL: provider.jwksUrl,
      CHIDAO_JWT_AUDIENCE: RESOURCE,
    }),
    prepare: async (_context, app) => provider.register(app.base),
  })

  /** Leaves the app for the provider's sign-in page. */
  async function goToProvider(on: Page): Promise<void> {
    await on.goto(`${visit.app.base}/sign-in`)
    await on.getByRole('button', { name: 'Đăng nhập bằng tài khoản của cơ quan' }).click()
    await on.waitForURL((url) => url.href.startsWith(provider.issuer))
  }

  /** Signs in on the provider's development pages (any password), and consents. */
  async function signInAtProvider(on: Page, login: string): Promise<void> {
    await on.locator('input[name=login]').fill(login)
    await on.locator('input[name=password]').fill('any password')
    await on.getByRole('button', { name: 'Sign-in' }).click()
    await on.getByRole('button', { name: 'Continue' }).click()
  }

  it("offers the organisation's sign-in first, the token folded away, with nothing serious for axe", async () => {
    await visit.page.goto(`${visit.app.base}/`)
    await visit.page.waitForURL(/\/sign-in$/)
    await visit.page.getByRole('button', { name: 'Đăng nhập bằng tài khoản của cơ quan' }).waitFor()
    expect(await visit.page.getByLabel('Mã xác thực').isVisible()).toBe(false)
    await visit.page.getByText('Đăng nhập bằng mã xác thực (dành cho người phát triển)').click()
    expect(await visit.page.getByLabel('Mã xác thực').isVisible()).toBe(true)
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('says so when the person cancels at the provider, which refuses', async () => {
    await goToProvider(visit.page)
    const authorization = new URL(visit.page.url())
    expect(authorization.pathname).toMatch(/^\/interaction\//)
    await visit.page.getByRole('link', { name: '[ Cancel ]' }).click()
    await visit.page.waitForURL(/\/sign-in\/callback\?/)
    await visit.page
      .getByText('Hệ thống đăng nhập của cơ quan đã từ chối yêu cầu đăng nhập.')
      .waitFor()
    await visit.page.getByText('access_denied: End-User aborted interaction').waitFor()
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('signs in through the provider with PKCE and lands on the urge list with data', async () => {
    const requests: URL[] = []
    visit.page.on('request', (request) => {
      if (request.url().startsWith(`${provider.issuer}/auth`)) requests.push(new URL(request.url()))
    })
    await goToProvider(visit.page)
    const [authorize] = requests
    expect(authorize?.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authorize?.searchParams.get('client_id')).toBe(CLIENT_ID)
    expect(authorize?.searchParams.get('redirect_uri')).toBe(`${visit.app.base}/sign-in/callback`)
    expect(authorize?.searchParams.get('state')).toBeTruthy()
    expect(authorize?.searchParams.get('nonce')).toBeTruthy()
    await signInAtProvider(visit.page, 'thu')
    await visit.page.waitForURL(/\/urge\?view=overdue$/)
    const table = visit.page.getByRole('table', { name: 'Nhiệm vụ cần đôn đốc' })
    await table.waitFor()
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0)
    // The header names the person by the name in the provider's ID token.
    await visit.page.getByText('Đăng nhập với tư cách Nguyễn Thị Thu').waitFor()
    // The bearer is the provider's access token for the gateway, its claims as chidao reads them.
    const token = await visit.page.evaluate(() => sessionStorage.getItem('chidao.token'))
    const claims = JSON.parse(Buffer.from(String(token).split('.')[1]!, 'base64url').toString())
    expect(claims).toMatchObject({
      iss: provider.issuer,
      aud: RESOURCE,
      sub: 'thu',
      tenant: 'demo',
      org: 'VP-TU',
      roles: ['EDITOR'],
    })
    // The code and the verifier were used once: nothing of the sign-in is left behind.
    expect(
      await visit.page.evaluate(() => sessionStorage.getItem('chidao.oidc.pending')),
    ).toBeNull()
    expect(await seriousViolations(visit.page)).toEqual([])
  })

  it('renews the access token with the refresh token before it expires, and the gateway takes it', async () => {
    const first = await visit.page.evaluate(() => sessionStorage.getItem('chidao.token'))
    // Renewed half-way through its lifetime; generous room for a loaded machine.
    await visit.page.waitForFunction(
      (before) => {
        const now = sessionStorage.getItem('chidao.token')
        return now !== null && now !== before
      },
      first,
      { timeout: 120_000 },
    )
    const expiry = (token: string | null) =>
      JSON.parse(Buffer.from(String(token).split('.')[1]!, 'base64url').toString()).exp as number
    const renewed = await visit.page.evaluate(() => sessionStorage.getItem('chidao.token'))
    expect(expiry(renewed)).toBeGreaterThan(expiry(first))
    await visit.page.reload()
    const table = visit.page.getByRole('table', { name: 'Nhiệm vụ cần đôn đốc' })
    await table.waitFor()
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0)
    await visit.page.getByText('Đăng nhập với tư cách Nguyễn Thị Thu').waitFor()
  })

  it('refuses a return whose state was tampered with, and keeps no token', async () => {
    // A new tab of the same browser: nothing of the app's session, but the provider remembers
    // the person and asks only for consent (offline access). Its way back is altered on the
    // way: the redirects inside the provider are followed here, and the one to the app goes on
    // with another state, as a forged return would.
    await visit.page.evaluate(() => sessionStorage.clear())
    await visit.page.goto(`${visit.app.base}/sign-in`)
    const callback = `${visit.app.base}/sign-in/callback`
    const atProvider = (url: URL) => url.href.startsWith(provider.issuer)
    await visit.page.route(atProvider, async (route) => {
      const response = await route.fetch({ maxRedirects: 0 })
      let location = response.headers().location
      for (let hop = 0; location?.startsWith(provider.issuer) && hop < 5; hop += 1) {
        const next = await visit.context.request.get(location, { maxRedirects: 0 })
        location = next.headers().location
      }
      if (!location?.startsWith(callback)) return route.fulfill({ response })
      const forged = new URL(location)
      forged.searchParams.set('state', 'forged')
      return route.fulfill({ status: 303, headers: { location: forged.href } })
    })
    try {
      await visit.page.getByRole('button', { name: 'Đăng nhập bằng tài khoản của cơ quan' }).click()
      await visit.page.getByRole('button', { name: 'Continue' }).click()
      await visit.page.waitForURL(/state=forged/)
      await visit.page.getByText(/tham số state sai/).waitFor()
      expect(await seriousViolations(visit.page)).toEqual([])
      await visit.page.getByLabel('Ngôn ngữ').selectOption('en')
      await visit.page.getByText(/wrong state parameter/).waitFor()
      await visit.page.getByLabel('Language').selectOption('vi')
    } finally {
      await visit.page.unroute(atProvider)
    }
    expect(await visit.page.evaluate(() => sessionStorage.getItem('chidao.token'))).toBeNull()
    await visit.page.goto(`${visit.app.base}/urge`)
    await visit.page.waitForURL(/\/sign-in$/)
  })

  it('signs out at the provider too, so the next sign-in asks for the password again', async () => {
    // Still signed in at the provider: consent only, and back with a state that matches.
    await visit.page.getByRole('button', { name: 'Đăng nhập bằng tài khoản của cơ quan' }).click()
    await visit.page.getByRole('button', { name: 'Continue' }).click()
    await visit.page.waitForURL(/\/urge\?view=overdue$/)
    await visit.page.getByRole('button', { name: 'Đăng xuất' }).click()
    // The provider asks whether to end its session too; the app's page is where it returns.
    await visit.page.waitForURL((url) => url.href.startsWith(provider.issuer))
    await visit.page.getByRole('button', { name: /Yes, sign me out/ }).click()
    await visit.page.waitForURL(`${visit.app.base}/sign-in`)
    expect(await visit.page.evaluate(() => sessionStorage.length)).toBe(0)
    await goToProvider(visit.page)
    await visit.page.locator('input[name=login]').waitFor()
  })

  it("explains a token the gateway refuses (another tenant's), in the reader's language", async () => {
    const other = await visit.browser.newContext({ locale: 'vi-VN' })
    try {
      const visitor = await other.newPage()
      await goToProvider(visitor)
      await signInAtProvider(visitor, 'khach')
      await visitor.waitForURL(/\/sign-in\/callback\?/)
      await visitor.getByText(/máy chủ chidao không chấp nhận nó/).waitFor()
      await visitor.getByText(/Mã xác thực dành cho đơn vị "tinh-khac"/).waitFor()
      expect(await visitor.evaluate(() => sessionStorage.getItem('chidao.token'))).toBeNull()
      expect(await seriousViolations(visitor)).toEqual([])
    } finally {
      await other.close()
    }
  })
})
