import type { Draft, IntakeDocument } from '@chidao/domain'
import { mayImportBundle } from '../policy/policy.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase, enforce, REFUSAL_CODES } from '../use-case/use-case.js'
import { draftForTenant, type TenantDraftPorts } from './tenant-draft.js'

/** A document read by an intake reader, to draft a bundle from. */
export interface DraftBundleInput {
  readonly document: IntakeDocument
  /** The tenant's name as the draft's header writes it; its id when omitted. */
  readonly tenantName?: string | null
}

/** The ports {@link draftBundle} calls: it only reads. */
export type DraftBundlePorts = TenantDraftPorts

/**
 * Drafts a bundle (gói dữ liệu) from a programme or plan that an intake reader has read
 * (Word, PDF, a workbook): the domain's drafting rules (`draftBundleFromDocument`) read its
 * header, tasks and task tables, and match the organisations it names with the tenant's, read
 * at the caller's clearance. Nothing is written: the draft goes to a person, who checks its
 * doubts and imports it with {@link importBundle}. Who may import a bundle may draft one
 * (`bundle.import`: ADMIN); refused otherwise, before anything is read.
 *
 * @example
 * ```ts
 * const result = await draftBundle(context, { document })
 * if (result.ok) console.log(draftReviewComments(result.value), result.value.validated.ok)
 * ```
 */
export const draftBundle = defineUseCase({
  name: 'draftBundle',
  errors: [...REFUSAL_CODES],
  async run(context: UseCaseContext<DraftBundlePorts>, input: DraftBundleInput): Promise<Draft> {
    const { ports, caller } = context
    enforce(mayImportBundle(caller))
    return draftForTenant(ports, input.document, input.tenantName)
  },
})

/** What {@link draftBundle} may fail with. */
export const DRAFT_BUNDLE_ERRORS = draftBundle.errors

/** A code {@link draftBundle} may fail with. */
export type DraftBundleError = UseCaseErrorOf<typeof draftBundle>
