import type { SourcePlace } from './intake-document.js'
import type { ReadPhrase, TaskRoles } from './task-roles.js'

/** A task as read from the document, before its organisations are matched. */
export interface TaskCandidate {
  /** Its number path ("II.2.b"), or its annex row ("PL.I.3"). */
  readonly reference: string
  /** The document the row says it belongs to (a table's "Văn bản" column), as written. */
  readonly document?: string
  readonly title: string
  /** The rest of its words, for the reviewer. */
  readonly description: string
  readonly place: SourcePlace
  readonly from: 'TEXT' | 'TABLE'
  /** Who, by when, reporting to whom, as written; the lead possibly taken from a part above. */
  readonly roles: TaskRoles & { readonly lead: ReadPhrase | null }
  /** Where the document, lead and deadline stand when they are in other cells of a table row. */
  readonly places?: Partial<Record<'document' | 'lead' | 'coordinators' | 'deadline', SourcePlace>>
}
