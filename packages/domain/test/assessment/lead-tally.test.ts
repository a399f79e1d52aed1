import { describe, expect, it } from 'vitest'
import { groupByLead } from '../../src/assessment/by-lead.js'
import { scorecardsFromTallies, tallyByLead } from '../../src/assessment/lead-tally.js'
import { type ScorecardTask, scorecard } from '../../src/assessment/scorecard.js'
import { parseDeadline } from '../../src/deadline/parse-deadline.js'
import { asId, type OrganizationId } from '../../src/ids.js'

const SO = asId<OrganizationId>('o-so')
const XA = asId<OrganizationId>('o-xa')

function deadline(text: string) {
  const r = parseDeadline(text)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

type LeadTask = ScorecardTask & { readonly leadId: OrganizationId }

const t = (
  id: string,
  leadId: OrganizationId,
  parentId: string | null,
  status: ScorecardTask['status'],
  due: string | null,
  completedOn: string | null,
  percent: number | null,
): LeadTask => ({ id, leadId, parentId, status, due, completedOn, percent })

// A subtree split between two leads (b1 is the commune's: a root of its own line), a cancelled
// task, and recurring work reported once.
const tasks: LeadTask[] = [
  t('a', SO, null, 'COMPLETED', '2025-03-31', '2025-03-20', null),
  t('b', SO, null, 'IN_PROGRESS', '2025-12-31', null, 10),
  t('b1', XA, 'b', 'IN_PROGRESS', '2025-06-30', null, 50),
  t('b2', SO, 'b', 'COMPLETED', '2025-06-30', '2025-07-05', null),
  t('c', XA, null, 'IN_PROGRESS', null, null, 20),
  t('d', XA, null, 'CANCELLED', '2025-06-30', null, null),
  {
    ...t('e', SO, null, 'IN_PROGRESS', null, null, null),
    deadline: deadline('hằng quý'),
    reports: [{ reportedOn: '2025-04-10' }],
  },
]

describe('scorecards of counted leads', () => {
  it.each(['2025-05-31', '2025-08-31', '2026-01-15'])(
    'are the scorecards of the tasks, the whole and each lead, as of %s',
    (asOf) => {
      const lines = tallyByLead(tasks, { asOf })
      expect(lines.map((line) => line.leadId)).toEqual([SO, XA])
      const cards = scorecardsFromTallies(lines, { asOf, score: 90 })
      const whole = scorecard(tasks, { asOf, score: 90 })
      expect(cards.ok && whole.ok).toBe(true)
      if (!cards.ok || !whole.ok) return
      expect(cards.value.card).toEqual(whole.value)
      const groups = groupByLead(tasks, [])
      groups.forEach((group, i) => {
        const own = scorecard(group.tasks, { asOf })
        expect(own.ok && cards.value.byLead[i]).toEqual(own.ok && own.value)
      })
    },
  )

  it('fails as the roll-up fails', () => {
    const cycle = [
      t('x', SO, 'y', 'IN_PROGRESS', null, null, 5),
      t('y', SO, 'x', 'IN_PROGRESS', null, null, 5),
    ]
    const r = scorecardsFromTallies(tallyByLead(cycle, { asOf: '2025-01-01' }), {
      asOf: '2025-01-01',
    })
    expect(r.ok).toBe(false)
  })
})
