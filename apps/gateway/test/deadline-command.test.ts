import { describe, expect, it } from 'vitest'
import { cliScratch } from './support/cli-scratch.js'

describe('chidao deadline', () => {
  const cli = cliScratch('chidao-deadline-')

  it('prints the rule and the due dates of a fixed-day yearly deadline', async () => {
    const r = await cli.inProcess(['deadline', 'Trước 30/6 hằng năm', '--year', '2026'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('Kind: RECURRING (Định kỳ / Recurring)')
    expect(r.stdout).toContain('Reads as: hằng năm trước ngày 30/6 từ năm 2026')
    expect(r.stdout).toContain('Due in each period: day 30 of month 6 of the period')
    expect(r.stdout).toContain('30/6/2026 (2026-06-30), 30/6/2027 (2027-06-30)')
    expect(r.stderr).toBe('')
  })

  it('lists the due dates of a range', async () => {
    const r = await cli.inProcess([
      'deadline',
      'trước ngày 15 tháng cuối quý',
      '--from',
      '1/1/2026',
      '--to',
      '2026-12-31',
    ])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain(
      'Due dates (1/1/2026–31/12/2026): 15/3/2026 (2026-03-15), 15/6/2026 (2026-06-15), 15/9/2026 (2026-09-15), 15/12/2026 (2026-12-15)',
    )
  })

  it('reads a single date, and keeps conditional and unknown wording with a warning, exit 0', async () => {
    const day = await cli.inProcess(['deadline', 'chậm nhất ngày 14/5/2021'])
    expect(day.stdout).toContain('Due: 14/5/2021 (2021-05-14)')
    const conditional = await cli.inProcess(['deadline', 'Sau khi có hướng dẫn của Trung ương'])
    expect(conditional.code).toBe(0)
    expect(conditional.stdout).toContain('Kind: CONDITIONAL')
    expect(conditional.stdout).toContain('Due dates: none')
    expect(conditional.stdout).toMatch(
      /Warning: Thời hạn theo điều kiện .* \/ Conditional deadline/,
    )
    const unknown = await cli.inProcess(['deadline', 'Ưu tiên làm sớm'])
    expect(unknown.code).toBe(0)
    expect(unknown.stdout).toContain('Kind: UNPARSED')
    expect(unknown.stdout).toContain('"ưu tiên làm sớm"')
  })

  it('refuses an impossible date with a clear message and no stack, exit 1', async () => {
    const r = await cli.inProcess(['deadline', '31/02/2025'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('[INVALID_DATE]')
    expect(r.stderr).toContain('31/02/2025')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    const year = await cli.inProcess(['deadline', 'hằng năm', '--year', 'twenty'])
    expect(year.code).toBe(2)
    expect(year.stderr).toContain('--year')
  })
})
