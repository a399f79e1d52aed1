import { draftBundleFromDocument, type IntakeDocument } from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { readDocx, readPdf } from '../src/index.js'
import {
  missingSoffice,
  programmeDocx,
  sofficePdf,
  TABLE_TASKS,
  TEXT_TASKS,
} from './libreoffice-fixture.js'
import { ORGANIZATIONS } from './tenant-organizations.js'

// A PDF as a real word processor prints it, not as pdf-lib draws it: the programme is written
// as DOCX with the `docx` package and printed to PDF by LibreOffice, then drafted from both.
const missing = missingSoffice()
if (missing !== null) console.warn(`libreoffice-pdf.test.ts skipped: ${missing}`)

const codeOf = (name: string) => ORGANIZATIONS.find((o) => o.name === name)?.code

const draftOf = (document: IntakeDocument) =>
  draftBundleFromDocument({
    document,
    tenant: { id: 'tinh-minh-hoa', name: 'Tỉnh Minh Họa' },
    organizations: ORGANIZATIONS,
  })

type Drafted = ReturnType<typeof draftOf>

/** What a reviewer checks of each task: the same whichever file it was read from. */
const tasksOf = (draft: Drafted) =>
  (draft.bundle.tasks ?? []).map((t) => ({
    reference: t.reference,
    title: t.title,
    lead: t.lead,
    coordinators: t.coordinators ?? [],
    deadline: t.deadline ?? null,
  }))

describe.skipIf(missing !== null)('a programme printed to PDF by LibreOffice', () => {
  let fromDocx: Drafted
  let fromPdf: Drafted
  let printed: IntakeDocument

  beforeAll(async () => {
    const docx = await programmeDocx()
    const readWord = await readDocx(docx, 'chuong-trinh-21-CTr-TU.docx')
    if (!readWord.ok) throw new Error(readWord.error.message)
    fromDocx = draftOf(readWord.value)
    const pdf = await sofficePdf(docx, 'chuong-trinh-21-CTr-TU')
    const readPrint = await readPdf(pdf, 'chuong-trinh-21-CTr-TU.pdf')
    if (!readPrint.ok) throw new Error(readPrint.error.message)
    printed = readPrint.value
    fromPdf = draftOf(printed)
  })

  it('reads the annex as a table on page 2, its page number printed above it left out', () => {
    const page2 = printed.blocks.filter((b) => b.place.page === 2)
    expect(page2.map((b) => b.kind)).toEqual(['paragraph', 'table'])
    expect(page2[1]).toMatchObject({
      title: 'PHỤ LỤC: DANH MỤC NHIỆM VỤ',
      rows: [
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        ...TABLE_TASKS.map((t, i) => [String(i + 1), t.title, t.lead, t.coordinators, t.deadline]),
      ],
    })
  })

  it('drafts from the Word file every task with its lead, coordinators and deadline', () => {
    const expected = [
      ...TEXT_TASKS.map((t, i) => ({ ...t, reference: `II.${i + 1}` })),
      ...TABLE_TASKS.map((t, i) => ({ ...t, reference: `PL.${i + 1}` })),
    ].map((t) => ({
      reference: t.reference,
      lead: codeOf(t.lead),
      coordinators: t.coordinators.split('; ').map(codeOf),
      deadline: t.deadline,
    }))
    expect(
      tasksOf(fromDocx).map(({ reference, lead, coordinators, deadline }) => ({
        reference,
        lead,
        coordinators,
        deadline,
      })),
    ).toEqual(expected)
  })

  it('drafts from its PDF the same tasks, leads and deadlines as from the Word file', () => {
    expect(tasksOf(fromPdf)).toEqual(tasksOf(fromDocx))
  })

  it('reads the same header from the PDF: symbol, day, issuer, kind and summary', () => {
    expect(fromPdf.bundle.directives).toEqual(fromDocx.bundle.directives)
    expect(fromPdf.bundle.directives?.[0]).toMatchObject({
      symbol: '21-CTr/TU',
      issuedOn: '2026-03-10',
      issuer: 'BTV',
      kind: 'PROGRAM',
    })
    expect(fromPdf.proposedOrganizations).toEqual([])
    expect(fromPdf.validated.ok ? [] : fromPdf.validated.error).toEqual([])
  })
})
