import { extractCitations, formatDocumentSymbol, parseDocumentSymbol } from '@chidao/domain'
import { type Benchmark, comparison, type Measurement } from '../lib/benchmark.js'
import { measure } from '../lib/measure.js'
import { type SeededRandom, seededRandom } from '../lib/random.js'

/** A paragraph of generated text and the citations it holds, in canonical form. */
interface Paragraph {
  readonly text: string
  readonly symbols: readonly string[]
}

const SEED = 20_201_120
const TARGET_BYTES = 4_000_000
const ROMAN = ['IX', 'X', 'XI', 'XII', 'XIII'] as const
const TERM_OF_ROMAN: Record<(typeof ROMAN)[number], number> = {
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
  XIII: 13,
}
const PROVINCES = ['Hà Giang', 'Lào Cai', 'Nghệ An', 'Quảng Ngãi', 'Đắk Lắk', 'Cà Mau', 'Minh Họa']
const SUBJECTS = [
  'tiếp tục đổi mới, nâng cao chất lượng, hiệu quả hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
  'tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí, tiêu cực',
  'phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
  'xây dựng và phát huy vai trò của đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
  'công tác văn thư và quản lý văn bản của các cơ quan, tổ chức',
]
const NARRATIVE =
  'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh từng bước được củng cố, kiện toàn; kịp thời tham mưu cấp ủy đảng, chính quyền những chủ trương, cơ chế, chính sách về củng cố tổ chức, biên chế, chế độ, chính sách đối với hoạt động của Liên hiệp các Hội khoa học và Kỹ thuật tỉnh trong các hội thi, cuộc thi sáng tạo khoa học và công nghệ, về tập hợp, đoàn kết và phát huy vai trò của đội ngũ trí thức khoa học và công nghệ toàn tỉnh trong việc nghiên cứu khoa học, chuyển giao, ứng dụng tiến bộ kỹ thuật vào sản xuất và đời sống, góp phần đẩy mạnh phát triển kinh tế - xã hội của tỉnh.'

/** Numbers below 10 are written with a leading zero in canonical symbols. */
function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** A date in one of the forms documents use: 16/4/2010, 16-4-2010, 16 tháng 4 năm 2010. */
function writtenDate(r: SeededRandom, year: number): string {
  const day = r.int(1, 28)
  const month = r.int(1, 12)
  switch (r.int(0, 2)) {
    case 0:
      return `ngày ${day}/${month}/${year}`
    case 1:
      return `ngày ${day}-${month}-${year}`
    default:
      return `ngày ${pad(day)} tháng ${pad(month)} năm ${year}`
  }
}

/** Modelled on the seed: a Programme implementing a Conclusion that continues a Directive. */
function conclusionOpening(r: SeededRandom): Paragraph {
  const kl = r.int(1, 999)
  const ct = r.int(1, 99)
  const roman = r.pick(ROMAN)
  const year = 2006 + (TERM_OF_ROMAN[roman] - 10) * 5 + r.int(0, 4)
  const text = `${writtenDate(r, 2020)}, Ban Bí thư Trung ương Đảng ban hành Kết luận số ${kl}-KL/TW về việc tiếp tục thực hiện Chỉ thị số ${ct}-CT/TW, ${writtenDate(r, year)} của Bộ Chính trị khóa ${roman} về ${r.pick(SUBJECTS)} trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước.`
  return { text, symbols: [`${pad(kl)}-KL/TW`, `${pad(ct)}-CT/TW`] }
}

/** The seed's narrative: long text, years and counts, one bare citation. */
function narrative(r: SeededRandom): Paragraph {
  const ct = r.int(10, 99)
  const years = r.int(5, 15)
  const text = `Qua ${years} năm thực hiện Chỉ thị số ${ct}-CT/TW, được sự quan tâm lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền, sự phối hợp của các sở, ban, ngành, các tổ chức chính trị - xã hội tỉnh ${r.pick(PROVINCES)}, sự hưởng ứng tích cực của ${r.int(12, 60)} hội thành viên và ${r.int(1, 9)}.${r.int(100, 999)} hội viên nên hoạt động đã đạt được những kết quả quan trọng. ${NARRATIVE}`
  return { text, symbols: [`${ct}-CT/TW`] }
}

/** A provincial plan: a Programme with case noise (Ctr), a plan of the People's Committee, deadlines. */
function provincialPlan(r: SeededRandom): Paragraph {
  const ctr = r.int(1, 120)
  const kh = r.int(10, 4999)
  const year = r.int(2021, 2025)
  const text = `Thực hiện Chương trình số ${ctr}-Ctr/TU ${writtenDate(r, year)} của Ban Thường vụ Tỉnh ủy ${r.pick(PROVINCES)}, Ủy ban nhân dân tỉnh ban hành Kế hoạch số ${kh}/KH-UBND ${writtenDate(r, year)} triển khai thực hiện; giao Sở Khoa học và Công nghệ chủ trì, phối hợp với ${r.int(3, 12)} sở, ngành tổ chức ${r.int(2, 20)} hội nghị quán triệt, hoàn thành trước ngày ${r.int(1, 28)}/${r.int(1, 12)}/${year + 1}; định kỳ 6 tháng, hằng năm báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy).`
  return { text, symbols: [`${pad(ctr)}-CTr/TU`, `${kh}/KH-UBND`] }
}

/** The legal basis of a provincial decision: State symbols with years, long dates. */
function legalBasis(r: SeededRandom): Paragraph {
  const nd = r.int(1, 150)
  const ndYear = r.int(2015, 2024)
  const qd = r.int(10, 2500)
  const qdYear = r.int(2014, 2024)
  const ttr = r.int(10, 999)
  const text = `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; căn cứ Nghị định số ${nd}/${ndYear}/NĐ-CP ${writtenDate(r, ndYear)} của Chính phủ về ${r.pick(SUBJECTS)}; căn cứ Quyết định số ${qd}/${qdYear}/QĐ-TTg ${writtenDate(r, qdYear)} của Thủ tướng Chính phủ; xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số ${ttr}/TTr-SKHCN ${writtenDate(r, 2025)}.`
  return {
    text,
    symbols: [`${pad(nd)}/${ndYear}/NĐ-CP`, `${qd}/${qdYear}/QĐ-TTg`, `${ttr}/TTr-SKHCN`],
  }
}

/** Noise: figures, percentages, phone numbers, roads, dates, and symbols written badly. */
function noisyReport(r: SeededRandom): Paragraph {
  const kl = r.int(100, 999)
  const cv = r.int(100, 9999)
  const nq = r.int(10, 99)
  const text = `Đến ngày ${r.int(1, 28)}/${r.int(1, 12)}/2024, toàn tỉnh có ${r.int(1, 9)}.${r.int(100, 999)} hội viên, tỷ lệ đạt ${r.int(50, 99)},${r.int(1, 9)}%; giai đoạn 2021-2025 phấn đấu tăng ${r.int(5, 30)} %; tuyến Quốc lộ ${r.int(1, 40)}C, Km ${r.int(1, 300)}+${r.int(100, 999)}; điện thoại 0219.38${r.int(10, 99)}.${r.int(100, 999)}; Điều ${r.int(1, 40)}, khoản ${r.int(1, 5)}. Theo Kết luận số ${kl}-KL/TƯ, Công văn ${cv}CV/ĐUK và Nghị quyết ${nq}-NQ-TW, các đơn vị rà soát, bổ sung.`
  return { text, symbols: [`${kl}-KL/TW`, `${cv}-CV/ĐUK`, `${nq}-NQ/TW`] }
}

/** Reporting: Party reports, notices and the regulation on ratings. */
function reporting(r: SeededRandom): Paragraph {
  const bc = r.int(10, 999)
  const tb = r.int(100, 2000)
  const text = `Báo cáo số ${bc}-BC/TU ${writtenDate(r, 2024)} của Tỉnh ủy đánh giá kết quả ${r.int(2, 10)} năm; Thông báo số ${tb}-TB/VPTU của Văn phòng Tỉnh ủy; việc xếp loại chất lượng thực hiện theo Quy định số 366-QĐ/TW ${writtenDate(r, 2025)} của Bộ Chính trị khóa XIII về kiểm điểm, đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị.`
  return { text, symbols: [`${bc}-BC/TU`, `${tb}-TB/VPTU`, '366-QĐ/TW'] }
}

const MAKERS = [conclusionOpening, narrative, provincialPlan, legalBasis, noisyReport, reporting]

/** A long, deterministic programme-style text and the citations it holds. */
function buildText(targetBytes: number): { text: string; expected: string[]; bytes: number } {
  const r = seededRandom(SEED)
  const parts: string[] = []
  const expected: string[] = []
  let bytes = 0
  let section = 0
  while (bytes < targetBytes) {
    if (parts.length % 12 === 0) {
      const heading = `\n**${['I', 'II', 'III', 'IV', 'V'][section++ % 5]}. Nhiệm vụ, giải pháp trọng tâm**\n`
      parts.push(heading)
      bytes += Buffer.byteLength(heading)
    }
    const p = r.pick(MAKERS)(r)
    parts.push(p.text)
    expected.push(...p.symbols)
    bytes += Buffer.byteLength(p.text) + 2
  }
  const text = parts.join('\n\n')
  return { text, expected, bytes: Buffer.byteLength(text) }
}

const NAIVE = /\d+-[A-Z]+\/[A-Z]+/g
/** A second baseline, written by someone who knows the State forms and Vietnamese letters. */
const NAIVE_UNICODE = /\d+(?:\/\d{4})?[-/]\p{Lu}[\p{L}]*(?:[-/][\p{Lu}\p{N}][\p{L}\p{N}]*)*/gu

/** A baseline: one global regex, each match handed to the symbol parser. */
function naiveExtract(text: string, pattern: RegExp = NAIVE): string[] {
  const found: string[] = []
  for (const m of text.matchAll(pattern)) {
    const parsed = parseDocumentSymbol(m[0])
    if (parsed.ok) found.push(formatDocumentSymbol(parsed.value))
  }
  return found
}

/** How many of `found` match an expected citation (each expected one counted once). */
function truePositives(found: readonly string[], expected: readonly string[]): number {
  const left = new Map<string, number>()
  for (const s of expected) left.set(s, (left.get(s) ?? 0) + 1)
  let hits = 0
  for (const s of found) {
    const n = left.get(s) ?? 0
    if (n > 0) {
      hits++
      left.set(s, n - 1)
    }
  }
  return hits
}

const benchmark: Benchmark = {
  name: 'citations',
  title: 'extractCitations throughput on a long programme-style text',
  run({ quick }) {
    const { text, expected, bytes } = buildText(quick ? TARGET_BYTES / 8 : TARGET_BYTES)
    const mb = bytes / 1e6
    const options = quick ? { warmup: 1, runs: 3 } : { warmup: 2, runs: 10 }
    const input = `${mb.toFixed(2)} MB`

    const chidaoFound = extractCitations(text).map((c) => formatDocumentSymbol(c.symbol))
    const naiveFound = naiveExtract(text)
    const unicodeFound = naiveExtract(text, NAIVE_UNICODE)
    const row = (
      label: string,
      variant: Measurement['variant'],
      work: () => unknown,
      found: readonly string[],
    ): Measurement => {
      const timing = measure(work, options)
      const hits = truePositives(found, expected)
      return {
        label,
        variant,
        input,
        timing,
        figures: {
          mbPerSecond: Number((mb / (timing.medianMs / 1000)).toFixed(2)),
          found: found.length,
          expected: expected.length,
          truePositives: hits,
          recall: Number((hits / expected.length).toFixed(4)),
        },
      }
    }
    const chidao = row('extractCitations', 'chidao', () => extractCitations(text), chidaoFound)
    const naive = row(
      'naive: /\\d+-[A-Z]+\\/[A-Z]+/g + parseDocumentSymbol',
      'naive',
      () => naiveExtract(text),
      naiveFound,
    )
    const unicode = row(
      'naive: one Unicode regex for Party and State forms + parseDocumentSymbol',
      'naive',
      () => naiveExtract(text, NAIVE_UNICODE),
      unicodeFound,
    )
    return {
      measurements: [chidao, naive, unicode],
      comparisons: (
        [
          ['ASCII regex', naive],
          ['Unicode regex', unicode],
        ] as const
      ).map(([name, baseline]) => comparison(`${name} baseline, ${input}`, chidao, baseline)),
      notes: [
        `Text: ${text.length.toLocaleString('en')} UTF-16 characters, ${bytes.toLocaleString('en')} UTF-8 bytes (MB = 10^6 bytes), seed ${SEED}; ${expected.length.toLocaleString('en')} citations planted, plus dates, figures, phone numbers and road numbers that are not citations.`,
        'extractCitations also reads the kind, date, issuer and term of each citation; the baseline only finds symbols.',
        'The ASCII baseline misses State symbols (30/2020/NĐ-CP), non-ASCII codes (NĐ, QĐ, ĐUK, TƯ), case noise (65-Ctr/TU) and misreads some (445-KL/TƯ as 445-KL/T); the Unicode one misses a missing hyphen (858CV/ĐUK). Compare "found" and "recall" before the ratio.',
      ],
    }
  },
}

export default benchmark
