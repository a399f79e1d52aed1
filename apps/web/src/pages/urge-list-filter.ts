import { addDays, type IsoDate, isIsoDate } from '@chidao/domain'
import type { VariablesOf } from '../graphql/graphql.js'
import type { UrgeListQuery } from './urge-list-query.js'

/** Which tasks the urge list shows: overdue ones, or those falling due in the next 14 days. */
export type UrgeListView = 'overdue' | 'dueSoon'

/** The urge list's filter as the clerk sets it on the page (and in the address bar). */
export interface UrgeListSearch {
  readonly view: UrgeListView
  /** An organisation's code: its tasks and those of every body below it. */
  readonly organization?: string
  /** A document's symbol in any spelling: its tasks and those of documents implementing it. */
  readonly directive?: string
  /** Keep tasks due from this day (ISO). */
  readonly dueFrom?: string
  /** Keep tasks due up to this day (ISO). */
  readonly dueTo?: string
}

/** Days ahead that count as "due soon". */
export const DUE_SOON_DAYS = 14

/** The page size of the list: a clerk's screen, and "show more" for the rest. */
export const PAGE_SIZE = 50

/**
 * The variables of {@link UrgeListQuery} for a filter on a day: overdue is the gateway's own
 * judgement (`OVERDUE` on `today`); due soon is open work whose deadline falls from today to
 * {@link DUE_SOON_DAYS} days on. Dates the clerk set narrow either view.
 */
export function urgeListVariables(
  search: UrgeListSearch,
  today: string,
): VariablesOf<typeof UrgeListQuery> {
  const organization = search.organization?.trim()
  const directive = search.directive?.trim()
  const soon = search.view === 'dueSoon'
  const dueFrom = latest(soon ? today : undefined, search.dueFrom)
  const dueTo = earliest(soon ? addDays(today as IsoDate, DUE_SOON_DAYS) : undefined, search.dueTo)
  return {
    asOf: today,
    first: PAGE_SIZE,
    filter: {
      timeliness: [soon ? 'IN_PROGRESS' : 'OVERDUE'],
      ...(organization
        ? { involvedOrganizationCode: organization.toUpperCase(), includeSubtree: true }
        : {}),
      ...(directive ? { directiveSymbol: directive, includeImplementing: true } : {}),
      ...(dueFrom ? { dueFrom } : {}),
      ...(dueTo ? { dueTo } : {}),
    },
  }
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a || b || undefined
  return a > b ? a : b
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a || b || undefined
  return a < b ? a : b
}

/** Reads the filter from the address bar's search parameters, ignoring anything unknown. */
export function readUrgeListSearch(search: Record<string, unknown>): UrgeListSearch {
  const text = (key: string) => {
    const value = search[key]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const day = (key: string) => {
    const value = text(key)
    return value && isIsoDate(value) ? value : undefined
  }
  const result: { -readonly [K in keyof UrgeListSearch]: UrgeListSearch[K] } = {
    view: search.view === 'dueSoon' ? 'dueSoon' : 'overdue',
  }
  const organization = text('organization')
  const directive = text('directive')
  const dueFrom = day('dueFrom')
  const dueTo = day('dueTo')
  if (organization) result.organization = organization
  if (directive) result.directive = directive
  if (dueFrom) result.dueFrom = dueFrom
  if (dueTo) result.dueTo = dueTo
  return result
}
