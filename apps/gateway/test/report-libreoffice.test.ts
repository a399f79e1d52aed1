import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { testBackends } from '@chidao/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HANG_GUARD_MS } from './reliability/support.js'
import { gatewayHarness } from './support/gateway-harness.js'

// The DOCX must open in LibreOffice (Debian's): convert it to PDF headlessly, then read the PDF
// back with poppler. .ci/run installs both; where they are missing the test says why it skips.
function missingTools(): string | null {
  const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter(
    (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0,
  )
  return missing.length === 0
    ? null
    : `${missing.join(', ')} not found: install libreoffice-writer-nogui, poppler-utils and fonts-liberation2`
}

const missing = missingTools()
if (missing !== null) console.warn(`report-libreoffice.test.ts skipped: ${missing}`)

function run(command: string, args: string[], cwd?: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: HANG_GUARD_MS })
  if (r.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`)
  }
  return r.stdout
}

type Card = Record<string, any>

describe.skipIf(missing !== null)('the sơ kết DOCX in LibreOffice', () => {
  let dir: string
  let pdf: string
  let pages: number
  let card: Card
  const text = (first?: number, last?: number) =>
    run('pdftotext', [
      '-enc',
      'UTF-8',
      ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []),
      pdf,
      '-',
    ])
      .normalize('NFC')
      .replace(/\s+/g, ' ')

  beforeAll(async () => {
    const [backend] = testBackends()
    const h = await gatewayHarness(backend!, { example: true })
    try {
      const id = (
        await h.graphql<{ directive: { id: string } }>(`{ directive(symbol: "06-CTr/TU") { id } }`)
      ).data!.directive.id
      card = (
        await h.graphql<{ scorecard: Card }>(
          `query($id: ID!) { scorecard(directiveId: $id, asOf: "2024-03-31") {
            counts { total overdue }
            completionRateDueByDate { numerator denominator }
            completionRateAllAssigned { numerator denominator } } }`,
          { id },
        )
      ).data!.scorecard
      const response = await h.yoga.fetch(
        'http://yoga/reports/06-CTr%2FTU?kind=INTERIM_REVIEW&from=2021-03-15&to=2024-03-31&format=docx',
        { headers: { authorization: `Bearer ${await h.tokenFor({ roles: ['VIEWER'] })}` } },
      )
      expect(response.status).toBe(200)
      dir = await mkdtemp(join(tmpdir(), 'chidao-soffice-'))
      await writeFile(join(dir, 'so-ket.docx'), new Uint8Array(await response.arrayBuffer()))
    } finally {
      await h.dispose()
    }
    // A profile of its own: no clash with a LibreOffice the user has open, or another run.
    const profile = pathToFileURL(join(dir, 'profile')).href
    run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'so-ket.docx'),
      ],
      dir,
    )
    pdf = join(dir, 'so-ket.pdf')
    pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1])
  })
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined))

  it('converts to a PDF of a few pages: the body, then the annex on its own pages', () => {
    expect(pages).toBeGreaterThanOrEqual(4)
    expect(pages).toBeLessThanOrEqual(16)
    const annexPage = Array.from({ length: pages }, (_, i) => i + 1).find((page) =>
      text(page).trim().replace(/^\d+ /, '').startsWith('PHỤ LỤC'),
    )
    expect(annexPage).toBeGreaterThan(1)
    // The signature block is on the page before the annex, not cut off.
    expect(text(annexPage! - 1)).toContain('T/M BAN THƯỜNG VỤ BÍ THƯ')
  })

  it('has the Party header, the title and the date line on page 1', () => {
    const first = text(1)
    for (const expected of [
      'TỈNH ỦY MINH HỌA',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '-BC/TU',
      'Minh Họa, ngày 31 tháng 3 năm 2024',
      'BÁO CÁO',
      'Sơ kết thực hiện Chương trình hành động số 06-CTr/TU',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
    ]) {
      expect(first).toContain(expected)
    }
  })

  it('states the scorecard’s figures and ends with the recipients and the signature', () => {
    const all = text()
    const d = card.completionRateDueByDate
    const a = card.completionRateAllAssigned
    expect(all).toContain(`tổng số ${card.counts.total} nhiệm vụ được giao`)
    expect(all).toContain(`Tỷ lệ hoàn thành: ${d.numerator}/${d.denominator} (`)
    expect(all).toContain(`${a.numerator}/${a.denominator} (`)
    expect(all).toContain('Nơi nhận: - Ban Bí thư Trung ương Đảng (để báo cáo)')
    expect(all).toContain('- Lưu Văn phòng Tỉnh ủy Minh Họa.')
    expect(all).toContain('Biểu đồ 1. Nhiệm vụ theo tình hình thực hiện')
    expect(all).toContain('4. Danh mục nhiệm vụ')
  })
})
