import {
  err,
  type IntakeDocument,
  type Organization,
  ok,
  type Page,
  type TenantId,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  type DocumentReader,
  decodeBase64,
  draftBundleFromFile,
  type OrganizationReader,
} from '../../src/index.js'
import { tenantOrganization } from '../support/organization-fixture.js'
import { caller, contextOf, never, uuid } from '../support/use-case-fixtures.js'

const SNV = tenantOrganization(uuid(1), 'SNV', 'Sở Nội vụ', 'PROVINCE', 'DEPARTMENT')

const organizations: Pick<OrganizationReader, 'list'> = {
  list: async () => {
    const page: Page<Organization> = {
      edges: [{ node: SNV, cursor: '1' }],
      hasNextPage: false,
      hasPreviousPage: false,
      totalCount: 1,
    }
    return page
  },
}

/** A reader of text only, as the intake's reads a .txt: a paragraph a line. */
const textReader: DocumentReader = {
  read: async (content, fileName) => {
    if (!fileName.endsWith('.txt')) {
      return err({
        code: 'UNSUPPORTED_FORMAT',
        file: fileName,
        message: `${fileName}: cannot be read`,
        messageVi: `${fileName}: không đọc được`,
      })
    }
    const lines = new TextDecoder().decode(content).split('\n').filter(Boolean)
    const document: IntakeDocument = {
      name: fileName,
      format: 'txt',
      blocks: lines.map((text, i) => ({ kind: 'paragraph', text, place: { block: i + 1 } })),
    }
    return ok(document)
  },
}

const PROGRAMME = [
  'SỞ NỘI VỤ',
  'Số: 12-KH/SNV',
  'Demo, ngày 01 tháng 10 năm 2025',
  'KẾ HOẠCH',
  'thực hiện Kết luận số 93-KL/TW',
  'II. NHIỆM VỤ',
  '1. Rà soát hội. Sở Nội vụ chủ trì. Thời gian: Quý II/2026.',
].join('\n')

const ports = {
  bundles: { tenantId: 'demo' as TenantId, tenantName: async () => null },
  organizations,
  documentReader: textReader,
}
const admin = caller('ADMIN', 'SNV')

describe('draftBundleFromFile', () => {
  it('refuses who may not import a bundle before the file is read', async () => {
    const refused = await draftBundleFromFile(
      contextOf(
        { ...ports, documentReader: { read: never('documentReader.read') } },
        caller('EDITOR', 'SNV'),
      ),
      { fileName: 'kh.txt', content: { base64: '!!' } },
    )
    expect(refused.ok || refused.error.code).toBe('FORBIDDEN')
  })

  it('drafts from the bytes, or from their base64, alike', async () => {
    const bytes = new TextEncoder().encode(PROGRAMME)
    const base64 = btoa(String.fromCharCode(...bytes))
    const fromBytes = await draftBundleFromFile(contextOf(ports, admin), {
      fileName: 'kh.txt',
      content: bytes,
    })
    const fromText = await draftBundleFromFile(contextOf(ports, admin), {
      fileName: 'kh.txt',
      content: { base64 },
    })
    if (!fromBytes.ok || !fromText.ok) throw new Error('not drafted')
    expect(fromBytes.value.tasks.map((t) => [t.reference, t.lead])).toEqual([['II.1', 'SNV']])
    expect(fromText.value.bundle).toEqual(fromBytes.value.bundle)
  })

  it('fails with the reader code at content, and with INVALID_BASE64 for text not base64', async () => {
    const unread = await draftBundleFromFile(contextOf(ports, admin), {
      fileName: 'kh.odt',
      content: new Uint8Array([1, 2, 3]),
    })
    expect(unread.ok || unread.error).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      path: ['content'],
      messageVi: 'kh.odt: không đọc được',
    })
    const garbled = await draftBundleFromFile(contextOf(ports, admin), {
      fileName: 'kh.txt',
      content: { base64: 'SGVsbG8*' },
    })
    expect(garbled.ok || garbled.error).toMatchObject({
      code: 'INVALID_BASE64',
      path: ['content'],
    })
  })
})

describe('decodeBase64', () => {
  it('reads base64 with or without its padding, wrapped or not, and refuses anything else', () => {
    const text = (r: ReturnType<typeof decodeBase64>) =>
      r.ok ? new TextDecoder().decode(r.value) : r.error.code
    expect(text(decodeBase64('VGjhu4tuaA==', []))).toBe('Thịnh')
    expect(text(decodeBase64('VGjhu4tu\naA', []))).toBe('Thịnh')
    expect(text(decodeBase64('', []))).toBe('')
    expect(text(decodeBase64('VGjhu4tuaA=', []))).toBe('INVALID_BASE64')
    expect(text(decodeBase64('VGjhu', []))).toBe('INVALID_BASE64')
    expect(text(decodeBase64('VGjh-4tu', []))).toBe('INVALID_BASE64')
  })
})
