import type { Report } from './assemble-report.js'
import { missingReportTable } from './report-missing-reports.js'
import {
  annexTable,
  indicatorTable,
  leadTable,
  rateTable,
  timelinessCountRows,
} from './report-text.js'
import type { TextTable } from './text-table.js'

/** One table of an annex, with the name a renderer may give it (an HTML class). */
export interface ReportAnnexTable {
  readonly name: string
  readonly table: TextTable<string | number>
}

/** One annex (phụ lục) of a report, as every renderer lays it out after the six parts. */
export interface ReportAnnex {
  /** What the annex is of; a renderer may draw a chart beside `timeliness` and `by-lead`. */
  readonly key: 'timeliness' | 'by-lead' | 'indicators' | 'tasks' | 'missing-reports'
  /** Its heading, numbered: `Phụ lục 1. Tình hình thực hiện nhiệm vụ`. */
  readonly title: string
  /** Its tables, in order; none when it has nothing to list. */
  readonly tables: readonly ReportAnnexTable[]
  /** What is written instead of its tables when it has none, in parentheses. */
  readonly empty: string
}

/** The one table of what `listed` holds; none when it holds nothing. */
function unlessNone(
  listed: readonly unknown[],
  name: string,
  table: () => TextTable<string | number>,
): readonly ReportAnnexTable[] {
  return listed.length === 0 ? [] : [{ name, table: table() }]
}

/**
 * The five annexes of a report, in order: tasks by timeliness with the rates on both
 * denominators, the figures per lead organisation, the indicators against their targets, the
 * list of tasks, and the organisations that have not reported.
 *
 * @example
 * ```ts
 * reportAnnexes(report)[2].title // 'Phụ lục 3. Chỉ tiêu'
 * ```
 */
export function reportAnnexes(report: Report): readonly ReportAnnex[] {
  const f = report.timeliness
  return [
    {
      key: 'timeliness',
      title: 'Phụ lục 1. Tình hình thực hiện nhiệm vụ',
      tables: [
        {
          name: 'timeliness',
          table: { header: ['Tình hình', 'Số nhiệm vụ'], rows: timelinessCountRows(f) },
        },
        { name: 'rates', table: rateTable(f) },
      ],
      empty: '',
    },
    {
      key: 'by-lead',
      title: 'Phụ lục 2. Theo cơ quan chủ trì',
      tables: [{ name: 'by-lead', table: leadTable(report) }],
      empty: '',
    },
    {
      key: 'indicators',
      title: 'Phụ lục 3. Chỉ tiêu',
      tables: unlessNone(report.indicators, 'indicators', () => indicatorTable(report)),
      empty: '(Không có chỉ tiêu trong kỳ.)',
    },
    {
      key: 'tasks',
      title: 'Phụ lục 4. Danh mục nhiệm vụ',
      tables: [{ name: 'annex', table: annexTable(report) }],
      empty: '',
    },
    {
      key: 'missing-reports',
      title: 'Phụ lục 5. Đơn vị chưa báo cáo',
      tables: unlessNone(report.missingReports, 'missing-reports', () =>
        missingReportTable(report),
      ),
      empty: '(Không có đơn vị chưa báo cáo.)',
    },
  ]
}
