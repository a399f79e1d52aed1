import type { GatewayHarness } from './gateway-harness.js'

const CREATE_DIRECTIVE = `mutation($input: CreateDirectiveInput!) { createDirective(input: $input) {
  ... on CreateDirectivePayload { directive { id } } ... on Error { code message } } }`

const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) {
  ... on TaskPayload { task { id } } ... on Error { code message } } }`

/** The id a create mutation answered, or the test fails with the whole answer. */
function createdId(id: string | undefined, answer: unknown): string {
  if (id === undefined) throw new Error(`not created: ${JSON.stringify(answer)}`)
  return id
}

/**
 * Creates a document through the gateway, as the harness's default ADMIN (`createDirective`),
 * for a test's own data; its global id.
 *
 * @example
 * ```ts
 * const planId = await createdDirectiveId(h, {
 *   issuedOn: '2026-01-15', issuerCode: 'UBND-TINH', symbol: '77/KH-UBND', title: 'Kế hoạch mật',
 *   secrecy: 'MAT',
 * })
 * ```
 */
export async function createdDirectiveId(
  h: Pick<GatewayHarness, 'graphql'>,
  input: Record<string, unknown>,
): Promise<string> {
  const r = await h.graphql<{ createDirective: { directive?: { id: string } } }>(CREATE_DIRECTIVE, {
    input,
  })
  return createdId(r.data?.createDirective.directive?.id, r)
}

/**
 * Creates a task through the gateway, as the harness's default ADMIN (`createTask`), for a
 * test's own data; its global id.
 *
 * @example
 * ```ts
 * const taskId = await createdTaskId(h, { directiveId: planId, reference: '1', title: 'Nhiệm vụ mật', leadId })
 * ```
 */
export async function createdTaskId(
  h: Pick<GatewayHarness, 'graphql'>,
  input: Record<string, unknown>,
): Promise<string> {
  const r = await h.graphql<{ createTask: { task?: { id: string } } }>(CREATE_TASK, { input })
  return createdId(r.data?.createTask.task?.id, r)
}

/** What a secret task is made of: its document's number and day, its lead and coordinators. */
export interface SecretTaskInput {
  readonly symbol: string
  readonly issuedOn: string
  readonly leadId: string
  readonly coordinatorIds?: readonly string[]
}

/**
 * A task in a document of its own marked MẬT, issued by UBND-TINH ("Kế hoạch mật", task 1
 * "Nhiệm vụ mật"): for the tests of what a caller cleared for less does not see. The ids of
 * the document and of the task.
 *
 * @example
 * ```ts
 * const secret = await createdSecretTask(h, { symbol: '77/KH-UBND', issuedOn: '2026-01-15', leadId })
 * ```
 */
export async function createdSecretTask(
  h: Pick<GatewayHarness, 'graphql'>,
  { symbol, issuedOn, leadId, coordinatorIds }: SecretTaskInput,
): Promise<{ readonly directiveId: string; readonly taskId: string }> {
  const directiveId = await createdDirectiveId(h, {
    issuedOn,
    issuerCode: 'UBND-TINH',
    symbol,
    title: 'Kế hoạch mật',
    secrecy: 'MAT',
  })
  const taskId = await createdTaskId(h, {
    directiveId,
    reference: '1',
    title: 'Nhiệm vụ mật',
    leadId,
    ...(coordinatorIds ? { coordinatorIds } : {}),
  })
  return { directiveId, taskId }
}
