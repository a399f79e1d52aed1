/**
 * Why the policy said no:
 * - `UNAUTHENTICATED`: an anonymous caller asked to change something; signing in may help;
 * - `FORBIDDEN`: the caller's role, place in the organisation tree or clearance does not reach;
 * - `ORGANIZATION_NOT_ON_TASK`: a progress report in the name of an organisation that neither
 *   leads nor coordinates the task (nobody may file that, whatever their role).
 */
export type RefusalCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'ORGANIZATION_NOT_ON_TASK'

/** A refusal, in English and Vietnamese, with the input field it is about (if one). */
export interface Refusal {
  readonly code: RefusalCode
  readonly en: string
  readonly vi: string
  /** The field of the input the refusal is about, e.g. `['organizationId']`; empty for the whole request. */
  readonly path: readonly (string | number)[]
}

/** What the policy answers: allowed, or refused with the reason. */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly refusal: Refusal }

/** The decision that lets the write go on. */
export const ALLOWED: Decision = Object.freeze({ allowed: true })

/** A refusal as a decision. */
export function refused(
  code: RefusalCode,
  en: string,
  vi: string,
  path: readonly (string | number)[] = [],
): Decision {
  return Object.freeze({ allowed: false, refusal: Object.freeze({ code, en, vi, path }) })
}
