import {
  type Bundle,
  bundleWarnings,
  type DomainError,
  type DomainWarning,
  deadlineWarnings,
  domainError,
  err,
  ok,
  type Result,
  type Secrecy,
} from '@chidao/domain'
import { mayImportBundle } from '../policy/policy.js'
import {
  type BundleProblem,
  type BundleTextReader,
  formatBundleProblems,
} from '../ports/bundle-reader.js'
import type { BundleImportReport, BundleStore } from '../ports/bundle-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import {
  abort,
  changeOf,
  defineUseCase,
  enforce,
  orAbort,
  REFUSAL_CODES,
} from '../use-case/use-case.js'

/** A bundle to import, and who is told how far the import got. */
export interface ImportBundleInput {
  /**
   * The bundle as JSON or YAML text, read through the {@link BundleTextReader} port; or one
   * already read and validated (`parseBundle`).
   */
  readonly bundle: string | Bundle
  /** The name the text's problems are listed under; default `bundle`. */
  readonly fileName?: string | null
  /** Called as the import goes: the kind of record, how many are done, how many there are. */
  readonly onProgress?: ((stage: string, done: number, total: number) => void) | null
  /**
   * Check only (kiểm tra): the same authorisation, reading and import, rolled back at the end;
   * the answer is what the import would do, or the failures it would give, and nothing is
   * written. Default false.
   */
  readonly dryRun?: boolean | null
}

/** What the import did, per kind of record. */
export interface ImportBundleOutput extends BundleImportReport {
  /**
   * What the person who wrote the bundle should know, though it imported: each task deadline
   * kept unparsed or conditional (see `deadlineWarnings`), each directive whose issuer
   * contradicts its symbol (`ISSUER_CONTRADICTS_SYMBOL`), at its path (`tasks.3.deadline`).
   */
  readonly warnings: readonly DomainWarning[]
  /** Whether this was a dry run: the counts say what the import would do; nothing was written. */
  readonly dryRun: boolean
}

/** The ports {@link importBundle} calls. */
export interface ImportBundlePorts {
  readonly bundles: Pick<BundleStore, 'tenantId' | 'import'>
  readonly bundleReader: BundleTextReader
}

/**
 * Imports a bundle (gói dữ liệu) into the tenant, all or nothing, matching records by natural
 * key: a second import of the same bundle changes nothing. The policy (`bundle.import`: ADMIN)
 * decides before anything is read or written, and a bundle of another tenant is refused. The
 * import then runs at the caller's own clearance: a stored record above it is neither matched
 * nor counted, and a bundle record marked above it refuses the bundle.
 *
 * A bundle given as text is read first, at the caller's clearance: a text with problems fails
 * with `INVALID_BUNDLE` at `bundle`, its message listing every problem with its line, column
 * and path (`formatBundleProblems`), its `value` the problems themselves. Otherwise the
 * failures are `FORBIDDEN` (a bundle of another tenant, at `bundle.tenant.id`) and those of
 * {@link BundleStore.import} (`SECRECY_ABOVE_CLEARANCE`, `NATURAL_KEY_TAKEN`) under `bundle`.
 * With `dryRun` all of this happens and the import is rolled back: the same answer, nothing
 * written.
 *
 * @example
 * ```ts
 * const result = await importBundle(context, { bundle: await loadExampleBundle() })
 * if (result.ok) result.value.tasks.created // 0 the second time
 * ```
 */
export const importBundle = defineUseCase({
  name: 'importBundle',
  errors: [...REFUSAL_CODES, 'INVALID_BUNDLE', 'SECRECY_ABOVE_CLEARANCE', 'NATURAL_KEY_TAKEN'],
  async run(
    context: UseCaseContext<ImportBundlePorts>,
    input: ImportBundleInput,
  ): Promise<ImportBundleOutput> {
    const { ports, caller } = context
    enforce(mayImportBundle(caller))
    const bundle = orAbort(bundleOf(input, ports.bundleReader, caller.clearance))
    const tenantId = bundle.tenant.id
    if (tenantId !== ports.bundles.tenantId) {
      abort(
        domainError(
          'FORBIDDEN',
          {
            en: `The bundle belongs to tenant ${tenantId}; this deployment serves ${ports.bundles.tenantId}`,
            vi: `Gói dữ liệu thuộc đơn vị ${tenantId}; hệ thống này phục vụ ${ports.bundles.tenantId}`,
          },
          ['bundle', 'tenant', 'id'],
        ),
      )
    }
    const dryRun = input.dryRun ?? false
    const report = orAbort(
      await ports.bundles.import(bundle, changeOf(context), {
        clearance: caller.clearance,
        onProgress: input.onProgress ?? null,
        dryRun,
      }),
      ['bundle'],
    )
    // Paths from the bundle's root (`tasks.3.deadline`, `directives.2.issuer`).
    const warnings = [
      ...bundleWarnings(bundle),
      ...bundle.tasks.flatMap((task, index) =>
        deadlineWarnings(task.deadline, ['tasks', index, 'deadline']),
      ),
    ]
    return { ...report, warnings, dryRun }
  },
})

/** What {@link importBundle} may fail with. */
export const IMPORT_BUNDLE_ERRORS = importBundle.errors

/** A code {@link importBundle} may fail with. */
export type ImportBundleError = UseCaseErrorOf<typeof importBundle>

/** The bundle given, or the one its text holds: else one failure listing every problem. */
function bundleOf(
  input: ImportBundleInput,
  reader: BundleTextReader,
  clearance: Secrecy,
): Result<Bundle, DomainError> {
  if (typeof input.bundle !== 'string') return ok(input.bundle)
  const read = reader.read(input.bundle, input.fileName ?? 'bundle', { clearance })
  return read.ok ? read : err(invalidBundle(read.error))
}

function invalidBundle(problems: readonly BundleProblem[]): DomainError {
  const count = problems.length
  return domainError(
    'INVALID_BUNDLE',
    {
      en: `The bundle has ${count} problem(s); nothing was imported:\n${formatBundleProblems(problems, 'en')}`,
      vi: `Gói dữ liệu có ${count} lỗi; chưa nhập gì:\n${formatBundleProblems(problems, 'vi')}`,
    },
    ['bundle'],
    Object.freeze([...problems]),
  )
}
