import { validateAssessment } from '../assessment/validate-assessment.js'
import { validateNewDirective } from '../directive/directive.js'
import { validateDirectiveRelation } from '../directive/directive-relation.js'
import type { DomainError } from '../domain-error.js'
import { validateOrganizationMembership } from '../organization/membership.js'
import { validateOrganizationHierarchy } from '../organization/organization-tree.js'
import { validateOrganizationSuccessions } from '../organization/succession.js'
import { validateNewOrganization } from '../organization/validate-organization.js'
import { err, ok, type Result } from '../result.js'
import { validateProgressReport } from '../task/progress-report.js'
import { validateNewTask } from '../task/validate-task.js'
import type {
  Bundle,
  BundleAssessment,
  BundleInput,
  BundleMembership,
  BundleRelation,
} from './bundle.js'
import { BundleReader } from './bundle-reader.js'
import { BundleReferences } from './parse/bundle-references.js'
import { parseAssessments } from './parse/parse-assessments.js'
import { parseDirectives, toBundleDirectives } from './parse/parse-directives.js'
import {
  parseHeader,
  readSection,
  SECTIONS,
  type SectionName,
  toBundleHeader,
} from './parse/parse-header.js'
import { parseMemberships } from './parse/parse-memberships.js'
import { parseOrganizations, toBundleOrganizations } from './parse/parse-organizations.js'
import { parseRelations } from './parse/parse-relations.js'
import { parseTasks, toBundleTasks } from './parse/parse-tasks.js'
import type { SectionContext } from './parse/section-context.js'
import { StandIns } from './parse/stand-ins.js'

/**
 * Validates and normalises a bundle (a parsed JSON or YAML document, see {@link BundleInput})
 * and returns every error found, never only the first, each with the JSON path of the
 * offending field (`['tasks', 12, 'lead']`), a message in English and Vietnamese naming the
 * offending value, and the value itself. Never throws.
 *
 * What is checked, reusing the domain's validators for the records themselves:
 * - the header: `format` (`INVALID_BUNDLE_FORMAT`), `version` (`UNSUPPORTED_BUNDLE_VERSION`:
 *   nothing else is read then), the tenant id (`INVALID_TENANT_ID`);
 * - every object: fields of the wrong type (`INVALID_TYPE`), missing (`REQUIRED`) or unknown
 *   (`UNKNOWN_FIELD`, suggesting the field meant: `coordinator` → `coordinators`);
 * - natural keys used twice (`DUPLICATE_KEY`): organisation code, directive symbol and year
 *   of issue, task directive and reference, assessment key, and a progress report's date and
 *   organisation within its task;
 * - references to nothing (`UNKNOWN_ORGANIZATION`, `UNKNOWN_DIRECTIVE`, `UNKNOWN_TASK`) or to
 *   a symbol that two directives share without `@year` (`AMBIGUOUS_DIRECTIVE_REF`);
 * - organisations: {@link validateNewOrganization}, the hierarchy
 *   ({@link validateOrganizationHierarchy}: `CYCLE_IN_HIERARCHY`, `INVALID_PARENT_LEVEL`),
 *   successions ({@link validateOrganizationSuccessions}), and the district level, which only a
 *   body dissolved by 2025-07-01 may keep (`DISTRICT_LEVEL_ABOLISHED`); memberships
 *   ({@link validateOrganizationMembership}, overlaps);
 * - directives ({@link validateNewDirective}), relations ({@link validateDirectiveRelation}, and
 *   every duplicate and cycle of the graph: `DUPLICATE_RELATION`, `CYCLE_IN_RELATIONS`);
 * - tasks ({@link validateNewTask}: deadlines read with the directive's year of issue, lead also
 *   coordinator…), parent cycles (`CYCLE_IN_HIERARCHY`), status (`INVALID_TASK_STATUS`) and
 *   dates: `completedOn` exactly when `COMPLETED` (`COMPLETION_DATE_WITHOUT_COMPLETION`,
 *   `COMPLETION_DATE_REQUIRED`), not before the directive (`COMPLETED_BEFORE_ISSUED`); progress
 *   reports ({@link validateProgressReport}: percent 0–100…), not before the directive
 *   (`REPORT_BEFORE_ISSUED`);
 * - assessments ({@link validateAssessment}), their subject (`INVALID_ASSESSMENT_SUBJECT`), the
 *   rating rule set (`UNKNOWN_RATING_RULES`) and a level no better than the score allows
 *   (`RATING_ABOVE_SCORE`).
 *
 * The normalised bundle keeps the order of the input; {@link bundleToJson} sorts.
 *
 * @example
 * ```ts
 * const r = parseBundle(JSON.parse(text))
 * if (r.ok) r.value.tasks.length
 * else for (const e of r.error) console.error(e.path.join('.'), e.code, e.message)
 * // tasks.12.lead UNKNOWN_ORGANIZATION No organisation with code "SO-KHCM" in the bundle
 * ```
 */
export function parseBundle(value: unknown): Result<Bundle, readonly DomainError[]> {
  const reader = new BundleReader()
  const header = parseHeader(reader, value)
  if (header === undefined) return err(Object.freeze(reader.errors))
  const context: SectionContext = {
    reader,
    standIns: new StandIns(),
    references: new BundleReferences(reader),
  }
  const section = (name: SectionName) => readSection(reader, header.root, name)

  // In this order: each section registers its natural keys with the references before any
  // later section refers to them.
  const organizations = parseOrganizations(context, section('organizations'), header.tenantId)
  const memberships = parseMemberships(context, section('memberships'))
  const directives = parseDirectives(context, section('directives'))
  const relations = parseRelations(context, section('relations'))
  const tasks = parseTasks(context, section('tasks'))
  const assessments = parseAssessments(context, section('assessments'))
  if (reader.errors.length > 0) return err(Object.freeze(sortErrors(reader.errors)))

  // No errors: every record was read whole.
  const bundle: Bundle = {
    ...toBundleHeader(header),
    organizations: toBundleOrganizations(organizations),
    memberships: Object.freeze(memberships as BundleMembership[]),
    directives: toBundleDirectives(directives),
    relations: Object.freeze(relations as BundleRelation[]),
    tasks: toBundleTasks(tasks, context.references),
    assessments: Object.freeze(assessments as BundleAssessment[]),
  }
  return ok(Object.freeze(bundle))
}

// Errors by section (the header first), then by record, then in the order they were found.
function sortErrors(errors: readonly DomainError[]): DomainError[] {
  const sections: readonly string[] = SECTIONS
  const rank = (e: DomainError) => {
    const section = sections.indexOf(String(e.path[0]))
    return section < 0 ? -1 : section
  }
  return errors
    .map((error, order) => ({ error, order }))
    .sort((a, b) => {
      const ra = rank(a.error)
      const rb = rank(b.error)
      if (ra !== rb) return ra - rb
      const ia = typeof a.error.path[1] === 'number' ? a.error.path[1] : -1
      const ib = typeof b.error.path[1] === 'number' ? b.error.path[1] : -1
      return ia - ib || a.order - b.order
    })
    .map((x) => x.error)
}
