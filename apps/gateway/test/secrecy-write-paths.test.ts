import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { EXAMPLE_BUNDLE_FILE } from '@chidao/db'
import { testBackends } from '@chidao/db/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  exampleGatewayForSuite,
  TEST_TENANT,
  type TestIdentity,
} from './support/gateway-harness.js'
import { expectTypedError } from './support/typed-error-shape.js'

/**
 * Write paths where a record hidden by secrecy must be answered exactly as an absent one, and
 * where what is derived from a secret record must be as secret (issue 14, faults 1–3). The
 * example's notice 215-TB/TU is Mật.
 */
const RESULT = (payload: string) =>
  `__typename ... on Error { code message messageVi path } ${payload}`
const UNCLEARED_ADMIN: TestIdentity = { roles: ['ADMIN'], clearance: 'PUBLIC', sub: 'admin-0' }
const viewer = (clearance: TestIdentity['clearance']): TestIdentity => ({
  roles: ['VIEWER'],
  clearance,
})
const absentId = (typename: string) => Buffer.from(`${typename}:${randomUUID()}`).toString('base64')

describe.each(testBackends())('secrecy on the write paths on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let bundleText: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    bundleText = (await readFile(EXAMPLE_BUNDLE_FILE, 'utf8')).replace(
      '"id": "demo"',
      `"id": "${TEST_TENANT}"`,
    )
    const r = await h.graphql<any>(
      `{ plan: directive(symbol: "06-CTr/TU") { id }
         organizations(first: 100) { edges { node { id code level } } } }`,
    )
    ids.plan = r.data.plan.id
    for (const { node } of r.data.organizations.edges) ids[node.code] = node.id
  })

  const importAs = (bundle: string, as: TestIdentity) =>
    h.graphql<{ importBundle: any }>(
      `mutation($input: ImportBundleInput!) { importBundle(input: $input) { ${RESULT(
        '... on ImportBundlePayload { directives { created updated unchanged } tasks { created updated } }',
      )} } }`,
      { input: { bundle, fileName: 'tinh.json' } },
      as,
    )
  const notice = (as: TestIdentity | null) =>
    h.graphql<any>(
      '{ directive(symbol: "215-TB/TU") { secrecy title sections { number heading } tasks { totalCount } } }',
      undefined,
      as,
    )

  it('1. imports a bundle by an ADMIN without clearance as if the Mật document it names were absent', async () => {
    const before = await notice(viewer('MAT'))
    expect(before.data.directive.secrecy).toBe('MAT')
    const bundle = JSON.parse(bundleText)
    const hidden = bundle.directives.find((d: any) => d.symbol === '215-TB/TU')
    Object.assign(hidden, { secrecy: 'PUBLIC', title: 'Thông báo công khai', sections: [] })
    const imported = await importAs(JSON.stringify(bundle), UNCLEARED_ADMIN)
    expect(imported.errors).toBeUndefined()
    expect(imported.data!.importBundle).toMatchObject({
      __typename: 'ImportBundlePayload',
      directives: { created: 1, updated: 0 },
    })
    // The Mật document is whole, and still the one a cleared reader finds by its symbol.
    expect(await notice(viewer('MAT'))).toEqual(before)
    expect((await notice(null)).data.directive).toMatchObject({
      secrecy: 'PUBLIC',
      title: 'Thông báo công khai',
    })

    const refused = await importAs(bundleText, UNCLEARED_ADMIN)
    expectTypedError(refused.data!.importBundle, 'ValidationError', 'INVALID_BUNDLE', [
      'input',
      'bundle',
    ])
    expect(refused.data!.importBundle.message).toMatch(
      // The Mật notice, wherever the example lists it.
      /tinh\.json:\d+:\d+ directives\[\d+\]\.secrecy: \[SECRECY_ABOVE_CLEARANCE\] Directive 215-TB\/TU /,
    )
    expect(refused.data!.importBundle.messageVi).toContain('Mật')
    expect(await notice(viewer('MAT'))).toEqual(before)
  })

  it('2. creates a document under a hidden one’s symbol as if it were absent, and links to it as to nothing', async () => {
    const create = (symbol: string, secrecy: string, as: TestIdentity) =>
      h.graphql<{ createDirective: any }>(
        `mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { ${RESULT(
          '... on CreateDirectivePayload { directive { id symbol secrecy } }',
        )} } }`,
        {
          input: {
            symbol,
            issuerCode: 'BTV-TU',
            issuedOn: '2026-01-20',
            title: 'Thông báo',
            secrecy,
          },
        },
        as,
      )
    const hidden = await create('31-TB/TU', 'MAT', { roles: ['ADMIN'], clearance: 'TUYET_MAT' })
    expect(hidden.data!.createDirective.__typename).toBe('CreateDirectivePayload')
    const own = await create('31-TB/TU', 'PUBLIC', UNCLEARED_ADMIN)
    const fresh = await create('32-TB/TU', 'PUBLIC', UNCLEARED_ADMIN)
    expect(own.data!.createDirective).toMatchObject({
      __typename: 'CreateDirectivePayload',
      directive: { symbol: '31-TB/TU', secrecy: 'PUBLIC' },
    })
    expect(Object.keys(own.data!.createDirective)).toEqual(Object.keys(fresh.data!.createDirective))
    const again = await create('31-TB/TU', 'PUBLIC', UNCLEARED_ADMIN)
    expectTypedError(again.data!.createDirective, 'ConflictError', 'DIRECTIVE_EXISTS', [
      'input',
      'symbol',
    ])

    const link = (sourceId: string, targetId: string) =>
      h.graphql<{ linkDirectives: any }>(
        `mutation($input: LinkDirectivesInput!) { linkDirectives(input: $input) { ${RESULT('')} } }`,
        { input: { sourceId, targetId, type: 'CITES', effectiveOn: '2026-01-21' } },
        UNCLEARED_ADMIN,
      )
    const hiddenId = hidden.data!.createDirective.directive.id
    const toAbsent = await link(ids.plan!, absentId('Directive'))
    expectTypedError(toAbsent.data!.linkDirectives, 'NotFoundError', 'DIRECTIVE_NOT_FOUND', [
      'input',
      'targetId',
    ])
    const toHidden = await link(ids.plan!, hiddenId)
    expect(toHidden.errors).toBeUndefined()
    expect(toHidden).toEqual(toAbsent)
    expect(await link(hiddenId, ids.plan!)).toEqual(await link(absentId('Directive'), ids.plan!))
  })

  it('3. makes tasks cascaded from a Tối mật task Tối mật, hidden with everything that hangs on them', async () => {
    const created = await h.graphql<any>(
      `mutation($d: CreateDirectiveInput!) { createDirective(input: $d) { ${RESULT(
        '... on CreateDirectivePayload { directive { id } }',
      )} } }`,
      {
        d: {
          symbol: '9-KH/TU',
          issuerCode: 'BTV-TU',
          issuedOn: '2026-01-05',
          title: 'Kế hoạch tối mật',
          secrecy: 'TOI_MAT',
        },
      },
    )
    const task = await h.graphql<any>(
      `mutation($t: CreateTaskInput!) { createTask(input: $t) { ${RESULT(
        '... on TaskPayload { task { id } }',
      )} } }`,
      {
        t: {
          directiveId: created.data.createDirective.directive.id,
          reference: '1',
          title: 'Việc tối mật chuyển xuống',
          leadId: ids['UBND-TINH'],
        },
      },
    )
    const secretTask = task.data.createTask.task.id
    const communes = Object.keys(ids).filter((code) => code.startsWith('DU-'))
    const cascade = await h.graphql<any>(
      `mutation($input: CascadeTaskInput!) { cascadeTask(input: $input) { ${RESULT(
        '... on CascadeTaskPayload { subtasks { id reference parent { id } } }',
      )} } }`,
      {
        input: {
          taskId: secretTask,
          leadIds: communes.map((code) => ids[code]),
          directiveId: ids.plan,
          referencePrefix: 'TM',
        },
      },
    )
    expect(cascade.errors).toBeUndefined()
    const subtasks = cascade.data.cascadeTask.subtasks
    expect(subtasks).toHaveLength(communes.length)

    const read = (as: TestIdentity | null) =>
      h.graphql<any>(
        `query($plan: ID!, $ids: [ID!]!) {
          inPlan: tasks(first: 100, filter: { directiveId: $plan, search: "toi mat" }) { totalCount }
          nodes(ids: $ids) { ... on Task { id title parent { title } } }
          withRelated: nodes(ids: $ids) { ...Shown }
          all: tasks(first: 50) { totalCount edges { node { id parent { id title } } } }
        }
        # What a task shows beside it is read with the tasks, at the caller's clearance.
        fragment Shown on Task { id lead { code } directive { symbol } progressReports { id } }`,
        { plan: ids.plan, ids: subtasks.map((s: any) => s.id) },
        as,
      )
    for (const as of [null, viewer('MAT')]) {
      const r = await read(as)
      expect(r.errors).toBeUndefined()
      expect(r.data.inPlan.totalCount).toBe(0)
      expect(r.data.nodes.every((n: unknown) => n === null)).toBe(true)
      expect(r.data.withRelated.every((n: unknown) => n === null)).toBe(true)
    }
    const cleared = await read(viewer('TOI_MAT'))
    expect(cleared.errors).toBeUndefined()
    expect(cleared.data.inPlan.totalCount).toBe(communes.length)
    expect(cleared.data.nodes[0].parent).toEqual({ title: 'Việc tối mật chuyển xuống' })
    expect(cleared.data.withRelated.map((n: any) => n.id)).toEqual(subtasks.map((s: any) => s.id))
    expect(cleared.data.withRelated.every((n: any) => n.lead.code && n.directive.symbol)).toBe(true)

    const children = (parentId: string) =>
      h.graphql<any>(
        'query($p: ID!) { tasks(filter: { parentId: $p }) { totalCount edges { node { id } } } }',
        { p: parentId },
        null,
      )
    const ofAbsent = await children(absentId('Task'))
    expect(ofAbsent.data.tasks.totalCount).toBe(0)
    expect(await children(secretTask)).toEqual(ofAbsent)
  })
})
