import type { IsoDate } from '../../calendar/iso-date.js'
import { domainError, type ErrorPath, withPathPrefix } from '../../domain-error.js'
import type { OrganizationId, TenantId } from '../../ids.js'
import type {
  NewOrganization,
  Organization,
  OrganizationInput,
} from '../../organization/organization.js'
import { parseOrganizationCode } from '../../organization/organization-code.js'
import {
  DISTRICT_LEVEL_ABOLISHED_ON,
  isOrganizationLevel,
  type OrganizationLevel,
} from '../../organization/organization-level.js'
import {
  type OrganizationTreeNode,
  validateOrganizationHierarchy,
} from '../../organization/organization-tree.js'
import { validateOrganizationSuccessions } from '../../organization/succession.js'
import { validateNewOrganization } from '../../organization/validate-organization.js'
import type { BundleOrganization, BundleOrganizationInput } from '../bundle.js'
import { type BundleReader, type BundleRecord, shownValue } from '../bundle-reader.js'
import { type FieldRenames, fieldsOf } from './bundle-fields.js'
import { NaturalKeys } from './natural-keys.js'
import type { SectionContext } from './section-context.js'
import {
  allErrors,
  bilingual,
  dayBefore,
  type FieldRepairs,
  renameError,
  repairFields,
  sectionRecords,
} from './section-support.js'

/** The fields of an organisation (tổ chức). */
export const ORGANIZATION_FIELDS = fieldsOf<BundleOrganizationInput>({
  code: 'required',
  name: 'required',
  shortName: 'optional',
  kind: 'required',
  level: 'required',
  parent: 'optional',
  foundedOn: 'optional',
  dissolvedOn: 'optional',
  successor: 'optional',
  successors: 'optional',
  partyTerm: 'optional',
})

const INPUT_RENAMES = {
  parentCode: ['parent'],
} as const satisfies FieldRenames<OrganizationInput, BundleOrganizationInput>
const TREE_RENAMES = {
  parentId: ['parent'],
} as const satisfies FieldRenames<OrganizationTreeNode, BundleOrganizationInput>
const SUCCESSION_RENAMES = {
  successorId: ['successor'],
  successorIds: ['successors'],
} as const satisfies FieldRenames<Organization, BundleOrganizationInput>

/** An organisation of the bundle while it is read: what could be read of it so far. */
export interface OrganizationDraft {
  readonly index: number
  /** The organisation as written, when it is an object. */
  readonly record: BundleRecord | undefined
  code?: string
  /** The code as written, when it is no valid code (already reported at the organisation). */
  invalidCode?: string
  level?: OrganizationLevel
  parent?: string
  foundedOn?: IsoDate
  dissolvedOn?: IsoDate
  successor?: string
  /** Every successor, when the bundle lists several (`successors`). */
  successors?: string[]
  value?: NewOrganization
}

/**
 * Reads the organisations of a bundle: their codes first (`DUPLICATE_KEY`), registered with
 * the references so that the parent and successor of each may be any other; then each one
 * ({@link validateNewOrganization}, the district level abolished on 2025-07-01), and the
 * hierarchy and successions of those whose codes are sound.
 *
 * @example
 * ```ts
 * const drafts = parseOrganizations(context, readSection(reader, root, 'organizations'), tenantId)
 * ```
 */
export function parseOrganizations(
  context: SectionContext,
  inputs: readonly unknown[],
  tenantId: string | undefined,
): readonly OrganizationDraft[] {
  const { reader } = context
  const codes = new NaturalKeys(reader)
  const drafts = Array.from(
    sectionRecords(reader, 'organizations', inputs, ORGANIZATION_FIELDS),
    ({ index, path, record }) => {
      const draft: OrganizationDraft = { index, record }
      readOrganizationCode(reader, codes, draft, path)
      return draft
    },
  )
  context.references.addOrganizations(
    codes.owners,
    drafts.flatMap((d) => (d.invalidCode === undefined ? [] : [d.invalidCode])),
  )
  for (const draft of drafts) {
    if (draft.record !== undefined) checkOrganization(context, draft, draft.record)
  }
  const sound = drafts.filter((d) => d.code !== undefined && codes.owners.get(d.code) === d.index)
  checkHierarchy(reader, sound)
  checkSuccessions(reader, sound, tenantId)
  return drafts
}

// The code as stored, and whether no organisation before had it.
function readOrganizationCode(
  reader: BundleReader,
  codes: NaturalKeys,
  draft: OrganizationDraft,
  path: ErrorPath,
): void {
  const code = reader.field(draft.record, 'code', path, 'string')
  if (code === undefined) return
  const parsed = parseOrganizationCode(code, [...path, 'code'])
  if (!parsed.ok) {
    reader.add(parsed.error.code, bilingual(parsed.error), parsed.error.path, code)
    draft.invalidCode = code
    return
  }
  draft.code = parsed.value
  codes.claim(parsed.value, draft.index, [...path, 'code'], code, (first) => ({
    en: `Organisation code ${shownValue(parsed.value)} is used twice (first at organizations[${first}])`,
    vi: `Mã tổ chức ${shownValue(parsed.value, 'vi')} bị trùng (đã dùng ở organizations[${first}])`,
  }))
}

function checkOrganization(
  { reader, references }: SectionContext,
  draft: OrganizationDraft,
  record: BundleRecord,
): void {
  const path = ['organizations', draft.index]
  const name = reader.field(record, 'name', path, 'string')
  const shortName = reader.field(record, 'shortName', path, 'string')
  const kind = reader.field(record, 'kind', path, 'string')
  const level = reader.field(record, 'level', path, 'string')
  if (level !== undefined && isOrganizationLevel(level)) draft.level = level
  draft.foundedOn = reader.field(record, 'foundedOn', path, 'date')
  draft.dissolvedOn = reader.field(record, 'dissolvedOn', path, 'date')
  const partyTerm = reader.field(record, 'partyTerm', path, 'number')
  if (record.parent !== undefined && record.parent !== null) {
    draft.parent = references.organization(record.parent, [...path, 'parent'])
  }
  if (record.successor !== undefined && record.successor !== null) {
    draft.successor = references.organization(record.successor, [...path, 'successor'])
  }
  readSuccessors({ reader, references }, draft, record, path)
  const today =
    draft.dissolvedOn === undefined ? DISTRICT_LEVEL_ABOLISHED_ON : dayBefore(draft.dissolvedOn)
  const checked = allErrors<OrganizationInput, NewOrganization>(
    {
      code: draft.code ?? 'X',
      name: name ?? 'x',
      shortName: shortName ?? null,
      kind: kind ?? 'OTHER',
      level: level ?? 'PROVINCE',
      parentCode: draft.parent ?? null,
      foundedOn: draft.foundedOn ?? null,
      partyTerm: partyTerm ?? null,
    },
    (input) => validateNewOrganization(input, { today }),
    repairFields(ORGANIZATION_REPAIRS),
  )
  for (const error of checked.errors) {
    reader.addUnlessCovered(withPathPrefix(renameError(error, INPUT_RENAMES), path))
  }
  draft.value = checked.value
  if (
    draft.level === 'DISTRICT' &&
    (draft.dissolvedOn === undefined || draft.dissolvedOn > DISTRICT_LEVEL_ABOLISHED_ON)
  ) {
    reader.addUnlessCovered(
      domainError(
        'DISTRICT_LEVEL_ABOLISHED',
        {
          en: `${draft.code ?? 'This body'} is at the district level, abolished on ${DISTRICT_LEVEL_ABOLISHED_ON}: a district body must be dissolved by then (give dissolvedOn and a successor)`,
          vi: `${draft.code ?? 'Tổ chức này'} thuộc cấp huyện, đã kết thúc hoạt động từ ngày 01/7/2025: tổ chức cấp huyện phải có ngày giải thể (dissolvedOn) không muộn hơn ngày đó và tổ chức kế thừa`,
        },
        [...path, 'level'],
        level,
      ),
    )
  }
}

// Stand-ins that pass, for the fields validateNewOrganization may blame.
const ORGANIZATION_REPAIRS: FieldRepairs<OrganizationInput> = {
  code: 'X',
  name: 'x',
  shortName: null,
  kind: 'OTHER',
  level: 'PROVINCE',
  foundedOn: null,
  partyTerm: null,
  parentCode: null,
}

// Cycles and parents of the wrong level, over the organisations that have a level.
function checkHierarchy(reader: BundleReader, sound: readonly OrganizationDraft[]): void {
  const withLevel = sound.filter((d) => d.level !== undefined)
  const withLevelCodes = new Set(withLevel.map((d) => d.code!))
  const hierarchy = validateOrganizationHierarchy(
    withLevel.map((d) => ({
      id: d.code!,
      code: d.code!,
      level: d.level!,
      parentId: d.parent !== undefined && withLevelCodes.has(d.parent) ? d.parent : null,
    })),
  )
  if (hierarchy.ok) return
  for (const error of hierarchy.error) {
    const [at, ...rest] = error.path
    const draft = withLevel[at as number]
    if (draft === undefined) continue
    reader.addUnlessCovered(
      withPathPrefix(renameError({ ...error, path: rest }, TREE_RENAMES), [
        'organizations',
        draft.index,
      ]),
    )
  }
}

// Several successors (`successors: [A, B]`), the first also the `successor`; not with `successor`.
function readSuccessors(
  { reader, references }: Pick<SectionContext, 'reader' | 'references'>,
  draft: OrganizationDraft,
  record: BundleRecord,
  path: ErrorPath,
): void {
  const list = reader.field(record, 'successors', path, 'array')
  if (list === undefined) return
  if (record.successor !== undefined && record.successor !== null) {
    reader.add(
      'SUCCESSOR_GIVEN_TWICE',
      {
        en: 'Give either successor (one body) or successors (several), not both',
        vi: 'Chỉ ghi successor (một tổ chức kế thừa) hoặc successors (nhiều tổ chức), không ghi cả hai',
      },
      [...path, 'successors'],
    )
    return
  }
  const codes = list.map((raw, i) => references.organization(raw, [...path, 'successors', i]))
  if (codes.some((c) => c === undefined)) return
  draft.successors = codes as string[]
  draft.successor = codes[0]
}

// Successions, over the organisations that passed their own checks. A successor missing from
// them failed its own checks, already reported: SUCCESSOR_NOT_FOUND would only repeat it.
function checkSuccessions(
  reader: BundleReader,
  sound: readonly OrganizationDraft[],
  tenantId: string | undefined,
): void {
  const successionSet = sound.filter((d) => d.value !== undefined)
  const successionErrors = validateOrganizationSuccessions(
    successionSet.map(
      (d): Organization => ({
        ...d.value!,
        id: d.code as OrganizationId,
        tenantId: (tenantId ?? 'demo') as TenantId,
        parentId: null,
        dissolvedOn: d.dissolvedOn ?? null,
        successorId: (d.successor ?? null) as OrganizationId | null,
        ...(d.successors === undefined
          ? {}
          : { successorIds: d.successors as unknown as OrganizationId[] }),
        version: 1,
      }),
    ),
  )
  for (const error of successionErrors) {
    const [at, ...rest] = error.path
    const draft = successionSet[at as number]
    if (draft === undefined || error.code === 'SUCCESSOR_NOT_FOUND') continue
    reader.addUnlessCovered(
      withPathPrefix(renameError({ ...error, path: rest }, SUCCESSION_RENAMES), [
        'organizations',
        draft.index,
      ]),
    )
  }
}

/**
 * The organisations of the normalised bundle, once every one has passed its checks.
 *
 * @example
 * ```ts
 * toBundleOrganizations(drafts)[0].code // 'BBT'
 * ```
 */
export function toBundleOrganizations(
  drafts: readonly OrganizationDraft[],
): readonly BundleOrganization[] {
  return Object.freeze(
    drafts.map((d): BundleOrganization => {
      const v = d.value!
      return Object.freeze({
        code: v.code,
        name: v.name,
        shortName: v.shortName,
        kind: v.kind,
        level: v.level,
        parent: v.parentCode,
        foundedOn: v.foundedOn,
        dissolvedOn: d.dissolvedOn ?? null,
        successor: d.successor ?? null,
        successors: Object.freeze(d.successors ?? (d.successor ? [d.successor] : [])),
        partyTerm: v.partyTerm,
      })
    }),
  )
}
