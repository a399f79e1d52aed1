import type { Secrecy } from '@chidao/domain'

/** What the policy needs to know of a directive (a document): who issues it, how secret it is. */
export interface DirectiveFacts {
  /** Code of the issuing organisation, upper case. */
  readonly issuerCode: string
  readonly secrecy: Secrecy
}

/**
 * What the policy needs to know of a task, as it is or as it will be after the change: the
 * document that assigns it and every organisation it names.
 */
export interface TaskFacts {
  readonly directive: DirectiveFacts
  /** The lead organisation (chủ trì). */
  readonly leadCode: string
  /** The coordinating organisations (phối hợp). */
  readonly coordinatorCodes: readonly string[]
  /** The monitoring organisation (theo dõi, đôn đốc), if one. */
  readonly monitorCode: string | null
  /** The organisation reported to under the task's reporting duty, if one. */
  readonly recipientCode: string | null
}

/** Every organisation a task names: lead, coordinators, monitor and reporting recipient. */
export function organizationsNamedBy(task: TaskFacts): string[] {
  const codes = [task.leadCode, ...task.coordinatorCodes]
  if (task.monitorCode) codes.push(task.monitorCode)
  if (task.recipientCode) codes.push(task.recipientCode)
  return [...new Set(codes)]
}
