import { type DomainError, domainError, SECRECY_LABELS, type Secrecy } from '@chidao/domain'

/** One stored record as a bundle would key it. */
export interface KeyedRecord {
  /** The record's key in a bundle: `93-KL/TW@2020`, `06-CTr/TU#II.1`, an assessment key. */
  readonly key: string
  readonly secrecy: Secrecy
  /** What names it for a person: the symbol and issuer code, the task ref… */
  readonly label: string
}

/**
 * Thrown by `exportBundle` when the tenant holds two records that a bundle would key alike — a
 * document stored at two secrecy levels under one symbol and year (polyinstantiated, or of two
 * issuers), two instances of one task reference, two of one assessment key. A bundle holds one
 * record per key, so such a tenant cannot be exported losslessly: nothing is written, and every
 * pair is named.
 */
export class BundleExportConflictError extends Error {
  override readonly name = 'BundleExportConflictError'
  readonly problems: readonly DomainError[]

  constructor(problems: readonly DomainError[]) {
    super(
      `The tenant cannot be exported as a bundle: ${problems.length} key(s) name two stored records each:\n${problems
        .map((p) => `${p.path.join('.')}: ${p.message} / ${p.messageVi}`)
        .join('\n')}`,
    )
    this.problems = problems
  }
}

const WHAT = {
  directives: { en: 'Directive', vi: 'Văn bản' },
  tasks: { en: 'Task', vi: 'Nhiệm vụ' },
  assessments: { en: 'Assessment', vi: 'Đánh giá' },
} as const

/**
 * One error per bundle key that two or more of `records` share, naming every record of it
 * with its secrecy, code `KEY_STORED_TWICE`, at `[kind, key]`.
 *
 * @example
 * ```ts
 * keysStoredTwice('directives', [
 *   { key: '93-KL/TW@2020', secrecy: 'PUBLIC', label: '93-KL/TW (BBT)' },
 *   { key: '93-KL/TW@2020', secrecy: 'MAT', label: '93-KL/TW (BBT)' },
 * ]).length // 1
 * ```
 */
export function keysStoredTwice(
  kind: keyof typeof WHAT,
  records: readonly KeyedRecord[],
): DomainError[] {
  const byKey = new Map<string, KeyedRecord[]>()
  for (const record of records) {
    const same = byKey.get(record.key)
    if (same) same.push(record)
    else byKey.set(record.key, [record])
  }
  const problems: DomainError[] = []
  for (const [key, same] of byKey) {
    if (same.length < 2) continue
    const en = same.map((r) => `${r.label} at ${SECRECY_LABELS[r.secrecy].en}`).join(', ')
    const vi = same.map((r) => `${r.label} độ mật ${SECRECY_LABELS[r.secrecy].vi}`).join(', ')
    problems.push(
      domainError(
        'KEY_STORED_TWICE',
        {
          en: `${WHAT[kind].en} ${key} is stored ${same.length} times (${en}), and a bundle holds one record per key`,
          vi: `${WHAT[kind].vi} ${key} đang được lưu ${same.length} bản (${vi}), mà gói dữ liệu chỉ chứa một bản ghi cho mỗi khóa`,
        },
        [kind, key],
        key,
      ),
    )
  }
  return problems
}
