import { isTenantId, type TenantId } from '../../ids.js'
import { nfc } from '../../text/nfc.js'
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  type BundleInput,
  READABLE_BUNDLE_VERSIONS,
} from '../bundle.js'
import { type BundleReader, type BundleRecord, shownValue } from '../bundle-reader.js'
import { fieldsOf } from './bundle-fields.js'

/** The top level as a JSON file writes it: a bundle may name its schema for editors. */
type BundleDocument = BundleInput & {
  /** Carries no data and is not exported. */
  readonly $schema?: string | null
}

/** The fields of the top level of a bundle. */
export const TOP_FIELDS = fieldsOf<BundleDocument>({
  format: 'required',
  version: 'required',
  tenant: 'required',
  title: 'optional',
  description: 'optional',
  source: 'optional',
  organizations: 'optional',
  memberships: 'optional',
  directives: 'optional',
  relations: 'optional',
  tasks: 'optional',
  assessments: 'optional',
  $schema: 'optional',
})

/** The fields of the tenant (đơn vị triển khai). */
export const TENANT_FIELDS = fieldsOf<BundleInput['tenant']>({ id: 'required', name: 'required' })

/** The name of a section of a bundle: a field of the top level that holds a list of records. */
export type SectionName = {
  [K in keyof BundleInput]-?: NonNullable<BundleInput[K]> extends readonly unknown[] ? K : never
}[keyof BundleInput]

/** The sections of a bundle, in the order they are read and their errors reported. */
export const SECTIONS: readonly SectionName[] = Object.freeze(
  Object.keys({
    organizations: true,
    memberships: true,
    directives: true,
    relations: true,
    tasks: true,
    assessments: true,
  } satisfies Record<SectionName, true>) as SectionName[],
)

/**
 * The top level of a bundle, read: the record itself, and the tenant and descriptive fields
 * when they are usable.
 */
export interface BundleHeader {
  readonly root: BundleRecord
  readonly tenantId: string | undefined
  readonly tenantName: string | undefined
  readonly title: string | undefined
  readonly description: string | undefined
  readonly source: string | undefined
}

/**
 * Reads the top level of a bundle: its fields, `format` (`INVALID_BUNDLE_FORMAT`), `version`
 * and the tenant (`INVALID_TENANT_ID`). Gives `undefined` when nothing more is to be read: the
 * value is not an object, or it is of another version (`UNSUPPORTED_BUNDLE_VERSION`), which
 * may name its fields differently, so reading on would only add noise.
 *
 * @example
 * ```ts
 * const header = parseHeader(reader, JSON.parse(text))
 * if (header === undefined) return err(reader.errors)
 * ```
 */
export function parseHeader(reader: BundleReader, value: unknown): BundleHeader | undefined {
  const root = reader.record(value, [], TOP_FIELDS)
  if (root === undefined) return undefined

  if (root.format !== undefined && root.format !== null && root.format !== BUNDLE_FORMAT) {
    reader.add(
      'INVALID_BUNDLE_FORMAT',
      {
        en: `Not a chidao bundle: format is ${shownValue(root.format)}, expected "${BUNDLE_FORMAT}"`,
        vi: `Không phải gói dữ liệu chidao: format là ${shownValue(root.format, 'vi')}, phải là "${BUNDLE_FORMAT}"`,
      },
      ['format'],
      root.format,
    )
  }
  if (
    root.version !== undefined &&
    root.version !== null &&
    !READABLE_BUNDLE_VERSIONS.includes(root.version as number)
  ) {
    const readable = READABLE_BUNDLE_VERSIONS.join(', ')
    reader.add(
      'UNSUPPORTED_BUNDLE_VERSION',
      {
        en: `Unsupported bundle version ${shownValue(root.version)}: this release reads versions ${readable}`,
        vi: `Phiên bản gói dữ liệu ${shownValue(root.version, 'vi')} không được hỗ trợ: phiên bản này đọc các phiên bản ${readable}`,
      },
      ['version'],
      root.version,
    )
    return undefined
  }

  const { tenantId, tenantName } = parseTenant(reader, root)
  return {
    root,
    tenantId,
    tenantName,
    title: reader.text(root, 'title', []),
    description: reader.field(root, 'description', [], 'string'),
    source: reader.field(root, 'source', [], 'string'),
  }
}

function parseTenant(
  reader: BundleReader,
  root: BundleRecord,
): { tenantId: string | undefined; tenantName: string | undefined } {
  const tenantRecord = reader.field(root, 'tenant', [], 'object')
  const tenant = reader.record(tenantRecord ?? {}, ['tenant'], {
    allowed: TENANT_FIELDS.allowed,
    required: [],
  })
  const tenantId = reader.field(tenant, 'id', ['tenant'], 'string')
  if (tenantId !== undefined && !isTenantId(tenantId)) {
    reader.add(
      'INVALID_TENANT_ID',
      {
        en: `Invalid tenant id ${shownValue(tenantId)}: use 1–63 lower-case letters, digits and hyphens`,
        vi: `Mã đơn vị triển khai ${shownValue(tenantId, 'vi')} không hợp lệ: dùng 1–63 chữ thường, chữ số và dấu gạch ngang`,
      },
      ['tenant', 'id'],
      tenantId,
    )
  }
  // A missing tenant is reported once, as such; the fields of one given are reported after its id.
  if (tenantRecord !== undefined) {
    for (const key of TENANT_FIELDS.required) {
      if (tenant?.[key] === undefined || tenant[key] === null) {
        reader.add(
          'REQUIRED',
          { en: `Field "${key}" is required`, vi: `Thiếu trường bắt buộc "${key}"` },
          ['tenant', key],
        )
      }
    }
  }
  return { tenantId, tenantName: reader.requiredText(tenant, 'name', ['tenant']) }
}

/**
 * Reads the list of records of a section; `[]` when it is absent, `null` or not a list (the
 * last reported as `INVALID_TYPE`).
 *
 * @example
 * ```ts
 * readSection(reader, header.root, 'tasks').length
 * ```
 */
export function readSection(
  reader: BundleReader,
  root: BundleRecord,
  section: SectionName,
): readonly unknown[] {
  return reader.field(root, section, [], 'array') ?? []
}

/**
 * The header of the normalised bundle: text NFC and trimmed, empty text `null`.
 *
 * @example
 * ```ts
 * const bundle: Bundle = { ...toBundleHeader(header), organizations, … }
 * ```
 */
export function toBundleHeader(
  header: BundleHeader,
): Pick<Bundle, 'format' | 'version' | 'tenant' | 'title' | 'description' | 'source'> {
  const { description, source } = header
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    tenant: Object.freeze({ id: header.tenantId as TenantId, name: header.tenantName! }),
    title: header.title ?? null,
    description:
      description === undefined || nfc(description).trim() === '' ? null : nfc(description).trim(),
    source: source === undefined || nfc(source).trim() === '' ? null : nfc(source).trim(),
  }
}
