/**
 * One set of value conversions for both backends, so that pg and PGlite return identical
 * JavaScript values for the same row:
 *
 * | type          | value                                             |
 * |---------------|---------------------------------------------------|
 * | int8, count   | `number` (a `bigint` above 2^53, where precision would be lost) |
 * | numeric       | `string` (exact decimal)                          |
 * | date          | `string` `YYYY-MM-DD` (a civil date never shifts with the time zone) |
 * | timestamptz   | `Date`                                            |
 * | json, jsonb   | parsed value                                      |
 */
export const PG_OID = Object.freeze({
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
  TIMESTAMP: 1114,
  TIMESTAMPTZ: 1184,
  JSON: 114,
  JSONB: 3802,
})

function parseInt8(text: string): number | bigint {
  const n = Number(text)
  return Number.isSafeInteger(n) ? n : BigInt(text)
}

function parseTimestamptz(text: string): Date {
  // PostgreSQL writes "2026-01-15 10:00:00.123+07" (or "+05:30"); ISO 8601 wants "T" and "+07:00".
  const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')
  return new Date(iso)
}

function parseTimestamp(text: string): Date {
  return new Date(`${text.replace(' ', 'T')}Z`)
}

/** Text parsers by type OID, shared by both backends. */
export const TEXT_PARSERS: Readonly<Record<number, (text: string) => unknown>> = Object.freeze({
  [PG_OID.INT8]: parseInt8,
  [PG_OID.NUMERIC]: (text: string) => text,
  [PG_OID.DATE]: (text: string) => text,
  [PG_OID.TIMESTAMP]: parseTimestamp,
  [PG_OID.TIMESTAMPTZ]: parseTimestamptz,
  [PG_OID.JSON]: (text: string) => JSON.parse(text),
  [PG_OID.JSONB]: (text: string) => JSON.parse(text),
})
