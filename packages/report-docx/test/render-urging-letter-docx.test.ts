import {
  assembleUrgingLetter,
  type DirectiveId,
  type OrganizationId,
  reportingPeriodOf,
  type Secrecy,
  type TaskId,
  type UrgingLetterInput,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { renderUrgingLetterDocx, resolveUrgingLetterOptions } from '../src/index.js'
import { expectParagraphsInOrder } from './paragraph-order.js'
import { unpack } from './unpack-docx.js'

const BTG = {
  id: 'o-btg' as OrganizationId,
  code: 'BTG-TU',
  name: 'Ban Tuyên giáo Tỉnh ủy',
  level: 'PROVINCE' as const,
}
const STC = {
  id: 'o-stc' as OrganizationId,
  code: 'STC',
  name: 'Sở Tài chính',
  level: 'PROVINCE' as const,
}
// Decomposed on purpose: the document must carry NFC text.
const XA = {
  id: 'o-xa' as OrganizationId,
  code: 'DU-XA-BINH-AN',
  name: 'Đảng ủy xã Bình An'.normalize('NFD'),
  level: 'COMMUNE' as const,
}
const BTV = {
  id: 'o-btv' as OrganizationId,
  code: 'BTV-TU',
  name: 'Ban Thường vụ Tỉnh ủy',
  level: 'PROVINCE' as const,
}
const period = reportingPeriodOf('YEARLY', '2025-06-01', null)

function input(secrecy: Secrecy = 'PUBLIC'): UrgingLetterInput {
  return {
    issuer: BTG,
    asOf: '2026-12-07',
    replyBy: '2026-12-22',
    overdueTasks: [
      {
        id: 't1' as TaskId,
        leadId: STC.id,
        directiveId: 'd-06' as DirectiveId,
        directiveSymbol: '06-CTr/TU',
        reference: 'II.3.b',
        title: 'Bố trí kinh phí hoạt động cho Liên hiệp hội',
        deadlineText: 'tháng 12/2022',
        due: '2022-12-31',
        secrecy,
      },
    ],
    missingReports: [
      {
        organizationId: XA.id,
        cadence: 'YEARLY',
        period,
        due: period.due,
        recipientId: BTV.id,
        taskReference: null,
        directiveSymbol: '06-CTr/TU',
        secrecy: 'PUBLIC',
      },
    ],
    organizations: [BTG, STC, XA, BTV],
    subject: { kind: 'PROGRAM', symbolText: '06-CTr/TU' },
    legalBasis: [
      {
        id: 'd-93' as DirectiveId,
        kind: 'CONCLUSION',
        symbolText: '93-KL/TW',
        issuedOn: '2020-11-20',
        issuerName: 'Ban Bí thư Trung ương Đảng',
        title: 'Về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW',
        secrecy: 'PUBLIC',
      },
      {
        id: 'd-06' as DirectiveId,
        kind: 'PROGRAM',
        symbolText: '06-CTr/TU',
        issuedOn: '2021-03-15',
        issuerName: 'Ban Thường vụ Tỉnh ủy',
        title: 'Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 93-KL/TW',
        secrecy: 'PUBLIC',
      },
    ],
  }
}

describe('renderUrgingLetterDocx', async () => {
  const letter = assembleUrgingLetter(input())
  const bytes = await renderUrgingLetterDocx(letter, {
    layout: 'party',
    superior: 'Tỉnh ủy Minh Họa',
    number: 25,
    place: 'Minh Họa',
    signature: { capacity: 'K/T TRƯỞNG BAN', position: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Văn A' },
    recipients: ['Như trên', 'Thường trực Tỉnh ủy (để báo cáo)', 'Lưu Văn phòng'],
  })
  const doc = unpack(bytes)

  it('is a DOCX package in Times New Roman 14 pt', () => {
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b])
    expect(doc.text('word/styles.xml')).toContain('w:ascii="Times New Roman"')
    expect(doc.text('word/styles.xml')).toMatch(/<w:rPrDefault>.*<w:sz w:val="28"\/>/s)
  })

  it('has the Party header, the subject under the number, the addressees, the body and the signature, in order', () => {
    expectParagraphsInOrder(doc.paragraphs, [
      'TỈNH ỦY MINH HỌA',
      'BAN TUYÊN GIÁO TỈNH ỦY',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 25-CV/BTGTU',
      'V/v đôn đốc thực hiện nhiệm vụ theo Chương trình số 06-CTr/TU và báo cáo kết quả',
      'Minh Họa, ngày 07 tháng 12 năm 2026',
      'Kính gửi:',
      '- Sở Tài chính;',
      '- Đảng ủy xã Bình An.',
      letter.opening,
      '1. Sở Tài chính',
      'a) Nhiệm vụ chưa hoàn thành quá hạn: 1',
      '2. Đảng ủy xã Bình An',
      'a) Báo cáo chưa gửi: 1',
      letter.closing,
      'Nơi nhận:',
      '- Như trên,',
      '- Lưu Văn phòng.',
      'K/T TRƯỞNG BAN',
      'Nguyễn Văn A',
    ])
    expect(letter.opening).toContain(
      'Thực hiện Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư Trung ương Đảng',
    )
    expect(letter.opening).toContain('Chương trình hành động số 06-CTr/TU ngày 15/3/2021')
  })

  it('lists the tasks with the deadline as written and as a day, and the days late', () => {
    const p = doc.paragraphs
    const row = p.indexOf('06-CTr/TU, II.3.b')
    expect(row).toBeGreaterThan(0)
    expect(p.slice(row, row + 4)).toEqual([
      '06-CTr/TU, II.3.b',
      'Bố trí kinh phí hoạt động cho Liên hiệp hội',
      'tháng 12/2022 (31/12/2022)',
      '1437 ngày',
    ])
    expect(p).toContain(
      `${period.due.slice(8).replace(/^0/, '')}/${Number(period.due.slice(5, 7))}/${period.due.slice(0, 4)}`,
    )
  })

  it('writes Vietnamese in NFC, even from decomposed input', () => {
    expect(doc.xml).toBe(doc.xml.normalize('NFC'))
    expect(doc.xml).toContain('Đảng ủy xã Bình An'.normalize('NFC'))
  })

  it('is public without a mark; as secret as its most secret task, under the number and subject', async () => {
    expect(doc.paragraphs).not.toContain('MẬT')
    expect(doc.text('docProps/custom.xml')).toContain('PUBLIC')
    const secret = unpack(
      await renderUrgingLetterDocx(assembleUrgingLetter(input('MAT')), { layout: 'state' }),
    )
    const p = secret.paragraphs
    const number = p.indexOf('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BTG-TU')
    expect(number, JSON.stringify(p.slice(0, 10))).toBeGreaterThanOrEqual(0)
    expect(p.slice(number + 1, number + 3)).toEqual([
      'V/v đôn đốc thực hiện nhiệm vụ theo Chương trình số 06-CTr/TU và báo cáo kết quả',
      'MẬT',
    ])
    expect(p).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(secret.text('docProps/custom.xml')).toContain('MAT')
  })

  it('defaults its number line and recipients per layout', () => {
    expect(resolveUrgingLetterOptions(letter, {}).numberLine).toMatch(/^Số \u00a0+-CV\/BTGTU$/)
    expect(
      resolveUrgingLetterOptions(letter, { layout: 'state', number: 4912, symbol: 'UBND-VX' }),
    ).toMatchObject({
      numberLine: 'Số: 4912/UBND-VX',
      recipients: ['Như trên', 'Lưu: VT'],
    })
  })
})
