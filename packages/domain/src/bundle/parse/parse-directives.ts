import type { IsoDate } from '../../calendar/iso-date.js'
import {
  type DirectiveInput,
  type DirectiveSectionInput,
  type NewDirective,
  validateNewDirective,
} from '../../directive/directive.js'
import { type ErrorPath, withPathPrefix } from '../../domain-error.js'
import { parseOrganizationCode } from '../../organization/organization-code.js'
import { parseReportingRule, validateReportingRuleParts } from '../../reporting/reporting-rule.js'
import { formatDocumentSymbol, parseDocumentSymbol } from '../../symbol/document-symbol.js'
import type {
  BundleDirective,
  BundleDirectiveInput,
  BundleReportingRule,
  BundleReportingRuleInput,
} from '../bundle.js'
import type { BundleReader, BundleRecord } from '../bundle-reader.js'
import { formatDirectiveRef } from '../bundle-ref.js'
import { type FieldRenames, fieldsOf } from './bundle-fields.js'
import type { DirectiveKey } from './bundle-references.js'
import { NaturalKeys } from './natural-keys.js'
import type { SectionContext } from './section-context.js'
import {
  allErrors,
  bilingual,
  type FieldRepairs,
  issueYearOf,
  renameError,
  repairFields,
  sectionRecords,
} from './section-support.js'

/** The fields of a directive (văn bản chỉ đạo). */
export const DIRECTIVE_FIELDS = fieldsOf<BundleDirectiveInput>({
  symbol: 'required',
  kind: 'optional',
  issuer: 'required',
  issuerTerm: 'optional',
  issuedOn: 'required',
  title: 'required',
  secrecy: 'optional',
  urgency: 'optional',
  sections: 'optional',
  reportingRule: 'optional',
})

/** The fields of a reporting rule written field by field. */
export const REPORTING_RULE_FIELDS = fieldsOf<BundleReportingRuleInput>({
  text: 'required',
  cadences: 'optional',
  dueDays: 'optional',
  recipient: 'optional',
})

/** The fields of a numbered section of a directive (I, II, 1, a…), at any depth. */
export const SECTION_FIELDS = fieldsOf<DirectiveSectionInput>({
  number: 'required',
  heading: 'optional',
  body: 'optional',
  children: 'optional',
})

const INPUT_RENAMES = {
  issuerOrganizationCode: ['issuer'],
} as const satisfies FieldRenames<DirectiveInput, BundleDirectiveInput>

/** A directive of the bundle while it is read: what could be read of it so far. */
export interface DirectiveDraft extends DirectiveKey {
  readonly index: number
  /** The directive as written, when it is an object. */
  readonly record: BundleRecord | undefined
  symbol?: string
  issuer?: string
  issuedOn?: IsoDate
  key?: string
  value?: NewDirective
  reportingRule?: BundleReportingRule
}

/**
 * Reads the directives of a bundle: their natural keys first (canonical symbol, issuer and year
 * of issue, `DUPLICATE_KEY`), registered with the references so that later sections may refer to
 * them; then each one ({@link validateNewDirective}) with its sections.
 *
 * @example
 * ```ts
 * const drafts = parseDirectives(context, readSection(reader, root, 'directives'))
 * ```
 */
export function parseDirectives(
  context: SectionContext,
  inputs: readonly unknown[],
): readonly DirectiveDraft[] {
  const { reader } = context
  const keys = new NaturalKeys(reader)
  const drafts = Array.from(
    sectionRecords(reader, 'directives', inputs, DIRECTIVE_FIELDS),
    ({ index, path, record }) => {
      const draft: DirectiveDraft = { index, record }
      readDirectiveKey(reader, keys, draft, path)
      return draft
    },
  )
  context.references.addDirectives(drafts)
  for (const draft of drafts) {
    if (draft.record !== undefined) checkDirective(context, draft, draft.record)
  }
  return drafts
}

// The canonical symbol and the day of issue, and the key they make when no directive before
// had it.
function readDirectiveKey(
  reader: BundleReader,
  keys: NaturalKeys,
  draft: DirectiveDraft,
  path: ErrorPath,
): void {
  const symbolText = reader.field(draft.record, 'symbol', path, 'string')
  const issuedOn = reader.field(draft.record, 'issuedOn', path, 'date')
  draft.issuedOn = issuedOn
  if (symbolText === undefined) return
  const symbol = parseDocumentSymbol(symbolText)
  if (!symbol.ok) {
    reader.add(symbol.error.code, bilingual(symbol.error), [...path, 'symbol'], symbolText)
    return
  }
  const shown = formatDocumentSymbol(symbol.value)
  draft.symbol = shown
  // The issuer is checked against the organisations later; here it only completes the key.
  const issuer =
    typeof draft.record?.issuer === 'string' ? parseOrganizationCode(draft.record.issuer) : null
  if (issuedOn === undefined || issuer === null || !issuer.ok) return
  draft.issuer = issuer.value
  const year = issueYearOf(issuedOn)
  const key = formatDirectiveRef({ symbol: shown, issuer: issuer.value, year })
  const claimed = keys.claim(key, draft.index, [...path, 'symbol'], symbolText, (first) => ({
    en: `Directive ${shown} issued by ${issuer.value} in ${year} appears twice (first at directives[${first}])`,
    vi: `Văn bản ${shown} do ${issuer.value} ban hành năm ${year} bị trùng (đã có ở directives[${first}])`,
  }))
  if (claimed) draft.key = key
}

function checkDirective(
  { reader, references }: SectionContext,
  draft: DirectiveDraft,
  record: BundleRecord,
): void {
  const path = ['directives', draft.index]
  checkSections(reader, record.sections, [...path, 'sections'])
  const issuer = references.organization(record.issuer, [...path, 'issuer'])
  const kind = reader.field(record, 'kind', path, 'string')
  const issuerTerm = reader.field(record, 'issuerTerm', path, 'number')
  const title = reader.field(record, 'title', path, 'string')
  const secrecy = reader.field(record, 'secrecy', path, 'string')
  const urgency = reader.field(record, 'urgency', path, 'string')
  const sections = reader.field(record, 'sections', path, 'array')
  const symbolMissing = draft.symbol === undefined
  const checked = allErrors<DirectiveInput, NewDirective>(
    {
      symbol: draft.symbol ?? '1/UBND-X',
      kind: kind ?? null,
      issuerOrganizationCode: issuer ?? 'X',
      issuerTerm: issuerTerm ?? null,
      issuedOn: draft.issuedOn ?? '2000-01-01',
      title: title ?? 'x',
      secrecy: secrecy ?? null,
      urgency: urgency ?? null,
      sections: (sections ?? []) as readonly DirectiveSectionInput[],
    },
    validateNewDirective,
    repairFields(DIRECTIVE_REPAIRS),
  )
  for (const error of checked.errors) {
    // With no usable symbol, the kind cannot be checked against it.
    if (symbolMissing && error.path[0] === 'kind' && error.code !== 'INVALID_DIRECTIVE_KIND') {
      continue
    }
    reader.addUnlessCovered(withPathPrefix(renameError(error, INPUT_RENAMES), path))
  }
  draft.value = checked.value
  const rule = readReportingRule(reader, references, record, path)
  if (rule !== undefined) draft.reportingRule = rule
}

// A reporting rule as words (parsed) or field by field (checked; words read for what is left out).
function readReportingRule(
  reader: BundleReader,
  references: SectionContext['references'],
  record: BundleRecord,
  path: ErrorPath,
): BundleReportingRule | undefined {
  const given = record.reportingRule
  if (given == null) return undefined
  const at = [...path, 'reportingRule']
  const fields =
    typeof given === 'string' ? { text: given } : reader.record(given, at, REPORTING_RULE_FIELDS)
  if (fields === undefined) return undefined
  const text = typeof given === 'string' ? given : reader.field(fields, 'text', at, 'string')
  if (text === undefined) return undefined
  const parsed = parseReportingRule(text)
  const cadences = fields.cadences as readonly string[] | null | undefined
  const dueDays = fields.dueDays as BundleReportingRuleInput['dueDays']
  if (!parsed.ok && cadences == null) {
    reader.addUnlessCovered(withPathPrefix(parsed.error, path))
    return undefined
  }
  const checked = validateReportingRuleParts({
    text,
    cadences: cadences ?? (parsed.ok ? parsed.value.cadences : []),
    dueDays: dueDays ?? (parsed.ok ? parsed.value.dueDays : {}),
  })
  if (!checked.ok) {
    reader.addUnlessCovered(withPathPrefix(checked.error, path))
    return undefined
  }
  const recipient =
    typeof given === 'string' || fields.recipient == null
      ? null
      : (references.organization(fields.recipient, [...at, 'recipient']) ?? null)
  return Object.freeze({ ...checked.value, recipient })
}

// Stand-ins that pass, for the fields validateNewDirective may blame.
const DIRECTIVE_REPAIRS: FieldRepairs<DirectiveInput> = {
  symbol: '1/UBND-X',
  kind: (input) => ({ ...input, kind: null, symbol: '1/UBND-X' }),
  issuerOrganizationCode: 'X',
  issuerTerm: null,
  // A date in the year of the symbol, so that the year still agrees.
  issuedOn: (input) => {
    const year = parseDocumentSymbol(input.symbol)
    const y = year.ok && year.value.year !== null ? year.value.year : 2000
    return { ...input, issuedOn: `${y}-01-01` }
  },
  title: 'x',
  secrecy: null,
  urgency: null,
  sections: [],
}

// The shape of the sections at every depth, read with a stack rather than recursion; what they
// say is checked by validateNewDirective.
function checkSections(reader: BundleReader, sections: unknown, path: ErrorPath): void {
  if (!Array.isArray(sections)) return
  const stack: { list: readonly unknown[]; path: ErrorPath }[] = [{ list: sections, path }]
  while (stack.length > 0) {
    const { list, path: at } = stack.pop()!
    for (const [i, section] of list.entries()) {
      const record = reader.record(section, [...at, i], SECTION_FIELDS)
      if (record === undefined) continue
      reader.field(record, 'number', [...at, i], 'string')
      reader.field(record, 'heading', [...at, i], 'string')
      reader.field(record, 'body', [...at, i], 'string')
      const children = reader.field(record, 'children', [...at, i], 'array')
      if (children !== undefined) stack.push({ list: children, path: [...at, i, 'children'] })
    }
  }
}

/**
 * The directives of the normalised bundle, once every one has passed its checks.
 *
 * @example
 * ```ts
 * toBundleDirectives(drafts)[0].symbol // '93-KL/TW'
 * ```
 */
export function toBundleDirectives(drafts: readonly DirectiveDraft[]): readonly BundleDirective[] {
  return Object.freeze(
    drafts.map((d): BundleDirective => {
      const v = d.value!
      return Object.freeze({
        symbol: v.symbolText,
        kind: v.kind,
        issuer: v.issuerOrganizationCode,
        issuerTerm: v.issuerTerm,
        issuedOn: v.issuedOn,
        title: v.title,
        secrecy: v.secrecy,
        urgency: v.urgency,
        sections: v.sections,
        ...(d.reportingRule ? { reportingRule: d.reportingRule } : {}),
      })
    }),
  )
}
