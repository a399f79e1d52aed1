import type { NewDirective } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { type CreateDirectivePorts, createDirective } from '../../src/index.js'
import { failureOf } from '../support/result-of.js'
import {
  ANONYMOUS_CALLER,
  BTV_TU,
  caller,
  contextOf,
  directive,
  never,
  organizationReader,
} from '../support/use-case-fixtures.js'

const KL93 = {
  symbol: 'Số: 93-KL/TƯ',
  issuerCode: 'btv-tu',
  issuedOn: '2020-11-20',
  title: 'Kết luận  về tiếp tục thực hiện Chỉ thị 42-CT/TW',
}

function portsWriting(written: NewDirective[]): CreateDirectivePorts {
  return {
    organizations: organizationReader(),
    directives: {
      create: async (validated) => {
        written.push(validated)
        return { ok: true, value: directive(1, validated.symbolText, BTV_TU) }
      },
    },
  }
}

const refusing: CreateDirectivePorts = {
  organizations: organizationReader(),
  directives: { create: never('directives.create') },
}

describe('createDirective', () => {
  it('validates first, naming the fields of its input', async () => {
    // As the gateway always did: a malformed document is answered before the policy.
    const symbol = await createDirective(contextOf(refusing, ANONYMOUS_CALLER), {
      ...KL93,
      symbol: 'abc',
    })
    expect(failureOf(symbol)).toEqual(['INVALID_DOCUMENT_SYMBOL', ['symbol']])
    const issuer = await createDirective(contextOf(refusing, caller('ADMIN', null)), {
      ...KL93,
      issuerCode: 'a b',
    })
    expect(failureOf(issuer)).toEqual(['INVALID_ORGANIZATION_CODE', ['issuerCode']])
  })

  it('lets an EDITOR record only what its subtree issued, and nothing above its clearance', async () => {
    const outside = await createDirective(contextOf(refusing, caller('EDITOR', 'SKHCN')), KL93)
    expect(failureOf(outside)).toEqual(['FORBIDDEN', ['issuerCode']])
    const secret = await createDirective(contextOf(refusing, caller('EDITOR', 'TU')), {
      ...KL93,
      secrecy: 'MAT',
    })
    expect(failureOf(secret)).toEqual(['FORBIDDEN', ['secrecy']])
  })

  it('stores the normalised document and tells how its symbol was read', async () => {
    const written: NewDirective[] = []
    const result = await createDirective(
      contextOf(portsWriting(written), caller('EDITOR', 'TU')),
      KL93,
    )
    expect(result.ok && result.value.directive.symbolText).toBe('93-KL/TW')
    expect(result.ok && result.value.warnings.length).toBeGreaterThan(0)
    expect(written.map((d) => [d.issuerOrganizationCode, d.title])).toEqual([
      ['BTV-TU', 'Kết luận về tiếp tục thực hiện Chỉ thị 42-CT/TW'],
    ])
  })

  it("names the store's failures by the fields of its input", async () => {
    const ports: CreateDirectivePorts = {
      organizations: organizationReader(),
      directives: {
        create: async () => ({
          ok: false,
          error: {
            code: 'ISSUER_NOT_FOUND',
            message: 'none',
            messageVi: 'không có',
            path: ['issuerOrganizationCode'],
          },
        }),
      },
    }
    const result = await createDirective(contextOf(ports, caller('ADMIN', null)), {
      ...KL93,
      issuerCode: 'KHONG-CO',
    })
    expect(failureOf(result)).toEqual(['ISSUER_NOT_FOUND', ['issuerCode']])
  })

  it('validates the reporting rule with the document, and stores it with its recipient and notices', async () => {
    const refused = await createDirective(contextOf(refusing, caller('ADMIN', null)), {
      ...KL93,
      reportingRule: { text: 'Báo cáo khi có yêu cầu' },
    })
    expect(failureOf(refused)).toEqual(['INVALID_REPORTING_RULE', ['reportingRule', 'text']])
    const written: NewDirective[] = []
    const result = await createDirective(contextOf(portsWriting(written), caller('EDITOR', 'TU')), {
      ...KL93,
      reportingRule: { text: 'Báo cáo hằng quý trước ngày 31/5 và 30/11', recipientCode: 'vp-tu' },
    })
    expect(written.map((d) => [d.reportingRule?.cadences, d.reportingRecipientCode])).toEqual([
      [['QUARTERLY'], 'VP-TU'],
    ])
    expect(result.ok && result.value.notices.map((n) => n.code)).toContain(
      'REPORTING_RULE_PART_IGNORED',
    )
  })
})
