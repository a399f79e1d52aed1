import { isTaskStatus, type TaskStatus } from '@chidao/domain'
import type { VariablesOf } from '../../graphql/graphql.js'
import type { DepartmentTasksQuery } from './department-tasks-query.js'

/** The filter of a department's task list, kept in the address bar. */
export interface DepartmentTasksSearch {
  /** One status, or every task when left out. */
  readonly status?: TaskStatus
}

/** A department's screen of tasks; "show more" for the rest. */
export const DEPARTMENT_PAGE_SIZE = 25

/** Reads the filter from the address bar's search parameters, ignoring anything unknown. */
export function readDepartmentTasksSearch(search: Record<string, unknown>): DepartmentTasksSearch {
  return isTaskStatus(search.status) ? { status: search.status } : {}
}

/** The variables of {@link DepartmentTasksQuery}: the tasks `organization` leads. */
export function departmentTasksVariables(
  organization: string,
  search: DepartmentTasksSearch,
  after: string | null,
): VariablesOf<typeof DepartmentTasksQuery> {
  return {
    first: DEPARTMENT_PAGE_SIZE,
    after,
    filter: {
      leadOrganizationCode: organization,
      ...(search.status ? { status: [search.status] } : {}),
    },
  }
}
