import { describe, expect, it } from 'vitest'
import { readTaskRoles, taskTitle } from '../../src/index.js'

describe('readTaskRoles', () => {
  it('reads "X chủ trì, phối hợp với Y thực hiện" and "Thời gian: …"', () => {
    const r = readTaskRoles(
      'Rà soát tổ chức đảng. Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính thực hiện. Thời gian: Quý II/2026.',
    )
    expect(r.lead?.text).toBe('Ban Tổ chức Tỉnh ủy')
    expect(r.coordinators?.text).toBe('Sở Nội vụ, Sở Tài chính')
    expect(r.deadline?.text).toBe('Quý II/2026')
  })

  it('reads the fields "Cơ quan chủ trì:", "Cơ quan phối hợp:", "Thời gian hoàn thành:" surest', () => {
    const r = readTaskRoles(
      'Tổ chức học tập\nCơ quan chủ trì: Sở Tư pháp.\nCơ quan phối hợp: Công an tỉnh.\nThời gian hoàn thành: Trước ngày 30/9/2026.',
    )
    expect(r.lead).toEqual({ text: 'Sở Tư pháp', confidence: 0.95 })
    expect(r.coordinators?.text).toBe('Công an tỉnh')
    expect(r.deadline?.text).toBe('Trước ngày 30/9/2026')
  })

  it('reads "Giao X tham mưu" and a deadline in words, less surely', () => {
    const r = readTaskRoles(
      'Giao Văn phòng Tỉnh ủy tham mưu thực hiện, hoàn thành trong Quý III/2026',
    )
    expect(r.lead).toEqual({ text: 'Văn phòng Tỉnh ủy', confidence: 0.75 })
    expect(r.deadline?.text).toBe('Quý III/2026')
  })

  it('tells the verb "tổ chức" from the name "Ban Tổ chức"', () => {
    const r = readTaskRoles(
      'Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy kiểm tra việc thực hiện.',
    )
    expect(r.coordinators?.text).toBe('Ban Tổ chức Tỉnh ủy')
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
