import type { OrganizationKind } from '../organization/organization-kind.js'
import type { OrganizationLevel } from '../organization/organization-level.js'
import { searchKey } from '../text/search-key.js'

/** An organisation the document names that the tenant does not hold: proposed as a new one. */
export interface ProposedOrganization {
  readonly code: string
  readonly name: string
  readonly kind: OrganizationKind
  readonly level: OrganizationLevel
}

const KINDS: readonly (readonly [RegExp, OrganizationKind])[] = [
  [/^ban thuong vu|^thuong truc/u, 'STANDING_COMMITTEE'],
  [/^ban can su|^dang doan/u, 'PARTY_DELEGATION'],
  [
    /^(?:cac )?(?:dang uy|huyen uy|thanh uy|thi uy|tinh uy|cap uy|chi bo|dang bo)/u,
    'PARTY_COMMITTEE',
  ],
  [
    /^ban .*(?:tinh uy|thanh uy|huyen uy|dang uy)|^van phong (?:tinh|thanh) uy|^uy ban kiem tra/u,
    'PARTY_ADVISORY_BOARD',
  ],
  [/^(?:cac )?(?:uy ban nhan dan|ubnd)/u, 'PEOPLES_COMMITTEE'],
  [/^(?:cac )?(?:hoi dong nhan dan|hdnd)/u, 'PEOPLES_COUNCIL'],
  [/^lien hiep cac hoi/u, 'ASSOCIATION_UNION'],
  [
    /^(?:uy ban )?(?:mat tran|mttq|ubmttq)|^(?:tinh )?doan|^hoi (?:lien hiep phu nu|nong dan|cuu chien binh)|^lien doan lao dong/u,
    'FRONT_OR_MASS_ORGANIZATION',
  ],
  [/^hoi /u, 'MEMBER_ASSOCIATION'],
  [
    /^(?:cac )?(?:so|ban quan ly|cong an|bo chi huy|thanh tra|cuc|chi cuc|kho bac|van phong)/u,
    'DEPARTMENT',
  ],
]

function levelOf(name: string, key: string): OrganizationLevel {
  // "xã" but not "xã hội": search keys would confuse them.
  if (/(?<!\p{L})(?:xã(?!\s+hội)|phường|thị trấn|đặc khu)(?!\p{L})/iu.test(name)) return 'COMMUNE'
  if (/\btrung uong\b|^bo /u.test(key)) return 'CENTRAL'
  return 'PROVINCE'
}

/**
 * Proposes a new organisation for a name the tenant does not hold: a code from the initials of
 * its words prefixed `MOI-` ("Sở Văn hóa, Thể thao và Du lịch" → `MOI-SVHTTVDL`), made unique
 * against `taken`; its kind and level guessed from its words (Sở → DEPARTMENT, "các xã" →
 * COMMUNE). The reviewer confirms or corrects each one.
 *
 * @example
 * ```ts
 * proposeOrganization('Sở Nội vụ', new Set()).code // 'MOI-SNV'
 * ```
 */
export function proposeOrganization(
  name: string,
  taken: ReadonlySet<string>,
): ProposedOrganization {
  const key = searchKey(name)
  const initials = key
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== '')
    .map((w) => (/^\d/u.test(w) ? w : w[0]!))
    .join('')
    .toUpperCase()
    .slice(0, 24)
  const base = `MOI-${initials || 'X'}`
  let code = base
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`
  const kind = KINDS.find(([pattern]) => pattern.test(key))?.[1] ?? 'OTHER'
  return { code, name, kind, level: levelOf(name.normalize('NFC'), key) }
}
