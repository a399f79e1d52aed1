import { isIsoDate } from '@chidao/domain'

/** What the dashboard shows, kept in the address so that a reload or a link shows the same. */
export interface DashboardSearch {
  /** The document's global ID; none: the first programme the caller may see. */
  readonly directive?: string
  /** The day the figures are counted on (ISO); none: today in Vietnam. */
  readonly asOf?: string
  /** A lead organisation's global ID: its tasks are listed under the table. */
  readonly lead?: string
}

/** Reads the dashboard's search parameters, ignoring anything unknown or malformed. */
export function readDashboardSearch(search: Record<string, unknown>): DashboardSearch {
  const text = (key: string) => {
    const value = search[key]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const result: { -readonly [K in keyof DashboardSearch]: DashboardSearch[K] } = {}
  const directive = text('directive')
  const asOf = text('asOf')
  const lead = text('lead')
  if (directive) result.directive = directive
  if (asOf && isIsoDate(asOf)) result.asOf = asOf
  if (lead) result.lead = lead
  return result
}

/** A document the dashboard can be switched to. */
export interface PickableDocument {
  readonly id: string
  readonly kind: string
}

/**
 * The document shown when the address names none: the earliest programme (chương trình hành
 * động: the province's own top document, where the chain meets the plans), else the earliest
 * document the caller may see; null when there is none.
 */
export function defaultDocument(documents: readonly PickableDocument[]): string | null {
  return (documents.find((d) => d.kind === 'PROGRAM') ?? documents[0])?.id ?? null
}
