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

describeInBrowser(`signing in through OpenID Connect`, () => {
  let provider: LocalOidcProvider
  beforeAll(async () => {
    provider = await startLocalOidcProvider(ACCOUNTS)
  })
  afterAll(() => provider?.stop())

  const visit = appInBrowser({
    env: () => ({
      CHIDAO_OIDC_ISSUER: provider.issuer,
      CHIDAO_OIDC_CLIENT_ID: CLIENT_ID,
      CHIDAO_JWKS_URL: provider.jwksUrl,
      CHIDAO_JWT_AUDIENCE: RESOURCE,
    }),
    prepare: async (_context, app) => provider.register(`${app.base}/sign-in/callback`),
  })

  /** Leaves the visit.app for the provider's sign-in visit.page. */
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
    await visit.page.getByText('Đăng nhập với tư cách thu').waitFor()
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

  it('refuses a return whose state was tampered with, and signs out clearing the token', async () => {
    await visit.page.getByRole('button', { name: 'Đăng xuất' }).click()
    await visit.page.waitForURL(/\/sign-in$/)
    expect(await visit.page.evaluate(() => sessionStorage.getItem('chidao.token'))).toBeNull()
    // The provider remembers the person: it sends them straight back, and the state is altered
    // on the way, as a forged return would be.
    const callback = `${visit.app.base}/sign-in/callback`
    await visit.page.route(
      (url) => url.href.startsWith(provider.issuer),
      async (route) => {
        const response = await route.fetch({ maxRedirects: 0 })
        const location = response.headers().location
        if (!location?.startsWith(callback)) return route.fulfill({ response })
        const forged = new URL(location)
        forged.searchParams.set('state', 'forged')
        return route.fulfill({
          response,
          headers: { ...response.headers(), location: forged.href },
        })
      },
    )
    try {
      await visit.page.getByRole('button', { name: 'Đăng nhập bằng tài khoản của cơ quan' }).click()
      await visit.page.waitForURL(/state=forged/)
      await visit.page.getByText(/tham số state sai/).waitFor()
      expect(await seriousViolations(visit.page)).toEqual([])
      await visit.page.getByLabel('Ngôn ngữ').selectOption('en')
      await visit.page.getByText(/wrong state parameter/).waitFor()
      await visit.page.getByLabel('Language').selectOption('vi')
    } finally {
      await visit.page.unroute('**/*')
    }
    expect(await visit.page.evaluate(() => sessionStorage.getItem('chidao.token'))).toBeNull()
    await visit.page.goto(`${visit.app.base}/urge`)
    await visit.page.waitForURL(/\/sign-in$/)
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
