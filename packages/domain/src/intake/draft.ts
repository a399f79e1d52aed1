import type { Bundle, BundleInput } from '../bundle/bundle.js'
import type { BilingualText, DomainError, ErrorPath } from '../domain-error.js'
import type { Result } from '../result.js'
import type { DocumentHeader } from './document-header.js'
import type { IntakeDocument, SourcePlace } from './intake-document.js'
import type { KnownOrganization } from './organization-matcher.js'
import type { ProposedOrganization } from './proposed-organization.js'

/** What drafting reads: the document, and the tenant with its organisations. */
export interface DraftInput {
  readonly document: IntakeDocument
  readonly tenant: { readonly id: string; readonly name: string }
  readonly organizations: readonly KnownOrganization[]
}

/** One value drafted, where it was read and how sure the rule that read it is (0–1). */
export interface DraftFinding {
  /** Where the value stands in the draft bundle (`['tasks', 3, 'lead']`). */
  readonly path: ErrorPath
  readonly value: string
  readonly confidence: number
  readonly place: SourcePlace
}

/** What drafting may be unsure of, for the reviewer to check: one code per kind of doubt. */
export const DRAFT_DOUBT_CODES = [
  'LOW_CONFIDENCE',
  'UNMATCHED_ORGANIZATION',
  'DISSOLVED_ORGANIZATION',
  'DEADLINE_WARNING',
  'TASK_WITHOUT_LEAD',
  'HEADER_NOT_FOUND',
  'DUPLICATE_REFERENCE',
  'DOCUMENT_NOT_READ',
] as const

/** What drafting was unsure of, for the reviewer to check: a code of {@link DRAFT_DOUBT_CODES}. */
export type DraftDoubtCode = (typeof DRAFT_DOUBT_CODES)[number]

/** A point for the reviewer: what, at which path of the draft, from which place of the source. */
export interface DraftDoubt {
  readonly code: DraftDoubtCode
  readonly path: ErrorPath
  readonly message: BilingualText
  readonly place: SourcePlace | null
}

/** A drafted task as the benchmark and the reviewer read it: names as written, codes as matched. */
export interface DraftTask {
  /** The symbol of its document, canonical (`''` where the document names none). */
  readonly directive: string
  readonly reference: string
  readonly title: string
  /** The lead's name as written, `null` when the document names none. */
  readonly leadName: string | null
  /** The lead's code: the tenant's, a proposed one, or the issuer's when none is named. */
  readonly lead: string
  readonly coordinatorNames: readonly string[]
  readonly coordinators: readonly string[]
  readonly deadline: string | null
  readonly place: SourcePlace
}

/**
 * A bundle drafted from a programme's text: the bundle (print it with `bundleToJson` once
 * valid, as YAML for review with {@link draftReviewComments} above it), whether it is valid
 * and every reason it is not, and what each value was read from and how surely.
 */
export interface Draft {
  readonly bundle: BundleInput
  /** The draft checked by `parseBundle`: the bundle, or every error naming its path. */
  readonly validated: Result<Bundle, readonly DomainError[]>
  readonly header: DocumentHeader
  readonly tasks: readonly DraftTask[]
  readonly proposedOrganizations: readonly ProposedOrganization[]
  readonly findings: readonly DraftFinding[]
  readonly doubts: readonly DraftDoubt[]
}
