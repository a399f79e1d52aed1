import { testBackends } from '@chidao/db/testing'
import { describe, expect, it } from 'vitest'
import { exampleGatewayForSuite } from './support/gateway-harness.js'

const RESULT = (payload: string) =>
  `__typename ... on Error { code message messageVi path } ${payload}`
const RULES = 'dueSoonDays overdueRepeatDays escalateAfterDays digestTime timeZone version'

describe.each(testBackends())('urging settings through GraphQL on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)

  it('reads the default rules, lets an ADMIN set them at the version read, and refuses a stale one', async () => {
    const before = await h.graphql<{ urgingRules: any }>(`{ urgingRules { ${RULES} } }`)
    expect(before.data!.urgingRules).toEqual({
      dueSoonDays: [7, 1],
      overdueRepeatDays: 7,
      escalateAfterDays: 14,
      digestTime: '07:30',
      timeZone: 'Asia/Ho_Chi_Minh',
      version: 0,
    })
    const SET = `mutation($input: SetUrgingRulesInput!) { setUrgingRules(input: $input) {
      ${RESULT(`... on SetUrgingRulesPayload { urgingRules { ${RULES} } }`)} } }`
    const set = await h.graphql<{ setUrgingRules: any }>(SET, {
      input: { version: 0, escalateAfterDays: 10, dueSoonDays: [1, 5] },
    })
    expect(set.data!.setUrgingRules.urgingRules).toMatchObject({
      dueSoonDays: [5, 1],
      escalateAfterDays: 10,
      overdueRepeatDays: 7,
      version: 1,
    })
    const stale = await h.graphql<{ setUrgingRules: any }>(SET, {
      input: { version: 0, digestTime: '08:00' },
    })
    expect(stale.data!.setUrgingRules).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
    })
    const invalid = await h.graphql<{ setUrgingRules: any }>(SET, {
      input: { version: 1, timeZone: 'Mars/Olympus' },
    })
    expect(invalid.data!.setUrgingRules).toMatchObject({
      __typename: 'ValidationError',
      code: 'INVALID_URGING_RULES',
      path: ['input', 'timeZone'],
    })
    expect(invalid.data!.setUrgingRules.messageVi).toContain('Múi giờ')
    const editor = await h.graphql<{ setUrgingRules: any }>(
      SET,
      { input: { version: 1, digestTime: '08:00' } },
      { roles: ['EDITOR'], org: 'BTV-TU', clearance: 'TUYET_MAT' },
    )
    expect(editor.data!.setUrgingRules).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    })
    const anonymous = await h.graphql<{ setUrgingRules: any }>(SET, { input: { version: 1 } }, null)
    expect(anonymous.data!.setUrgingRules.__typename).toBe('UnauthenticatedError')
    expect(
      (await h.graphql<{ urgingRules: any }>(`{ urgingRules { digestTime version } }`)).data!
        .urgingRules,
    ).toEqual({
      digestTime: '07:30',
      version: 1,
    })
  })

  it('sets an organisation’s preferences by its code, within an EDITOR’s subtree only', async () => {
    const SET = `mutation($input: SetUrgingPreferencesInput!) { setUrgingPreferences(input: $input) {
      ${RESULT('... on SetUrgingPreferencesPayload { organization { code urgingPreferences { digest quietOnRestDays version } } }')} } }`
    const ubnd = { roles: ['EDITOR'] as const, org: 'UBND-TINH', clearance: 'PUBLIC' as const }
    const set = await h.graphql<{ setUrgingPreferences: any }>(
      SET,
      { input: { organizationCode: 'SKHCN', version: 0, digest: true } },
      ubnd,
    )
    expect(set.data!.setUrgingPreferences.organization).toEqual({
      code: 'SKHCN',
      urgingPreferences: { digest: true, quietOnRestDays: false, version: 1 },
    })
    const outside = await h.graphql<{ setUrgingPreferences: any }>(
      SET,
      { input: { organizationCode: 'BTV-TU', version: 0, quietOnRestDays: true } },
      ubnd,
    )
    expect(outside.data!.setUrgingPreferences).toMatchObject({ code: 'FORBIDDEN' })
    const unknown = await h.graphql<{ setUrgingPreferences: any }>(SET, {
      input: { organizationCode: 'KHONG-CO', version: 0, digest: true },
    })
    expect(unknown.data!.setUrgingPreferences).toMatchObject({
      __typename: 'NotFoundError',
      code: 'ORGANIZATION_NOT_FOUND',
      path: ['input', 'organizationCode'],
    })
    const list = await h.graphql<{ organizations: any }>(
      `{ organizations(first: 100) { edges { node { code urgingPreferences { digest version } } } } }`,
    )
    const byCode = Object.fromEntries(
      list.data!.organizations.edges.map((e: any) => [e.node.code, e.node.urgingPreferences]),
    )
    expect(byCode.SKHCN).toEqual({ digest: true, version: 1 })
    expect(byCode['BTV-TU']).toEqual({ digest: false, version: 0 })
  })

  it('serves the shipped holidays of a year until an ADMIN sets the tenant’s own', async () => {
    const READ = `query($year: Int!) { publicHolidays(year: $year) { year own version holidays { date name { vi en } } } }`
    const shipped = await h.graphql<{ publicHolidays: any }>(READ, { year: 2027 })
    expect(shipped.data!.publicHolidays).toMatchObject({ year: 2027, own: false, version: 0 })
    expect(shipped.data!.publicHolidays.holidays).toContainEqual({
      date: '2027-02-06',
      name: { vi: 'Tết Nguyên đán (mùng 1)', en: 'Lunar New Year (day 1)' },
    })
    const SET = `mutation($input: SetPublicHolidaysInput!) { setPublicHolidays(input: $input) {
      ${RESULT('... on SetPublicHolidaysPayload { publicHolidays { own version holidays { date } } }')} } }`
    const days = [
      { date: '2027-02-05', nameVi: 'Tết Nguyên đán', nameEn: 'Lunar New Year' },
      { date: '2027-02-04', nameVi: 'Tết Nguyên đán', nameEn: 'Lunar New Year' },
    ]
    const set = await h.graphql<{ setPublicHolidays: any }>(SET, {
      input: { year: 2027, version: 0, holidays: days },
    })
    expect(set.data!.setPublicHolidays.publicHolidays).toEqual({
      own: true,
      version: 1,
      holidays: [{ date: '2027-02-04' }, { date: '2027-02-05' }],
    })
    const wrong = await h.graphql<{ setPublicHolidays: any }>(SET, {
      input: { year: 2027, version: 1, holidays: [{ ...days[0], date: '2028-01-01' }] },
    })
    expect(wrong.data!.setPublicHolidays).toMatchObject({
      code: 'INVALID_PUBLIC_HOLIDAYS',
      path: ['input', 'holidays', '0', 'date'],
    })
    const badYear = await h.graphql(READ, { year: 99999 })
    expect(badYear.errors?.[0]?.extensions?.code).toBe('VALIDATION')
  })
})
