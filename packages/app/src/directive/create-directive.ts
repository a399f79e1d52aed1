import {
  type Directive,
  type DirectiveInput,
  type DomainError,
  err,
  issuerSymbolWarning,
  type Result,
  validateNewDirective,
  withPathPrefix,
} from '@chidao/domain'
import { enforceInTree } from '../organization/enforce-for-organization.js'
import { mayCreateDirective } from '../policy/policy.js'
import type { DirectiveWriter } from '../ports/directive-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { DIRECTIVE_VALIDATION_ERRORS } from './directive-errors.js'

/**
 * A document to record, as written: the symbol in any accepted spelling (`Số: 93-KL/TƯ`, stored
 * canonical `93-KL/TW`), the rest as the domain validates it, the issuer by code; the reporting
 * rule (chế độ báo cáo) in words, and where they are not enough the cadences and due days, with
 * the body reports go to by code (`null`: the issuer).
 */
export interface CreateDirectiveInput extends Omit<DirectiveInput, 'issuerOrganizationCode'> {
  /** Code of the issuing organisation. */
  readonly issuerCode: string
}

/** The document as recorded, and the normalisations applied to its symbol as written. */
export interface CreateDirectiveOutput {
  readonly directive: Directive
  /** E.g. `TƯ` read as `TW`. */
  readonly warnings: readonly string[]
  /**
   * What looks wrong but was recorded, in both languages: an issuer that contradicts the
   * symbol (`ISSUER_CONTRADICTS_SYMBOL`: `93-KL/TW` issued by a people's committee), a due day
   * in the reporting rule's words that fits no period (`REPORTING_RULE_PART_IGNORED`).
   */
  readonly notices: readonly DomainError[]
}

/** The ports {@link createDirective} calls. */
export interface CreateDirectivePorts {
  readonly directives: Pick<DirectiveWriter, 'create'>
  readonly organizations: Pick<OrganizationReader, 'findByCode' | 'ancestorsOf'>
}

/**
 * Records a document (văn bản): validated and normalised first, then judged by the policy
 * (`directive.create`: an EDITOR records documents its subtree issued, an ADMIN any; nobody one
 * marked above their clearance), then stored with its audit event. An issuer that contradicts
 * the symbol is recorded as given, with a warning in `notices`. A document the caller
 * cannot see does not stop it from recording one of the same symbol at its own level.
 *
 * @example
 * ```ts
 * const result = await createDirective(context, {
 *   symbol: 'Số: 93-KL/TƯ', issuerCode: 'BBT', issuedOn: '2020-11-20', title: 'Kết luận …',
 * })
 * if (result.ok) result.value.directive.symbolText // '93-KL/TW'
 * ```
 */
export const createDirective = defineUseCase({
  name: 'createDirective',
  errors: [
    ...REFUSAL_CODES,
    ...DIRECTIVE_VALIDATION_ERRORS,
    'ISSUER_NOT_FOUND',
    'REPORTING_RECIPIENT_NOT_FOUND',
    'DIRECTIVE_EXISTS',
    'SECRECY_ABOVE_CLEARANCE',
  ],
  async run(
    context: UseCaseContext<CreateDirectivePorts>,
    input: CreateDirectiveInput,
  ): Promise<CreateDirectiveOutput> {
    const { ports } = context
    const { issuerCode, ...document } = input
    const validated = orAbort(
      inputPaths(
        validateNewDirective(
          { ...document, issuerOrganizationCode: issuerCode },
          { today: context.clock.today() },
        ),
      ),
    )
    await enforceInTree(context, mayCreateDirective, {
      issuerCode: validated.issuerOrganizationCode,
      secrecy: validated.secrecy,
    })
    const directive = orAbort(
      inputPaths(await ports.directives.create(validated, changeOf(context))),
    )
    const issuer = await ports.organizations.findByCode(validated.issuerOrganizationCode)
    const warning =
      issuer === null ? null : issuerSymbolWarning(validated.symbol, validated.symbolText, issuer)
    const notices = [
      ...(warning === null ? [] : [warning]),
      ...(validated.reportingRuleWarnings ?? []),
    ]
    return { directive, warnings: validated.warnings, notices }
  },
})

/** What {@link createDirective} may fail with. */
export const CREATE_DIRECTIVE_ERRORS = createDirective.errors

/** A code {@link createDirective} may fail with. */
export type CreateDirectiveError = UseCaseErrorOf<typeof createDirective>

/** The domain names the issuer `issuerOrganizationCode`; this input names it `issuerCode`. */
function inputPaths<T>(result: Result<T, DomainError>): Result<T, DomainError> {
  if (result.ok || result.error.path[0] !== 'issuerOrganizationCode') return result
  return err(withPathPrefix({ ...result.error, path: result.error.path.slice(1) }, ['issuerCode']))
}
