import { describe, expect, it } from 'vitest'
import { readTaskRoles, taskTitle } from '../../src/index.js'

describe('readTaskRoles', () => {
  // Field names ("Cơ quan chủ trì:") are read surest, "Giao X tham mưu" least surely.
  it.each([
    [
      '"X chủ trì, phối hợp với Y thực hiện" and "Thời gian: …"',
      'Rà soát tổ chức đảng. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính thực hiện. Thời gian: Quý II/2026.',
      {
        lead: { text: 'Ban Tổ chức Tỉnh ủy' },
        coordinators: { text: 'Sở Nội vụ, Sở Tài chính' },
        deadline: { text: 'Quý II/2026' },
      },
    ],
    [
      'the fields "Cơ quan chủ trì:", "Cơ quan phối hợp:", "Thời gian hoàn thành:" surest',
      'Tổ chức học tập\nCơ quan chủ trì: Sở Tư pháp.\nCơ quan phối hợp: Công an tỉnh.\nThời gian hoàn thành: Trước ngày 30/9/2026.',
      {
        lead: { text: 'Sở Tư pháp', confidence: 0.95 },
        coordinators: { text: 'Công an tỉnh' },
        deadline: { text: 'Trước ngày 30/9/2026' },
      },
    ],
    [
      '"Giao X tham mưu" and a deadline in words, less surely',
      'Giao Văn phòng Tỉnh ủy tham mưu thực hiện, hoàn thành trong Quý III/2026',
      { lead: { text: 'Văn phòng Tỉnh ủy', confidence: 0.75 }, deadline: { text: 'Quý III/2026' } },
    ],
    [
      'the name "Ban Tổ chức", not the verb "tổ chức"',
      'Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy kiểm tra việc thực hiện.',
      { coordinators: { text: 'Ban Tổ chức Tỉnh ủy' } },
    ],
  ])('reads %s', (_, text, roles) => {
    expect(readTaskRoles(text)).toMatchObject(roles)
  })

  it('reads a reporting duty: to whom (through whom) and when', () => {
    const r = readTaskRoles(
      'Theo dõi, đôn đốc; định kỳ báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 15/12 hằng năm.',
    )
    expect(r.reporting?.recipient).toBe('Văn phòng Tỉnh ủy')
    expect(r.reporting?.text).toContain('trước ngày 15/12 hằng năm')
  })

  it('reads nothing from words that name no one and no time', () => {
    expect(readTaskRoles('Nâng cao chất lượng sinh hoạt chi bộ.')).toEqual({
      lead: null,
      coordinators: null,
      deadline: null,
      reporting: null,
    })
  })
})

describe('taskTitle', () => {
  it('keeps the work and leaves out who and when', () => {
    expect(
      taskTitle(
        'Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ tuyên truyền về trí thức. Thời gian: Thường xuyên.',
        'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      ),
    ).toBe('Tuyên truyền về trí thức')
    expect(taskTitle('Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện')).toBe(
      'Theo dõi, đôn đốc việc thực hiện',
    )
    expect(taskTitle('Rà soát, kiện toàn tổ chức đảng. Ban Tổ chức Tỉnh ủy chủ trì.')).toBe(
      'Rà soát, kiện toàn tổ chức đảng',
    )
    expect(taskTitle('Chủ trì tổ chức các hội nghị phổ biến Luật.')).toBe(
      'Tổ chức các hội nghị phổ biến Luật',
    )
  })
})
