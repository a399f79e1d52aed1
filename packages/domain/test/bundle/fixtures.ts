import { readFileSync } from 'node:fs'
import type { DomainError } from '../../src/domain-error.js'

/** The example bundle of the repository, as text. */
export const exampleText = readFileSync(
  new URL('../../../db/bundles/ket-luan-93.json', import.meta.url),
  'utf8',
)

/** A fresh, mutable copy of the example bundle. */
export function example(): any {
  return JSON.parse(exampleText)
}

/** A small valid bundle: two organisations, a conclusion and a programme, one task. */
export function small(): any {
  return {
    format: 'chidao-bundle',
    version: 1,
    tenant: { id: 'demo', name: 'Tỉnh Minh Họa' },
    organizations: [
      { code: 'BBT', name: 'Ban Bí thư', kind: 'STANDING_COMMITTEE', level: 'CENTRAL' },
      {
        code: 'BTV-TU',
        name: 'Ban Thường vụ Tỉnh ủy',
        kind: 'STANDING_COMMITTEE',
        level: 'PROVINCE',
      },
      { code: 'LHH', name: 'Liên hiệp hội tỉnh', kind: 'ASSOCIATION_UNION', level: 'PROVINCE' },
    ],
    directives: [
      { symbol: '93-KL/TW', issuer: 'BBT', issuedOn: '2020-11-20', title: 'Kết luận' },
      { symbol: '06-CTr/TU', issuer: 'BTV-TU', issuedOn: '2021-03-15', title: 'Chương trình' },
    ],
    relations: [
      { from: '06-CTr/TU', to: '93-KL/TW', type: 'IMPLEMENTS', effectiveOn: '2021-03-15' },
    ],
    tasks: [
      {
        directive: '06-CTr/TU',
        reference: 'II.1',
        title: 'Quán triệt Kết luận',
        lead: 'BTV-TU',
        coordinators: ['LHH'],
        deadline: 'Quý II/2021',
      },
    ],
  }
}

/** A yearly review of the union of {@link small} by itself, for 2021: give it a `key`. */
export const YEARLY_REVIEW = {
  kind: 'PERIODIC_REPORT',
  subject: { organization: 'LHH', year: 2021 },
  period: { from: '2021-01-01', to: '2021-12-31' },
  assessor: 'LHH',
  assessedOn: '2022-01-10',
}

/** Errors as `path code` lines, for readable assertions. */
export function lines(errors: readonly DomainError[]): string[] {
  return errors.map((e) => `${e.path.join('.')} ${e.code}`)
}
