import { readFile } from 'node:fs/promises'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { BUNDLE_SCHEMA_FILE, bundleJsonSchema } from '../scripts/bundle-schema.js'
import { parseBundle } from '../src/index.js'

const EXAMPLE = new URL('../../db/bundles/ket-luan-93.json', import.meta.url)
const SECOND_PROVINCE = new URL('../../../docs/examples/tinh-mau.yaml', import.meta.url)

const validate = new Ajv({ allErrors: true, strict: true }).compile(bundleJsonSchema())
const errors = (value: unknown) =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)

describe('the bundle JSON Schema', () => {
  it('is up to date (regenerate with npm run bundle-schema -w @chidao/domain)', async () => {
    expect(JSON.parse(await readFile(BUNDLE_SCHEMA_FILE, 'utf8'))).toEqual(bundleJsonSchema())
  })

  it('accepts the example bundle and the second province, which parseBundle accepts too', async () => {
    const example = JSON.parse(await readFile(EXAMPLE, 'utf8'))
    const second = parse(await readFile(SECOND_PROVINCE, 'utf8'))
    for (const bundle of [example, second]) {
      expect(parseBundle(bundle).ok).toBe(true)
      expect(errors(bundle)).toEqual([])
    }
  })

  it('refuses what parseBundle refuses for shape: unknown fields, kinds, levels, statuses, missing keys', async () => {
    const example = JSON.parse(await readFile(EXAMPLE, 'utf8'))
    const broken = (change: (b: typeof example) => void) => {
      const copy = structuredClone(example)
      change(copy)
      expect(parseBundle(copy).ok).toBe(false)
      return errors(copy)
    }
    expect(broken((b) => (b.organizations[0].kind = 'PARTY'))).toContain(
      '/organizations/0/kind must be equal to one of the allowed values',
    )
    expect(broken((b) => (b.organizations[0].levle = 'CENTRAL'))).toContain(
      '/organizations/0 must NOT have additional properties',
    )
    expect(broken((b) => delete b.tasks[0].lead)).toContain(
      "/tasks/0 must have required property 'lead'",
    )
    expect(broken((b) => (b.tasks[0].status = 'DONE'))).toContain(
      '/tasks/0/status must be equal to one of the allowed values',
    )
    expect(broken((b) => (b.version = 3))).toContain(
      '/version must be equal to one of the allowed values',
    )
    expect(broken((b) => (b.tenant.id = 'Tỉnh ABC'))).toContain(
      '/tenant/id must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"',
    )
    expect(broken((b) => (b.directives[0].issuedOn = '20/11/2020'))).toContain(
      '/directives/0/issuedOn must match pattern "^\\d{4}-\\d{2}-\\d{2}$"',
    )
  })

  it('accepts null for every optional field, as parseBundle does', () => {
    const bundle = {
      format: 'chidao-bundle',
      version: 1,
      tenant: { id: 'demo', name: 'Demo' },
      title: null,
      organizations: [
        {
          code: 'TU',
          name: 'Tỉnh ủy',
          kind: 'PARTY_COMMITTEE',
          level: 'PROVINCE',
          parent: null,
          partyTerm: null,
        },
      ],
      tasks: null,
    }
    expect(parseBundle(bundle).ok).toBe(true)
    expect(errors(bundle)).toEqual([])
  })
})
