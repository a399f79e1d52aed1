import {
  type Draft,
  draftBundleFromDocument,
  organizationKey,
  parseDeadline,
  sameDeadline,
  searchKey,
} from '../../../src/index.js'
import { textDocument } from '../text-document.js'
import type { CorpusDocument, ExpectedTask } from './expected-task.js'
import { AN_PHU_ORGANIZATIONS } from './organizations.js'

/** Found, expected and right, for one measure. */
export interface Tally {
  found: number
  expected: number
  right: number
}

/** Precision and recall of one measure; 1 when there was nothing to find. */
export function precisionRecall(t: Tally): { precision: number; recall: number } {
  return {
    precision: t.found === 0 ? 1 : t.right / t.found,
    recall: t.expected === 0 ? 1 : t.right / t.expected,
  }
}

/** The measures of a draft against the expected tasks. */
export interface DraftScore {
  readonly tasks: Tally
  readonly leads: Tally
  readonly coordinators: Tally
  readonly deadlines: Tally
  /** References expected and not drafted, drafted and not expected; leads and deadlines wrong. */
  readonly misses: string[]
}

const tally = (): Tally => ({ found: 0, expected: 0, right: 0 })

/** Drafts a corpus document against the An Phú organisations. */
export function draftCorpusDocument(doc: CorpusDocument): Draft {
  return draftBundleFromDocument({
    document: textDocument(doc.name, doc.text),
    tenant: { id: 'an-phu', name: 'Tỉnh An Phú' },
    organizations: AN_PHU_ORGANIZATIONS,
  })
}

function organizationOf(draft: Draft, code: string): string {
  const proposed = draft.proposedOrganizations.find((p) => p.code === code)
  return proposed ? `new:${organizationKey(proposed.name)}` : code
}

function expectedOrganization(written: string): string {
  return written.startsWith('new:') ? `new:${organizationKey(written.slice(4))}` : written
}

function sameDeadlineText(found: string | null, expected: string | null, year: number): boolean {
  if (found === null || expected === null) return found === expected
  const key = (t: string) => searchKey(t).replace(/[.,;]$/u, '')
  if (key(found) === key(expected)) return true
  const a = parseDeadline(found, { year })
  const b = parseDeadline(expected, { year })
  return a.ok && b.ok && a.value.kind !== 'UNPARSED' && sameDeadline(a.value, b.value)
}

/**
 * Scores a draft: a task is found when its reference is drafted; a lead, a coordinator, a
 * deadline is right when it is the expected organisation (a proposed one by its name) or the
 * same deadline. Leads and deadlines are counted over the tasks both sides have.
 */
export function scoreDraft(draft: Draft, expected: readonly ExpectedTask[]): DraftScore {
  const score = {
    tasks: tally(),
    leads: tally(),
    coordinators: tally(),
    deadlines: tally(),
    misses: [] as string[],
  }
  const year = Number((draft.header.issuedOn?.value ?? '2026').slice(0, 4))
  const drafted = new Map(draft.tasks.map((t) => [t.reference, t]))
  score.tasks.found = draft.tasks.length
  score.tasks.expected = expected.length
  for (const want of expected) {
    score.leads.expected++
    score.coordinators.expected += want.coordinators.length
    if (want.deadline !== null) score.deadlines.expected++
    const got = drafted.get(want.reference)
    if (got === undefined) {
      score.misses.push(`${want.reference}: not drafted`)
      continue
    }
    score.tasks.right++
    score.leads.found++
    if (organizationOf(draft, got.lead) === expectedOrganization(want.lead)) score.leads.right++
    else
      score.misses.push(
        `${want.reference}: lead ${organizationOf(draft, got.lead)} (${got.leadName}), expected ${want.lead}`,
      )
    const wanted = new Set(want.coordinators.map(expectedOrganization))
    const gotCoordinators = got.coordinators.map((c) => organizationOf(draft, c))
    score.coordinators.found += gotCoordinators.length
    score.coordinators.right += gotCoordinators.filter((c) => wanted.has(c)).length
    if (gotCoordinators.length !== wanted.size || gotCoordinators.some((c) => !wanted.has(c))) {
      score.misses.push(
        `${want.reference}: coordinators ${gotCoordinators.join(', ')}, expected ${[...wanted].join(', ')}`,
      )
    }
    if (got.deadline !== null) score.deadlines.found++
    if (want.deadline !== null && sameDeadlineText(got.deadline, want.deadline, year))
      score.deadlines.right++
    else if (got.deadline !== want.deadline)
      score.misses.push(`${want.reference}: deadline ${got.deadline}, expected ${want.deadline}`)
  }
  const references = new Set(expected.map((t) => t.reference))
  for (const t of draft.tasks)
    if (!references.has(t.reference)) score.misses.push(`${t.reference}: not expected`)
  return score
}
