import { invalidDate } from '../calendar/invalid-date.js'
import { isIsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { cleanText } from '../text/nfc.js'
import { unknownCodeText } from '../vocabulary.js'
import type { NewOrganization, Organization, OrganizationInput } from './organization.js'
import { parseOrganizationCode } from './organization-code.js'
import { isOrganizationKind, ORGANIZATION_KINDS } from './organization-kind.js'
import {
  DISTRICT_LEVEL_ABOLISHED_ON,
  isLevelValidOn,
  isOrganizationLevel,
  levelRank,
  ORGANIZATION_LEVELS,
} from './organization-level.js'

const MAX_NAME = 300

function requiredText(
  value: unknown,
  field: string,
  label: { en: string; vi: string },
): Result<string, DomainError> {
  const text = typeof value === 'string' ? cleanText(value) : ''
  if (text.length === 0) {
    return err(
      domainError(
        'REQUIRED',
        { en: `${label.en} is required`, vi: `Thiếu ${label.vi}` },
        [field],
        value,
      ),
    )
  }
  if (text.length > MAX_NAME) {
    return err(
      domainError(
        'TOO_LONG',
        {
          en: `${label.en} is longer than ${MAX_NAME} characters`,
          vi: `${label.vi} dài quá ${MAX_NAME} ký tự`,
        },
        [field],
      ),
    )
  }
  return ok(text)
}

/**
 * Validates and normalises the fields of a new organisation: code (upper case), name and short
 * name (NFC, spaces folded), kind and level (known values), founding date (a real date), party
 * term (a positive whole number), and the rule that the district level is not used for a body
 * recorded from 1 July 2025 on (`recordedOn` is the founding date, or else today).
 *
 * Whether the parent exists and sits at a suitable level is checked by
 * {@link checkParentLevel} once the parent is loaded.
 *
 * @example
 * ```ts
 * const r = validateNewOrganization(
 *   { code: 'btv-tu', name: 'Ban Thường vụ Tỉnh ủy', kind: 'STANDING_COMMITTEE', level: 'PROVINCE' },
 *   { today: '2026-01-15' },
 * )
 * r.ok && r.value.code // 'BTV-TU'
 * ```
 */
export function validateNewOrganization(
  input: OrganizationInput,
  context: { readonly today: string },
): Result<NewOrganization, DomainError> {
  const code = parseOrganizationCode(String(input.code ?? ''))
  if (!code.ok) return code
  const name = requiredText(input.name, 'name', { en: 'Name', vi: 'tên tổ chức' })
  if (!name.ok) return name
  let shortName: string | null = null
  if (input.shortName != null && cleanText(input.shortName) !== '') {
    const short = requiredText(input.shortName, 'shortName', {
      en: 'Short name',
      vi: 'tên viết tắt',
    })
    if (!short.ok) return short
    shortName = short.value
  }
  if (!isOrganizationKind(String(input.kind))) {
    const name = { en: 'organisation kind', vi: 'Loại tổ chức' }
    const text = unknownCodeText(name, `"${input.kind}"`, ORGANIZATION_KINDS)
    return err(domainError('INVALID_ORGANIZATION_KIND', text, ['kind'], input.kind))
  }
  if (!isOrganizationLevel(String(input.level))) {
    const text = unknownCodeText(
      { en: 'level', vi: 'Cấp' },
      `"${input.level}"`,
      ORGANIZATION_LEVELS,
    )
    return err(domainError('INVALID_ORGANIZATION_LEVEL', text, ['level'], input.level))
  }
  const kind = input.kind as NewOrganization['kind']
  const level = input.level as NewOrganization['level']
  const foundedOn = input.foundedOn ?? null
  if (foundedOn !== null && !isIsoDate(foundedOn)) {
    const name = { en: 'Founding date', vi: 'Ngày thành lập' }
    return err(invalidDate(name, ['foundedOn'], foundedOn))
  }
  const recordedOn = foundedOn ?? context.today
  if (!isLevelValidOn(level, recordedOn)) {
    return err(
      domainError(
        'DISTRICT_LEVEL_ABOLISHED',
        {
          en: `The district level was abolished on ${DISTRICT_LEVEL_ABOLISHED_ON}; a body recorded on ${recordedOn} must be at province or commune level`,
          vi: `Cấp huyện đã kết thúc hoạt động từ ngày 01/7/2025; tổ chức ghi nhận ngày ${recordedOn} phải thuộc cấp tỉnh hoặc cấp xã`,
        },
        ['level'],
        level,
      ),
    )
  }
  const partyTerm = input.partyTerm ?? null
  if (partyTerm !== null && (!Number.isInteger(partyTerm) || partyTerm < 1 || partyTerm > 100)) {
    return err(
      domainError(
        'INVALID_PARTY_TERM',
        {
          en: `Party term must be a whole number from 1 to 100, got ${partyTerm}`,
          vi: `Khóa phải là số nguyên từ 1 đến 100, nhận được ${partyTerm}`,
        },
        ['partyTerm'],
        partyTerm,
      ),
    )
  }
  let parentCode: string | null = null
  if (input.parentCode != null && input.parentCode.trim() !== '') {
    const parsed = parseOrganizationCode(input.parentCode, ['parentCode'])
    if (!parsed.ok) return parsed
    if (parsed.value === code.value) {
      return err(
        domainError(
          'CYCLE_IN_HIERARCHY',
          {
            en: `Organisation ${code.value} cannot be its own parent`,
            vi: `Tổ chức ${code.value} không thể là cấp trên của chính nó`,
          },
          ['parentCode'],
          input.parentCode,
        ),
      )
    }
    parentCode = parsed.value
  }
  return ok(
    Object.freeze({
      code: code.value,
      name: name.value,
      shortName,
      kind,
      level,
      parentCode,
      foundedOn,
      partyTerm,
    }),
  )
}

/**
 * Checks that a body may sit under the given parent: the parent must not be of a lower level
 * (a province department cannot sit under a commune).
 *
 * @example
 * ```ts
 * checkParentLevel({ code: 'X', level: 'COMMUNE' }, { code: 'TU', level: 'PROVINCE' }).ok // true
 * ```
 */
export function checkParentLevel(
  child: Pick<NewOrganization, 'code' | 'level'>,
  parent: Pick<Organization, 'code' | 'level'>,
): Result<true, DomainError> {
  if (levelRank(parent.level) <= levelRank(child.level)) return ok(true)
  return err(
    domainError(
      'INVALID_PARENT_LEVEL',
      {
        en: `${child.code} (${child.level}) cannot sit under ${parent.code}, which is of the lower level ${parent.level}`,
        vi: `${child.code} (${child.level}) không thể trực thuộc ${parent.code} thuộc cấp thấp hơn (${parent.level})`,
      },
      ['parentCode'],
      parent.code,
    ),
  )
}
