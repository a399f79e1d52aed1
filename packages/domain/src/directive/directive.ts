import { invalidDate } from '../calendar/invalid-date.js'
import { type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError, type ErrorPath, withPathPrefix } from '../domain-error.js'
import type { DomainWarning } from '../domain-warning.js'
import type { DirectiveId, OrganizationId, TenantId } from '../ids.js'
import { parseOrganizationCode } from '../organization/organization-code.js'
import type { ReportingRule } from '../reporting/reporting-rule.js'
import {
  type ReportingRuleInput,
  validateReportingRuleInput,
} from '../reporting/reporting-rule-input.js'
import { err, ok, type Result } from '../result.js'
import {
  type DocumentSymbol,
  formatDocumentSymbol,
  parseDocumentSymbol,
} from '../symbol/document-symbol.js'
import { cleanText, nfc } from '../text/nfc.js'
import { unknownCodeText } from '../vocabulary.js'
import {
  DIRECTIVE_KIND_LABELS,
  DIRECTIVE_KINDS,
  type DirectiveKind,
  isDirectiveKind,
} from './directive-kind.js'
import { kindNamedByTitle, wordsAgreeWithCode } from './kind-words.js'
import { isSecrecy, SECRECY_LEVELS, type Secrecy } from './secrecy.js'
import { isUrgency, URGENCY_LEVELS, type Urgency } from './urgency.js'

/**
 * A section of a directive's text, as the document numbers it: the programme's parts I, II, III,
 * their points 1, 2, 3, and sub-points a, b, c, to any depth. Tasks refer to sections by the
 * numbers along the way (`['III', '2', 'b']`, written "III.2.b").
 *
 * @example
 * ```ts
 * const part: DirectiveSection = {
 *   number: 'II', heading: 'Nhiệm vụ, giải pháp', body: '',
 *   children: [{ number: '1', heading: 'Nâng cao nhận thức', body: '…', children: [] }],
 * }
 * ```
 */
export interface DirectiveSection {
  /** The number as printed, without its trailing `.` or `)`: `I`, `2`, `b`, `2.1`. */
  readonly number: string
  /** The heading, NFC, spaces folded; empty when the section has none. */
  readonly heading: string
  /** The text of the section itself (without its children), NFC, line breaks kept. */
  readonly body: string
  readonly children: readonly DirectiveSection[]
}

/**
 * Any guiding document that chidao follows: a Chỉ thị, Kết luận, Nghị quyết, Chương trình,
 * Kế hoạch, Quyết định… issued by an organisation, with its number and symbol, its summary
 * (trích yếu), its secrecy and urgency marks and its numbered sections.
 *
 * @example
 * ```ts
 * directive.symbolText // '93-KL/TW'
 * directive.kind // 'CONCLUSION'
 * ```
 */
export interface Directive {
  readonly id: DirectiveId
  readonly tenantId: TenantId
  readonly kind: DirectiveKind
  /** The parsed number and symbol (số và ký hiệu), without parse warnings. */
  readonly symbol: DocumentSymbol
  /** The symbol in canonical form (`93-KL/TW`): the text to show, search and index. */
  readonly symbolText: string
  /** The issuing organisation (cơ quan ban hành). */
  readonly issuerId: OrganizationId
  /** The issuer's party term (khóa) as a number, 13 for khóa XIII; `null` when not elected. */
  readonly issuerTerm: number | null
  readonly issuedOn: IsoDate
  /** The summary line (trích yếu), NFC, spaces folded. */
  readonly title: string
  readonly secrecy: Secrecy
  readonly urgency: Urgency
  readonly sections: readonly DirectiveSection[]
  /**
   * Its reporting rule (chế độ báo cáo: "báo cáo định kỳ 6 tháng, năm"), when it sets one;
   * absent or `null` when it does not.
   */
  readonly reportingRule?: ReportingRule | null
  /** Optimistic-concurrency version: starts at 1, grows by one with each change. */
  readonly version: number
}

/**
 * A section as a caller gives it, before validation.
 *
 * @example
 * ```ts
 * const input: DirectiveSectionInput = { number: 'III.', heading: 'Tổ chức thực hiện', children: [{ number: '1.' }] }
 * ```
 */
export interface DirectiveSectionInput {
  readonly number: string
  readonly heading?: string | null
  readonly body?: string | null
  readonly children?: readonly DirectiveSectionInput[] | null
}

/**
 * The fields a caller gives to create a directive, before validation.
 *
 * @example
 * ```ts
 * const input: DirectiveInput = {
 *   symbol: '93-KL/TW', issuerOrganizationCode: 'BBT', issuedOn: '2020-11-20',
 *   title: 'Kết luận về tiếp tục thực hiện Chỉ thị số 42-CT/TW', secrecy: 'PUBLIC',
 * }
 * ```
 */
export interface DirectiveInput {
  /** A {@link DirectiveKind}; when omitted, the kind the symbol's type code denotes. */
  readonly kind?: string | null
  /** The number and symbol in any accepted spelling (`Số: 93-KL/TƯ`). */
  readonly symbol: string
  /** Code of the issuing organisation (`BTV-TU`), its natural key. */
  readonly issuerOrganizationCode: string
  /** The issuer's party term (khóa) as a number, if it is an elected body. */
  readonly issuerTerm?: number | null
  readonly issuedOn: string
  /** The summary line (trích yếu). */
  readonly title: string
  /** A {@link Secrecy}; `PUBLIC` when omitted. */
  readonly secrecy?: string | null
  /** An {@link Urgency}; `NORMAL` when omitted. */
  readonly urgency?: string | null
  readonly sections?: readonly DirectiveSectionInput[] | null
  /** Its reporting rule (chế độ báo cáo), when it sets one. */
  readonly reportingRule?: ReportingRuleInput | null
}

/**
 * A validated directive, ready to be stored. Its issuer is named by organisation code.
 *
 * @example
 * ```ts
 * const r = validateNewDirective(input)
 * if (r.ok) repository.create(r.value, context) // r.value: NewDirective
 * ```
 */
export interface NewDirective
  extends Pick<
    Directive,
    | 'kind'
    | 'symbol'
    | 'symbolText'
    | 'issuerTerm'
    | 'issuedOn'
    | 'title'
    | 'secrecy'
    | 'urgency'
    | 'sections'
  > {
  /** Code of the issuing organisation (cơ quan ban hành), its natural key. */
  readonly issuerOrganizationCode: string
  /** Its reporting rule, when it sets one (the recipient is given apart, by id). */
  readonly reportingRule?: Omit<ReportingRule, 'recipientId'> | null
  /** Code of the body reports go to; absent or `null` for the issuer. */
  readonly reportingRecipientCode?: string | null
  /** What of the reporting rule's words was not used (`REPORTING_RULE_PART_IGNORED`). */
  readonly reportingRuleWarnings?: readonly DomainWarning[]
  /** What was normalised in the symbol as typed (`TƯ` read as `TW`…), in English. */
  readonly warnings: readonly string[]
}

/**
 * Optional facts the validation may check against.
 *
 * @example
 * ```ts
 * validateNewDirective(input, { today: clock.today() })
 * ```
 */
export interface DirectiveValidationContext {
  /** Today's date: when given, a directive issued after it is refused. */
  readonly today?: IsoDate | null
}

const MAX_TITLE = 1000
const MAX_HEADING = 1000
const MAX_SECTION_NUMBER = 20

function fail(
  code: string,
  en: string,
  vi: string,
  path: ErrorPath,
  value?: unknown,
): { readonly ok: false; readonly error: DomainError } {
  return err(domainError(code, { en, vi }, path, value))
}

// A document with no mark (absent or empty) has the lowest one.
function markOr(given: unknown, none: string): string {
  return given == null || given === '' ? none : String(given)
}

/**
 * Validates and normalises a new directive: the symbol parsed (`INVALID_DOCUMENT_SYMBOL`, path
 * `['symbol']`) and written canonically; the kind known (`INVALID_DIRECTIVE_KIND`), defaulting to
 * the symbol's and agreeing with it (`DIRECTIVE_KIND_MISMATCH`) — a Quy định may bear `QĐ`, as
 * Party regulations do (`366-QĐ/TW`), and a title opening "Quy định…" makes the default kind
 * `REGULATION` rather than `DECISION`; the issuer's code valid; the term
 * a whole number 1–100 (`INVALID_PARTY_TERM`); the issue date a real date (`INVALID_DATE`), in
 * the symbol's year where it has one (`SYMBOL_YEAR_MISMATCH`) and not after `context.today`
 * (`ISSUED_IN_FUTURE`); the title required (`REQUIRED`), NFC and spaces folded; secrecy and
 * urgency known (`INVALID_SECRECY`, `INVALID_URGENCY`); the sections, to any depth, each
 * numbered (`REQUIRED`) with numbers unique among siblings (`DUPLICATE_SECTION_NUMBER`); and
 * the reporting rule when given (`INVALID_REPORTING_RULE`, see `validateReportingRuleInput`).
 *
 * Returns the first error found, with the path of the offending field
 * (`['sections', 2, 'children', 0, 'number']`) and messages in English and Vietnamese.
 *
 * @example
 * ```ts
 * const r = validateNewDirective({
 *   symbol: 'Số: 93-KL/TƯ',
 *   issuerOrganizationCode: 'bbt',
 *   issuedOn: '2020-11-20',
 *   title: 'Kết luận  về tiếp tục thực hiện Chỉ thị 42-CT/TW',
 * })
 * r.ok && [r.value.kind, r.value.symbolText, r.value.secrecy] // ['CONCLUSION', '93-KL/TW', 'PUBLIC']
 * ```
 */
export function validateNewDirective(
  input: DirectiveInput,
  context: DirectiveValidationContext = {},
): Result<NewDirective, DomainError> {
  const parsed = parseDocumentSymbol(String(input.symbol ?? ''))
  if (!parsed.ok) return err(withPathPrefix(parsed.error, ['symbol']))
  const symbol: DocumentSymbol = Object.freeze({ ...parsed.value, warnings: Object.freeze([]) })
  const symbolText = formatDocumentSymbol(symbol)

  let kind: DirectiveKind
  if (input.kind == null || input.kind === '') {
    if (symbol.kind === null) {
      return fail(
        'REQUIRED',
        `Kind is required: the symbol ${symbolText} does not tell whether it is a law, a resolution or another kind`,
        `Thiếu loại văn bản: ký hiệu ${symbolText} không cho biết là luật, nghị quyết hay loại khác`,
        ['kind'],
        input.kind,
      )
    }
    // A Quy định numbered with QĐ is told from a Quyết định by its words, as citations are.
    const named = typeof input.title === 'string' ? kindNamedByTitle(input.title) : null
    kind =
      named !== null && named !== symbol.kind && wordsAgreeWithCode(named, symbol.kind)
        ? named
        : symbol.kind
  } else if (!isDirectiveKind(String(input.kind))) {
    const text = unknownCodeText(
      { en: 'directive kind', vi: 'Loại văn bản' },
      `"${input.kind}"`,
      DIRECTIVE_KINDS,
    )
    return err(domainError('INVALID_DIRECTIVE_KIND', text, ['kind'], input.kind))
  } else {
    kind = input.kind as DirectiveKind
    if (!wordsAgreeWithCode(kind, symbol.kind)) {
      return fail(
        'DIRECTIVE_KIND_MISMATCH',
        `The symbol ${symbolText} denotes a ${DIRECTIVE_KIND_LABELS[symbol.kind!].en}, not a ${DIRECTIVE_KIND_LABELS[kind].en}`,
        `Ký hiệu ${symbolText} là của ${DIRECTIVE_KIND_LABELS[symbol.kind!].vi}, không phải ${DIRECTIVE_KIND_LABELS[kind].vi}`,
        ['kind'],
        input.kind,
      )
    }
  }

  const issuer = parseOrganizationCode(String(input.issuerOrganizationCode ?? ''), [
    'issuerOrganizationCode',
  ])
  if (!issuer.ok) return issuer

  const issuerTerm = input.issuerTerm ?? null
  if (
    issuerTerm !== null &&
    (!Number.isInteger(issuerTerm) || issuerTerm < 1 || issuerTerm > 100)
  ) {
    return fail(
      'INVALID_PARTY_TERM',
      `Issuer's term must be a whole number from 1 to 100, got ${issuerTerm}`,
      `Khóa của cơ quan ban hành phải là số nguyên từ 1 đến 100, nhận được ${issuerTerm}`,
      ['issuerTerm'],
      issuerTerm,
    )
  }

  const issuedOn = input.issuedOn
  if (typeof issuedOn !== 'string' || !isIsoDate(issuedOn)) {
    return err(invalidDate({ en: 'Issue date', vi: 'Ngày ban hành' }, ['issuedOn'], issuedOn))
  }
  if (symbol.year !== null && Number(issuedOn.slice(0, 4)) !== symbol.year) {
    return fail(
      'SYMBOL_YEAR_MISMATCH',
      `Issue date ${issuedOn} is not in ${symbol.year}, the year in the symbol ${symbolText}`,
      `Ngày ban hành ${issuedOn} không thuộc năm ${symbol.year} ghi trong ký hiệu ${symbolText}`,
      ['issuedOn'],
      issuedOn,
    )
  }
  if (context.today != null && issuedOn > context.today) {
    return fail(
      'ISSUED_IN_FUTURE',
      `Issue date ${issuedOn} is after today (${context.today})`,
      `Ngày ban hành ${issuedOn} sau ngày hôm nay (${context.today})`,
      ['issuedOn'],
      issuedOn,
    )
  }

  const title = typeof input.title === 'string' ? cleanText(input.title) : ''
  if (title === '') {
    return fail(
      'REQUIRED',
      'Title (summary) is required',
      'Thiếu trích yếu văn bản',
      ['title'],
      input.title,
    )
  }
  if (title.length > MAX_TITLE) {
    return fail(
      'TOO_LONG',
      `Title is longer than ${MAX_TITLE} characters`,
      `Trích yếu dài quá ${MAX_TITLE} ký tự`,
      ['title'],
    )
  }

  const secrecy = markOr(input.secrecy, 'PUBLIC')
  if (!isSecrecy(secrecy)) {
    const text = unknownCodeText({ en: 'secrecy', vi: 'Độ mật' }, `"${secrecy}"`, SECRECY_LEVELS)
    return err(domainError('INVALID_SECRECY', text, ['secrecy'], input.secrecy))
  }
  const urgency = markOr(input.urgency, 'NORMAL')
  if (!isUrgency(urgency)) {
    const text = unknownCodeText({ en: 'urgency', vi: 'Độ khẩn' }, `"${urgency}"`, URGENCY_LEVELS)
    return err(domainError('INVALID_URGENCY', text, ['urgency'], input.urgency))
  }

  const sections = validateDirectiveSections(input.sections ?? [])
  if (!sections.ok) return sections

  const reporting =
    input.reportingRule == null ? null : validateReportingRuleInput(input.reportingRule)
  if (reporting !== null && !reporting.ok) return reporting

  return ok(
    Object.freeze({
      kind,
      symbol,
      symbolText,
      issuerOrganizationCode: issuer.value,
      issuerTerm,
      issuedOn,
      title,
      secrecy,
      urgency,
      sections: sections.value,
      ...(reporting === null
        ? {}
        : {
            reportingRule: reporting.value.rule,
            reportingRecipientCode: reporting.value.recipientCode,
            reportingRuleWarnings: reporting.value.warnings,
          }),
      warnings: parsed.value.warnings,
    }),
  )
}

// Paths are linked lists, turned into arrays only for an error, so deep trees stay linear.
interface PathLink {
  readonly parent: PathLink | null
  readonly key: string | number
}

function toPath(link: PathLink, ...tail: (string | number)[]): ErrorPath {
  const path: (string | number)[] = []
  for (let at: PathLink | null = link; at !== null; at = at.parent) path.push(at.key)
  return [...path.reverse(), ...tail]
}

interface PendingSection {
  readonly input: DirectiveSectionInput
  readonly path: PathLink
  readonly siblings: Set<string>
  readonly into: DirectiveSection[]
}

/**
 * Validates and normalises a tree of sections, to any depth, without recursion: numbers cleaned
 * (NFC, spaces folded, a trailing `.` or `)` dropped: `III.` → `III`, `b)` → `b`), required and
 * unique among siblings; headings cleaned; bodies NFC with line breaks kept. Paths in errors
 * start at `['sections', …]`.
 *
 * @example
 * ```ts
 * const r = validateDirectiveSections([
 *   { number: 'I.', heading: 'Kết quả', children: [{ number: '1.' }, { number: '1' }] },
 * ])
 * !r.ok && r.error.path // ['sections', 0, 'children', 1, 'number']
 * ```
 */
export function validateDirectiveSections(
  inputs: readonly DirectiveSectionInput[],
): Result<readonly DirectiveSection[], DomainError> {
  const roots: DirectiveSection[] = []
  // Each section object is created before its children are validated; its children array is
  // filled as they are, in order, and frozen at the end.
  const stack: PendingSection[] = []
  const pushLevel = (
    list: readonly DirectiveSectionInput[],
    path: PathLink,
    into: DirectiveSection[],
  ) => {
    const siblings = new Set<string>()
    for (let i = list.length - 1; i >= 0; i--) {
      stack.push({ input: list[i]!, path: { parent: path, key: i }, siblings, into })
    }
  }
  if (!Array.isArray(inputs)) {
    return fail(
      'INVALID_SECTIONS',
      'Sections must be a list',
      'Các phần của văn bản phải là một danh sách',
      ['sections'],
    )
  }
  pushLevel(inputs, { parent: null, key: 'sections' }, roots)
  while (stack.length > 0) {
    const { input, path, siblings, into } = stack.pop()!
    const number = cleanSectionNumber(input?.number)
    if (number === '') {
      return fail(
        'REQUIRED',
        'Section number is required',
        'Thiếu số thứ tự của phần, mục',
        toPath(path, 'number'),
        input?.number,
      )
    }
    if (number.length > MAX_SECTION_NUMBER) {
      return fail(
        'TOO_LONG',
        `Section number "${number}" is longer than ${MAX_SECTION_NUMBER} characters`,
        `Số thứ tự "${number}" dài quá ${MAX_SECTION_NUMBER} ký tự`,
        toPath(path, 'number'),
        input.number,
      )
    }
    if (siblings.has(number)) {
      return fail(
        'DUPLICATE_SECTION_NUMBER',
        `Section number "${number}" is used twice at the same level`,
        `Số thứ tự "${number}" bị trùng trong cùng một cấp`,
        toPath(path, 'number'),
        input.number,
      )
    }
    siblings.add(number)
    const heading = typeof input.heading === 'string' ? cleanText(input.heading) : ''
    if (heading.length > MAX_HEADING) {
      return fail(
        'TOO_LONG',
        `Section heading is longer than ${MAX_HEADING} characters`,
        `Tiêu đề phần, mục dài quá ${MAX_HEADING} ký tự`,
        toPath(path, 'heading'),
      )
    }
    const body = typeof input.body === 'string' ? cleanBody(input.body) : ''
    const children: DirectiveSection[] = []
    into.push(Object.freeze({ number, heading, body, children }))
    const childInputs = input.children ?? []
    if (!Array.isArray(childInputs)) {
      return fail(
        'INVALID_SECTIONS',
        'Section children must be a list',
        'Các mục con phải là một danh sách',
        toPath(path, 'children'),
      )
    }
    pushLevel(childInputs, { parent: path, key: 'children' }, children)
  }
  freezeChildren(roots)
  return ok(Object.freeze(roots))
}

function freezeChildren(roots: readonly DirectiveSection[]): void {
  const stack = [...roots]
  while (stack.length > 0) {
    const section = stack.pop()!
    Object.freeze(section.children)
    for (const child of section.children) stack.push(child)
  }
}

function cleanSectionNumber(value: unknown): string {
  if (typeof value !== 'string') return ''
  return cleanText(value)
    .replace(/[.)]+$/u, '')
    .trim()
}

function cleanBody(value: string): string {
  return nfc(value)
    .replace(/\r\n?/gu, '\n')
    .replace(/[ \t\u00a0]+$/gmu, '')
    .trim()
}

/**
 * Finds a section by the numbers along the way from the top (`['III', '2', 'b']` for
 * "III.2.b"), or `null`. Numbers are compared as stored, after the same cleaning as on input,
 * so `['III.', '2)']` finds the same section.
 *
 * @example
 * ```ts
 * findDirectiveSection(directive.sections, ['III', '2', 'b'])?.heading
 * ```
 */
export function findDirectiveSection(
  sections: readonly DirectiveSection[],
  numbers: readonly string[],
): DirectiveSection | null {
  let level = sections
  let found: DirectiveSection | null = null
  for (const raw of numbers) {
    const number = cleanSectionNumber(raw)
    found = level.find((s) => s.number === number) ?? null
    if (found === null) return null
    level = found.children
  }
  return found
}
