/**
 * How long reading a 40-task plan takes: a DOCX (Word-numbered sections and tasks, and the
 * annex's task table of 40 rows with its merged header) and a PDF of the same tasks over
 * several pages. Median of 9 runs after one warm-up; the first (cold) run is printed too,
 * as a person's first reading pays for loading PDF.js.
 *
 *   node --conditions=@chidao/source --import tsx packages/intake/bench/read-40-tasks.ts
 */
import { readDocx, readPdf } from '../src/index.js'
import { planDocx } from '../test/docx-fixture.js'
import { missingFont, planPdf } from '../test/pdf-fixture.js'

const RUNS = 9

async function measure(label: string, bytes: Uint8Array, read: () => Promise<number>) {
  let started = performance.now()
  const blocks = await read()
  const cold = performance.now() - started
  const times: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    started = performance.now()
    await read()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(RUNS / 2)] ?? 0
  console.log(
    `${label}: ${bytes.length} bytes, ${blocks} blocks; median ${median.toFixed(1)} ms ` +
      `(min ${times[0]?.toFixed(1)}, max ${times.at(-1)?.toFixed(1)}), cold ${cold.toFixed(1)} ms`,
  )
}

// planDocx(20): 2 sections × 20 Word-numbered tasks, each section's a) b) items, and the
// annex table: 40 numbered tasks in the body; planDocx(40) for a 40-row table as well.
for (const tasks of [20, 40]) {
  const docx = await planDocx(tasks)
  await measure(`DOCX, planDocx(${tasks})`, docx, async () => {
    const read = readDocx(docx, 'ke-hoach.docx')
    if (!read.ok) throw new Error(read.error.message)
    return read.value.blocks.length
  })
}

if (missingFont !== null) {
  console.log(`PDF skipped: ${missingFont}`)
} else {
  const task = (i: number) =>
    `${i}. Sở Nội vụ chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy xây dựng đề án số ${i} về sắp xếp tổ chức bộ máy, tinh gọn, hoạt động hiệu lực, hiệu quả; hoàn thành trong quý ${(i % 4) + 1} năm 2026.`
  const pages: string[][] = []
  for (let i = 1; i <= 40; i += 1) {
    if ((i - 1) % 12 === 0) pages.push([`PHẦN ${pages.length + 1}. NHIỆM VỤ, GIẢI PHÁP`])
    pages.at(-1)?.push(task(i))
  }
  const pdf = await planPdf(pages)
  await measure(`PDF, 40 tasks on ${pages.length} pages`, pdf, async () => {
    const read = await readPdf(pdf, 'ke-hoach.pdf')
    if (!read.ok) throw new Error(read.error.message)
    return read.value.blocks.length
  })
}
