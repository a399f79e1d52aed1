import type { DirectiveKind } from '../../src/directive/directive-kind.js'

/** One expected citation: the exact text it covers and what it says. */
export interface ExpectedCitation {
  readonly span: string
  readonly symbol: string
  readonly kind: DirectiveKind | null
  readonly issuedOn?: string
  readonly issuer?: string
  readonly term?: number
  readonly warnings?: number
}

/** A snippet of running text and every citation it holds, in order. */
export interface CorpusEntry {
  readonly id: string
  readonly text: string
  readonly citations: readonly ExpectedCitation[]
}

/**
 * Snippets written for chidao in the manner of public Vietnamese documents (provincial
 * programmes and plans, decrees, official letters, reports). Names of provinces and figures are
 * illustrative.
 */
export const CITATIONS_CORPUS: readonly CorpusEntry[] = [
  {
    id: 'programme-title',
    text: 'CHƯƠNG TRÌNH thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X về tiếp tục đổi mới',
    citations: [
      {
        span: 'Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng',
        symbol: '93-KL/TW',
        kind: 'CONCLUSION',
        issuedOn: '2020-11-20',
        issuer: 'Ban Bí thư Trung ương Đảng',
      },
      {
        span: 'Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X',
        symbol: '42-CT/TW',
        kind: 'DIRECTIVE',
        issuedOn: '2010-04-16',
        issuer: 'Bộ Chính trị',
        term: 10,
      },
    ],
  },
  {
    id: 'programme-header-number',
    text: 'TỈNH ỦY QUẢNG NAM\nSố: 51-CTr/TU\nQuảng Nam, ngày 15 tháng 3 năm 2021',
    citations: [{ span: '51-CTr/TU', symbol: '51-CTr/TU', kind: 'PROGRAM' }],
  },
  {
    id: 'plan-district',
    text: 'Thực hiện Chương trình số 51-CTr/TU, ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:',
    citations: [
      {
        span: 'Chương trình số 51-CTr/TU, ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy',
        symbol: '51-CTr/TU',
        kind: 'PROGRAM',
        issuedOn: '2021-03-15',
        issuer: 'Ban Thường vụ Tỉnh ủy',
      },
    ],
  },
  {
    id: 'plan-commune',
    text: 'Căn cứ Kế hoạch số 128-KH/HU ngày 20 tháng 9 năm 2024 của Ban Thường vụ Huyện ủy về triển khai thực hiện Kết luận 93-KL/TW.',
    citations: [
      {
        span: 'Kế hoạch số 128-KH/HU ngày 20 tháng 9 năm 2024 của Ban Thường vụ Huyện ủy',
        symbol: '128-KH/HU',
        kind: 'PLAN',
        issuedOn: '2024-09-20',
        issuer: 'Ban Thường vụ Huyện ủy',
      },
      { span: 'Kết luận 93-KL/TW', symbol: '93-KL/TW', kind: 'CONCLUSION' },
    ],
  },
  {
    id: 'decree-archives',
    text: 'Thể thức văn bản thực hiện theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.',
    citations: [
      {
        span: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ',
        symbol: '30/2020/NĐ-CP',
        kind: 'DECREE',
        issuedOn: '2020-03-05',
        issuer: 'Chính phủ',
      },
    ],
  },
  {
    id: 'decision-province',
    text: 'Ban hành kèm theo Quyết định số 40/2024/QĐ-UBND ngày 24-11-2023 của Ủy ban nhân dân tỉnh Quảng Ngãi quy chế phối hợp.',
    citations: [
      {
        span: 'Quyết định số 40/2024/QĐ-UBND ngày 24-11-2023 của Ủy ban nhân dân tỉnh Quảng Ngãi',
        symbol: '40/2024/QĐ-UBND',
        kind: 'DECISION',
        issuedOn: '2023-11-24',
        issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
      },
    ],
  },
  {
    id: 'official-letter',
    text: 'Thực hiện Công văn số 4912/UBND-NC ngày 16/10/2023 của UBND tỉnh về việc báo cáo kết quả, Sở Khoa học và Công nghệ báo cáo như sau.',
    citations: [
      {
        span: 'Công văn số 4912/UBND-NC ngày 16/10/2023 của UBND tỉnh',
        symbol: '4912/UBND-NC',
        kind: 'OFFICIAL_LETTER',
        issuedOn: '2023-10-16',
        issuer: 'UBND tỉnh',
      },
    ],
  },
  {
    id: 'proposal-department',
    text: 'Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 89/TTr-SKHCN ngày 02/6/2022.',
    citations: [
      {
        span: 'Tờ trình số 89/TTr-SKHCN ngày 02/6/2022',
        symbol: '89/TTr-SKHCN',
        kind: 'PROPOSAL',
        issuedOn: '2022-06-02',
      },
    ],
  },
  {
    id: 'government-report',
    text: 'Theo Báo cáo số 1270/BC-TCTTTg của Tổ công tác của Thủ tướng, tỷ lệ hoàn thành đạt 98,62%.',
    citations: [
      {
        span: 'Báo cáo số 1270/BC-TCTTTg của Tổ công tác',
        symbol: '1270/BC-TCTTTg',
        kind: 'REPORT',
        issuer: 'Tổ công tác',
      },
    ],
  },
  {
    id: 'national-assembly-resolution',
    text: 'Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh;',
    citations: [
      {
        span: 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội',
        symbol: '202/2025/QH15',
        kind: 'RESOLUTION',
        issuedOn: '2025-06-12',
        issuer: 'Quốc hội',
      },
    ],
  },
  {
    id: 'law-with-title',
    text: 'Căn cứ Luật Khoa học và Công nghệ số 29/2013/QH13; Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
    citations: [
      {
        span: 'Luật Khoa học và Công nghệ số 29/2013/QH13',
        symbol: '29/2013/QH13',
        kind: 'LAW',
      },
      {
        span: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
        symbol: '72/2025/QH15',
        kind: 'LAW',
      },
    ],
  },
  {
    id: 'word-code-mismatch',
    text: 'Quán triệt Chỉ thị số 42-KL/TW của Ban Bí thư trong toàn Đảng bộ.',
    citations: [
      {
        span: 'Chỉ thị số 42-KL/TW của Ban Bí thư',
        symbol: '42-KL/TW',
        kind: 'DIRECTIVE',
        issuer: 'Ban Bí thư',
        warnings: 1,
      },
    ],
  },
  {
    id: 'noisy-case',
    text: 'Triển khai Chương trình số 65-Ctr/TU của Tỉnh ủy đến các chi bộ.',
    citations: [
      {
        span: 'Chương trình số 65-Ctr/TU của Tỉnh ủy',
        symbol: '65-CTr/TU',
        kind: 'PROGRAM',
        issuer: 'Tỉnh ủy',
      },
    ],
  },
  {
    id: 'noisy-missing-hyphen',
    text: 'Đảng ủy Khối đã có Công văn số 858CV/ĐUK hướng dẫn các tổ chức cơ sở đảng.',
    citations: [{ span: 'Công văn số 858CV/ĐUK', symbol: '858-CV/ĐUK', kind: 'OFFICIAL_LETTER' }],
  },
  {
    id: 'noisy-tu-for-tw',
    text: 'Thông báo kết luận số 445-KL/TƯ về chủ trương sắp xếp tổ chức bộ máy.',
    citations: [
      {
        span: 'Thông báo kết luận số 445-KL/TƯ',
        symbol: '445-KL/TW',
        kind: 'NOTICE',
        warnings: 1,
      },
    ],
  },
  {
    id: 'noisy-hyphen-for-slash',
    text: 'Thực hiện Nghị quyết 72-NQ-TW của Bộ Chính trị về một số giải pháp đột phá.',
    citations: [
      {
        span: 'Nghị quyết 72-NQ-TW của Bộ Chính trị',
        symbol: '72-NQ/TW',
        kind: 'RESOLUTION',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'lower-case-words',
    text: 'các cấp ủy tổ chức học tập chỉ thị số 05-CT/TW, ngày 15/5/2016 của bộ chính trị.',
    citations: [
      {
        span: 'chỉ thị số 05-CT/TW, ngày 15/5/2016',
        symbol: '05-CT/TW',
        kind: 'DIRECTIVE',
        issuedOn: '2016-05-15',
      },
    ],
  },
  {
    id: 'upper-case-words',
    text: 'KẾ HOẠCH SỐ 12-KH/ĐU THỰC HIỆN NGHỊ QUYẾT SỐ 2537-NQ/ĐU',
    citations: [
      { span: 'KẾ HOẠCH SỐ 12-KH/ĐU', symbol: '12-KH/ĐU', kind: 'PLAN' },
      { span: 'NGHỊ QUYẾT SỐ 2537-NQ/ĐU', symbol: '2537-NQ/ĐU', kind: 'RESOLUTION' },
    ],
  },
  {
    id: 'term-in-parentheses',
    text: 'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị (khóa XIII) về đột phá phát triển khoa học, công nghệ',
    citations: [
      {
        span: 'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị (khóa XIII)',
        symbol: '57-NQ/TW',
        kind: 'RESOLUTION',
        issuedOn: '2024-12-22',
        issuer: 'Bộ Chính trị',
        term: 13,
      },
    ],
  },
  {
    id: 'central-committee-term-upper',
    text: 'Nghị quyết số 27-NQ/TW ngày 06/8/2008 của Ban Chấp hành Trung ương Đảng KHOÁ X về xây dựng đội ngũ trí thức',
    citations: [
      {
        span: 'Nghị quyết số 27-NQ/TW ngày 06/8/2008 của Ban Chấp hành Trung ương Đảng KHOÁ X',
        symbol: '27-NQ/TW',
        kind: 'RESOLUTION',
        issuedOn: '2008-08-06',
        issuer: 'Ban Chấp hành Trung ương Đảng',
        term: 10,
      },
    ],
  },
  {
    id: 'date-after-issuer',
    text: 'Kết luận số 93-KL/TW của Ban Bí thư ngày 20/11/2020 đã chỉ rõ',
    citations: [
      {
        span: 'Kết luận số 93-KL/TW của Ban Bí thư ngày 20/11/2020',
        symbol: '93-KL/TW',
        kind: 'CONCLUSION',
        issuedOn: '2020-11-20',
        issuer: 'Ban Bí thư',
      },
    ],
  },
  {
    id: 'two-in-a-row',
    text: 'Tiếp tục thực hiện Chỉ thị số 42-CT/TW và Kết luận số 93-KL/TW; định kỳ báo cáo Ban Thường vụ Tỉnh ủy.',
    citations: [
      { span: 'Chỉ thị số 42-CT/TW', symbol: '42-CT/TW', kind: 'DIRECTIVE' },
      { span: 'Kết luận số 93-KL/TW', symbol: '93-KL/TW', kind: 'CONCLUSION' },
    ],
  },
  {
    id: 'list-after-one-word',
    text: 'Các Chỉ thị số 05-CT/TW, 42-CT/TW vẫn còn hiệu lực.',
    citations: [
      { span: 'Chỉ thị số 05-CT/TW', symbol: '05-CT/TW', kind: 'DIRECTIVE' },
      { span: '42-CT/TW', symbol: '42-CT/TW', kind: 'DIRECTIVE' },
    ],
  },
  {
    id: 'bare-symbol',
    text: 'Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc việc thực hiện 93-KL/TW và báo cáo kết quả.',
    citations: [{ span: '93-KL/TW', symbol: '93-KL/TW', kind: 'CONCLUSION' }],
  },
  {
    id: 'regulation-party',
    text: 'Việc đánh giá, xếp loại thực hiện theo Quy định số 366-QĐ/TW của Bộ Chính trị.',
    citations: [
      {
        span: 'Quy định số 366-QĐ/TW của Bộ Chính trị',
        symbol: '366-QĐ/TW',
        kind: 'REGULATION',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'regulation-qdi',
    text: 'Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương',
    citations: [
      {
        span: 'Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương',
        symbol: '08-QĐi/TW',
        kind: 'REGULATION',
        issuedOn: '2018-10-25',
        issuer: 'Ban Chấp hành Trung ương',
      },
    ],
  },
  {
    id: 'guidance-office',
    text: 'Thể thức văn bản của Đảng theo Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng.',
    citations: [
      {
        span: 'Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng',
        symbol: '36-HD/VPTW',
        kind: 'GUIDANCE',
        issuedOn: '2018-04-03',
        issuer: 'Văn phòng Trung ương Đảng',
      },
    ],
  },
  {
    id: 'notice-provincial-office',
    text: 'Văn phòng Tỉnh ủy ban hành Thông báo số 1048-TB/VPTU truyền đạt ý kiến của Thường trực Tỉnh ủy.',
    citations: [{ span: 'Thông báo số 1048-TB/VPTU', symbol: '1048-TB/VPTU', kind: 'NOTICE' }],
  },
  {
    id: 'organisation-board-letter',
    text: 'Ban Tổ chức Trung ương có Công văn số 8011-CV/BTCTW hướng dẫn quy trình.',
    citations: [
      { span: 'Công văn số 8011-CV/BTCTW', symbol: '8011-CV/BTCTW', kind: 'OFFICIAL_LETTER' },
    ],
  },
  {
    id: 'decision-bloc-committee',
    text: 'Quyết định số 3917-QĐ/ĐUK ngày 10/01/2022 của Đảng ủy Khối về thành lập Ban Chỉ đạo.',
    citations: [
      {
        span: 'Quyết định số 3917-QĐ/ĐUK ngày 10/01/2022 của Đảng ủy Khối',
        symbol: '3917-QĐ/ĐUK',
        kind: 'DECISION',
        issuedOn: '2022-01-10',
        issuer: 'Đảng ủy Khối',
      },
    ],
  },
  {
    id: 'prime-minister-decision',
    text: 'Quyết định số 14/2014/QĐ-TTg ngày 14/02/2014 của Thủ tướng Chính phủ về việc tư vấn, phản biện và giám định xã hội',
    citations: [
      {
        span: 'Quyết định số 14/2014/QĐ-TTg ngày 14/02/2014 của Thủ tướng Chính phủ',
        symbol: '14/2014/QĐ-TTg',
        kind: 'DECISION',
        issuedOn: '2014-02-14',
        issuer: 'Thủ tướng Chính phủ',
      },
    ],
  },
  {
    id: 'circular-state',
    text: 'Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức văn bản hành chính (nay đã hết hiệu lực).',
    citations: [
      {
        span: 'Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ',
        symbol: '01/2011/TT-BNV',
        kind: 'CIRCULAR',
        issuedOn: '2011-01-19',
        issuer: 'Bộ Nội vụ',
      },
    ],
  },
  {
    id: 'circular-notice-party',
    text: 'Thông tri số 15-TT/TW của Ban Bí thư về lãnh đạo đại hội đảng bộ các cấp',
    citations: [
      {
        span: 'Thông tri số 15-TT/TW của Ban Bí thư',
        symbol: '15-TT/TW',
        kind: 'CIRCULAR_NOTICE',
        issuer: 'Ban Bí thư',
      },
    ],
  },
  {
    id: 'provincial-council-resolution',
    text: 'Nghị quyết số 12/2021/NQ-HĐND ngày 09/12/2021 của Hội đồng nhân dân tỉnh quy định mức chi hỗ trợ',
    citations: [
      {
        span: 'Nghị quyết số 12/2021/NQ-HĐND ngày 09/12/2021 của Hội đồng nhân dân tỉnh',
        symbol: '12/2021/NQ-HĐND',
        kind: 'RESOLUTION',
        issuedOn: '2021-12-09',
        issuer: 'Hội đồng nhân dân tỉnh',
      },
    ],
  },
  {
    id: 'project-party',
    text: 'Đề án số 12-ĐA/TU về phát triển nguồn nhân lực chất lượng cao giai đoạn 2021 - 2025',
    citations: [{ span: 'Đề án số 12-ĐA/TU', symbol: '12-ĐA/TU', kind: 'PROJECT' }],
  },
  {
    id: 'vusta-issuer',
    text: 'Kế hoạch số 23-KH/ĐĐ của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam về tổ chức hội thảo',
    citations: [
      {
        span: 'Kế hoạch số 23-KH/ĐĐ của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
        symbol: '23-KH/ĐĐ',
        kind: 'PLAN',
        issuer: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
      },
    ],
  },
  {
    id: 'department-issuer',
    text: 'Kế hoạch số 215/KH-SKHCN ngày 20/9/2024 của Sở Khoa học và Công nghệ và Công văn số 77/SNV-VP của Sở Nội vụ',
    citations: [
      {
        span: 'Kế hoạch số 215/KH-SKHCN ngày 20/9/2024 của Sở Khoa học và Công nghệ',
        symbol: '215/KH-SKHCN',
        kind: 'PLAN',
        issuedOn: '2024-09-20',
        issuer: 'Sở Khoa học và Công nghệ',
      },
      {
        span: 'Công văn số 77/SNV-VP của Sở Nội vụ',
        symbol: '77/SNV-VP',
        kind: 'OFFICIAL_LETTER',
        issuer: 'Sở Nội vụ',
      },
    ],
  },
  {
    id: 'text-generic-document',
    text: 'Đề nghị các đơn vị thực hiện theo văn bản số 1530/UBND-KGVX của Ủy ban nhân dân tỉnh.',
    citations: [
      {
        span: 'văn bản số 1530/UBND-KGVX của Ủy ban nhân dân tỉnh',
        symbol: '1530/UBND-KGVX',
        kind: 'OFFICIAL_LETTER',
        issuer: 'Ủy ban nhân dân tỉnh',
      },
    ],
  },
  {
    id: 'ascii-d',
    text: 'Theo Quyết định số 1234/QD-UBND của UBND tỉnh',
    citations: [
      {
        span: 'Quyết định số 1234/QD-UBND của UBND tỉnh',
        symbol: '1234/QĐ-UBND',
        kind: 'DECISION',
        issuer: 'UBND tỉnh',
      },
    ],
  },
  {
    id: 'eth-lookalike',
    text: 'Quyết định số 3917-Q\u00D0/\u00D0UK của Đảng ủy Khối',
    citations: [
      {
        span: 'Quyết định số 3917-Q\u00D0/\u00D0UK của Đảng ủy Khối',
        symbol: '3917-QĐ/ĐUK',
        kind: 'DECISION',
        issuer: 'Đảng ủy Khối',
      },
    ],
  },
  {
    id: 'date-with-ban-hanh',
    text: 'Kế hoạch số 45-KH/TU ban hành ngày 12/5/2021 của Tỉnh ủy nêu rõ',
    citations: [
      {
        span: 'Kế hoạch số 45-KH/TU ban hành ngày 12/5/2021 của Tỉnh ủy',
        symbol: '45-KH/TU',
        kind: 'PLAN',
        issuedOn: '2021-05-12',
        issuer: 'Tỉnh ủy',
      },
    ],
  },
  {
    id: 'impossible-date',
    text: 'Công văn số 12-CV/TU ngày 31/4/2021 của Tỉnh ủy',
    citations: [
      {
        span: 'Công văn số 12-CV/TU ngày 31/4/2021 của Tỉnh ủy',
        symbol: '12-CV/TU',
        kind: 'OFFICIAL_LETTER',
        issuer: 'Tỉnh ủy',
        warnings: 1,
      },
    ],
  },
  {
    id: 'issuer-stops-before-verb',
    text: 'Ngày 20/11/2020, Ban Bí thư Trung ương Đảng ban hành Kết luận số 93-KL/TW về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW của Bộ Chính trị ban hành năm 2010.',
    citations: [
      { span: 'Kết luận số 93-KL/TW', symbol: '93-KL/TW', kind: 'CONCLUSION' },
      {
        span: 'Chỉ thị số 42-CT/TW của Bộ Chính trị',
        symbol: '42-CT/TW',
        kind: 'DIRECTIVE',
        issuer: 'Bộ Chính trị',
      },
    ],
  },
  {
    id: 'no-citations-numbers',
    text: 'Năm 2021, tỷ lệ hoàn thành đạt 80,3%; 1/2 số xã đã triển khai; niên khóa 2020/2021; liên hệ 0912-345-678 hoặc 0235.3812.345; ngày 16/4/2010 và 16-4-2010.',
    citations: [],
  },
  {
    id: 'no-citations-units',
    text: 'Tốc độ 60km/h, giá 25.000đ/kg, 3 lượt/tháng, COVID-19, quý 1/2022, Quý III/2027, tháng 12/2021, 24/7.',
    citations: [],
  },
  {
    id: 'no-citations-term-only',
    text: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII, nhiệm kỳ 2020 - 2025; Ban Chấp hành khóa XXII.',
    citations: [],
  },
  {
    id: 'cascade-report',
    text: 'Báo cáo số 210-BC/HU ngày 05/12/2024 của Ban Thường vụ Huyện ủy sơ kết 3 năm thực hiện Kế hoạch số 128-KH/HU.',
    citations: [
      {
        span: 'Báo cáo số 210-BC/HU ngày 05/12/2024 của Ban Thường vụ Huyện ủy',
        symbol: '210-BC/HU',
        kind: 'REPORT',
        issuedOn: '2024-12-05',
        issuer: 'Ban Thường vụ Huyện ủy',
      },
      { span: 'Kế hoạch số 128-KH/HU', symbol: '128-KH/HU', kind: 'PLAN' },
    ],
  },
  {
    id: 'newline-split',
    text: 'thực hiện Chỉ thị  \nsố 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X về tiếp tục',
    citations: [
      {
        span: 'Chỉ thị  \nsố 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X',
        symbol: '42-CT/TW',
        kind: 'DIRECTIVE',
        issuedOn: '2010-04-16',
        issuer: 'Bộ Chính trị',
        term: 10,
      },
    ],
  },
]
