import type { OrganizationId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { taskRoleFilter } from '../../src/task/task-role-filter.js'

const district = 'org-district' as OrganizationId

describe('taskRoleFilter', () => {
  it('lists the tasks an organisation leads, with its subtree only when asked', () => {
    expect(taskRoleFilter(district, 'LEAD')).toEqual({
      leadOrganizationId: district,
      includeSubtree: false,
    })
    expect(taskRoleFilter(district, 'LEAD', { includeSubtree: true })).toEqual({
      leadOrganizationId: district,
      includeSubtree: true,
    })
  })

  it('lists the tasks it coordinates, or those it leads or coordinates; the subtree is only for leads', () => {
    expect(taskRoleFilter(district, 'COORDINATOR', { includeSubtree: true })).toEqual({
      coordinatorOrganizationId: district,
    })
    expect(taskRoleFilter(district, 'ANY', { includeSubtree: true })).toEqual({
      involvedOrganizationId: district,
    })
  })
})
