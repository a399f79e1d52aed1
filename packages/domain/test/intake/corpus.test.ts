import { describe, expect, it } from 'vitest'
import { CORPUS } from './corpus/index.js'
import { draftCorpusDocument, scoreDraft, type Tally } from './corpus/score-draft.js'

const sum = (tallies: readonly Tally[]): Tally => ({
  found: tallies.reduce((n, t) => n + t.found, 0),
  expected: tallies.reduce((n, t) => n + t.expected, 0),
  right: tallies.reduce((n, t) => n + t.right, 0),
})

const scored = CORPUS.map((doc) => ({ doc, draft: draftCorpusDocument(doc) })).map(
  ({ doc, draft }) => ({
    doc,
    draft,
    score: scoreDraft(draft, doc.tasks),
  }),
)

describe('the drafting corpus', () => {
  it('holds at least six programmes and plans of 15–45 tasks, one of them untuned', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(6)
    for (const doc of CORPUS) {
      expect(doc.tasks.length, doc.name).toBeGreaterThanOrEqual(15)
      expect(doc.tasks.length, doc.name).toBeLessThanOrEqual(45)
    }
    expect(CORPUS.filter((d) => d.untuned === true)).toHaveLength(1)
  })

  it.each(scored.map((s) => [s.doc.name, s] as const))(
    'drafts %s into a valid bundle',
    (_, { draft }) => {
      expect(
        draft.validated.ok
          ? []
          : draft.validated.error.map((e) => `${e.path.join('.')}: ${e.message}`),
      ).toEqual([])
    },
  )

  it('finds at least 90 % of the tasks and 85 % of their leads overall', () => {
    const tasks = sum(scored.map((s) => s.score.tasks))
    const leads = sum(scored.map((s) => s.score.leads))
    expect(tasks.right / tasks.expected).toBeGreaterThanOrEqual(0.9)
    expect(leads.right / leads.expected).toBeGreaterThanOrEqual(0.85)
  })

  it('finds at least 90 % of the tasks and 85 % of their leads in the document it was not tuned on', () => {
    const untuned = scored.find((s) => s.doc.untuned === true)!
    const { tasks, leads } = untuned.score
    expect(tasks.right / tasks.expected, untuned.score.misses.join('\n')).toBeGreaterThanOrEqual(
      0.9,
    )
    expect(leads.right / leads.expected, untuned.score.misses.join('\n')).toBeGreaterThanOrEqual(
      0.85,
    )
  })
})
