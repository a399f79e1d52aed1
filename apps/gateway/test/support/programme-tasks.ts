import { beforeAll } from 'vitest'
import { createdTaskId } from './created-records.js'
import type { GatewayHarness } from './gateway-harness.js'

/** The ids a suite reads once from the example data, and the tasks it makes of its own. */
export interface ProgrammeTasks {
  /** `directive`: 06-CTr/TU's global id; every organisation's by its code (`SKHCN`, `LHH` …). */
  readonly ids: Readonly<Record<string, string>>
  /** A new task of 06-CTr/TU led by SKHCN and coordinated by LHH, due at the end of 2026. */
  newTask(): Promise<string>
}

/**
 * For a suite that changes tasks of the example programme: reads 06-CTr/TU's id and the
 * organisations' ids before its tests (a `beforeAll`), and makes fresh tasks numbered under
 * `reference` (`IX.1`, `IX.2` …) with `title` and their number, so each test has its own.
 *
 * @example
 * ```ts
 * const { ids, newTask } = programmeTasks(h, { reference: 'IX', title: 'Nhiệm vụ gia hạn' })
 * const taskId = await newTask()
 * ```
 */
export function programmeTasks(
  h: Pick<GatewayHarness, 'graphql'>,
  { reference, title }: { readonly reference: string; readonly title: string },
): ProgrammeTasks {
  const ids: Record<string, string> = {}
  let n = 0
  beforeAll(async () => {
    const d = await h.graphql<{ directive: { id: string } }>(
      `{ directive(symbol: "06-CTr/TU") { id } }`,
    )
    ids.directive = d.data!.directive.id
    const orgs = await h.graphql<{ organizations: any }>(
      `{ organizations(first: 100) { edges { node { id code } } } }`,
    )
    for (const { node } of orgs.data!.organizations.edges) ids[node.code] = node.id
  })
  return {
    ids,
    newTask() {
      n++
      return createdTaskId(h, {
        directiveId: ids.directive,
        reference: `${reference}.${n}`,
        title: `${title} ${n}`,
        leadId: ids.SKHCN,
        coordinatorIds: [ids.LHH],
        deadline: 'Quý IV/2026',
      })
    },
  }
}
