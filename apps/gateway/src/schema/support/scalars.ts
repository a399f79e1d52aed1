import { isIsoDate } from '@chidao/domain'
import { Kind } from 'graphql'
import { builder } from '../../builder.js'
import { queryError } from '../../query-error.js'

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value
  throw queryError({
    code: 'INVALID_DATE',
    en: `Date must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
    vi: `Ngày phải là ngày hợp lệ dạng YYYY-MM-DD, nhận được ${JSON.stringify(value)}`,
  })
}

builder.scalarType('Date', {
  description: 'A calendar date with no time or zone, written YYYY-MM-DD (ISO 8601).',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
})

builder.scalarType('DateTime', {
  description: 'An instant, written as an ISO 8601 timestamp with zone (UTC).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = new Date(String(value))
    if (Number.isNaN(date.getTime())) {
      throw queryError({
        code: 'INVALID_DATE',
        en: `Not an ISO 8601 timestamp: ${JSON.stringify(value)}`,
        vi: `Không phải thời điểm dạng ISO 8601: ${JSON.stringify(value)}`,
      })
    }
    return date
  },
})

/** A label in Vietnamese and English, for showing an enum value to a person. */
export const LabelRef = builder
  .objectRef<{ readonly vi: string; readonly en: string }>('Label')
  .implement({
    description: 'A human label in Vietnamese and English.',
    fields: (t) => ({
      vi: t.exposeString('vi', { description: 'Vietnamese.' }),
      en: t.exposeString('en', { description: 'English.' }),
    }),
  })
