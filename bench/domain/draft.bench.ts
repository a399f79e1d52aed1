import { draftBundleFromDocument } from '@chidao/domain'
import { CORPUS } from '../../packages/domain/test/intake/corpus/index.js'
import { AN_PHU_ORGANIZATIONS } from '../../packages/domain/test/intake/corpus/organizations.js'
import {
  draftCorpusDocument,
  precisionRecall,
  scoreDraft,
  type Tally,
} from '../../packages/domain/test/intake/corpus/score-draft.js'
import { textDocument } from '../../packages/domain/test/intake/text-document.js'
import type { Benchmark, Measurement } from '../lib/benchmark.js'
import { measure } from '../lib/measure.js'

const MEASURES = ['tasks', 'leads', 'coordinators', 'deadlines'] as const

const LEADS = [
  'Ban Tổ chức Tỉnh ủy',
  'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Công an tỉnh',
  'Văn phòng Tỉnh ủy',
]
const DEADLINES = [
  'Quý I/2026',
  'Quý III/2026',
  'Thường xuyên',
  'Hằng năm',
  'Trước ngày 30/6/2026',
  'Năm 2027',
]

/** A programme of 40 tasks in the corpus's forms: 4 groups of 8 lettered items, 8 numbered ones. */
function fortyTaskProgramme(): string {
  const lines = [
    'TỈNH ỦY AN PHÚ',
    'Số: 99-CTr/TU',
    'An Phú, ngày 05 tháng 01 năm 2026',
    'CHƯƠNG TRÌNH HÀNH ĐỘNG',
    'thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Cụ thể hóa Nghị quyết phù hợp với tình hình của tỉnh.',
    'II. NHIỆM VỤ VÀ GIẢI PHÁP',
  ]
  let n = 0
  const roles = () => {
    n++
    const lead = LEADS[n % LEADS.length]!
    const with1 = LEADS[(n + 3) % LEADS.length]!
    const with2 = LEADS[(n + 5) % LEADS.length]!
    return `${lead} chủ trì, phối hợp với ${with1}, ${with2} thực hiện. Thời gian: ${DEADLINES[n % DEADLINES.length]}.`
  }
  for (let g = 1; g <= 4; g++) {
    lines.push(`${g}. Nhóm nhiệm vụ thứ ${g}`)
    for (const letter of 'abcdeghi') {
      lines.push(
        `${letter}) Triển khai nội dung ${g}${letter} của Nghị quyết trên địa bàn tỉnh. ${roles()}`,
      )
    }
  }
  lines.push('III. TỔ CHỨC THỰC HIỆN')
  for (let i = 1; i <= 8; i++) lines.push(`${i}. Theo dõi, đôn đốc phần việc thứ ${i}. ${roles()}`)
  lines.push('T/M BAN THƯỜNG VỤ', 'BÍ THƯ')
  return lines.join('\n')
}

const figuresOf = (score: Record<(typeof MEASURES)[number], Tally>) =>
  Object.fromEntries(
    MEASURES.flatMap((m) => {
      const { precision, recall } = precisionRecall(score[m])
      return [
        [`${m} P`, precision.toFixed(2)],
        [`${m} R`, recall.toFixed(2)],
      ]
    }),
  )

const draft: Benchmark = {
  name: 'draft',
  title:
    'drafting a bundle from a programme: precision and recall on the corpus, time for 40 tasks',
  run({ quick }) {
    const measurements: Measurement[] = []
    const total = Object.fromEntries(
      MEASURES.map((m) => [m, { found: 0, expected: 0, right: 0 }]),
    ) as Record<(typeof MEASURES)[number], Tally>
    const notes: string[] = []
    for (const doc of CORPUS) {
      const score = scoreDraft(draftCorpusDocument(doc), doc.tasks)
      for (const m of MEASURES) {
        total[m].found += score[m].found
        total[m].expected += score[m].expected
        total[m].right += score[m].right
      }
      const timing = measure(() => draftCorpusDocument(doc), { warmup: 1, runs: quick ? 3 : 9 })
      measurements.push({
        label: doc.untuned ? `${doc.name} (untuned)` : doc.name,
        variant: 'chidao',
        input: `${doc.tasks.length} tasks`,
        timing,
        figures: figuresOf(score),
      })
      for (const miss of score.misses) notes.push(`${doc.name}: ${miss}`)
    }
    const programme = textDocument('99-CTr-TU.txt', fortyTaskProgramme())
    const input = {
      document: programme,
      tenant: { id: 'an-phu', name: 'Tỉnh An Phú' },
      organizations: AN_PHU_ORGANIZATIONS,
    }
    const drafted = draftBundleFromDocument(input)
    const timing = measure(() => draftBundleFromDocument(input), {
      warmup: 3,
      runs: quick ? 5 : 25,
    })
    measurements.push({
      label: 'overall (the whole corpus)',
      variant: 'chidao',
      input: `${total.tasks.expected} tasks`,
      timing: measure(() => CORPUS.map(draftCorpusDocument), { warmup: 1, runs: quick ? 3 : 9 }),
      figures: figuresOf(total),
    })
    measurements.push({
      label: 'draft a 40-task programme',
      variant: 'chidao',
      input: `${programme.blocks.length} blocks`,
      timing,
      figures: { 'tasks drafted': drafted.tasks.length, valid: drafted.validated.ok },
    })
    return {
      measurements,
      comparisons: [],
      notes: [
        'P = precision, R = recall. A task is found when its reference is drafted; leads, coordinators and deadlines are counted over the tasks found.',
        'The untuned document was written after the rules were committed and never used to tune them.',
        ...notes,
      ],
    }
  },
}

export default draft
