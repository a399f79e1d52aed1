import type { ProgressReportId } from '@chidao/domain'

/** The Web Crypto every supported platform has (Node ≥ 19, browsers), typed as much as used. */
interface RandomUuidSource {
  readonly crypto: { randomUUID(): string }
}

/**
 * A new progress report's id: a random UUID. Made by the use case that files the report, so
 * that every adapter files reports alike.
 *
 * @example
 * ```ts
 * newProgressReportId() // '3b241101-e2bb-4255-8caf-4136c566a962'
 * ```
 */
export function newProgressReportId(): ProgressReportId {
  return (globalThis as unknown as RandomUuidSource).crypto.randomUUID() as ProgressReportId
}
