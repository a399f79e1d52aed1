import { domainError, type OrganizationId, type Task } from '@chidao/domain'
import { canWriteProgress } from '../auth/permissions.js'
import { hasRole } from '../auth/viewer.js'
import type { GatewayContext } from '../context.js'
import { ForbiddenFailure, UnauthenticatedFailure } from './error.js'

/**
 * Answers "is the organisation `code` inside the subtree of `ancestorCode`?" by walking up the
 * administrative tree (a handful of levels at most).
 */
function subtreeChecker(context: GatewayContext) {
  const organizations = context.tenant.organizations
  return async (code: string, ancestorCode: string): Promise<boolean> => {
    let current = await organizations.findByCode(code)
    for (let depth = 0; current && depth < 50; depth++) {
      if (current.code === ancestorCode.toUpperCase()) return true
      current = current.parentId ? await organizations.findById(current.parentId) : null
    }
    return false
  }
}

async function codesOf(context: GatewayContext, ids: readonly OrganizationId[]) {
  const found = await context.tenant.organizations.findByIds(ids)
  return found.map((o) => o?.code ?? '')
}

function refuse(context: GatewayContext, en: string, vi: string): never {
  if (!context.viewer.authenticated) {
    throw new UnauthenticatedFailure(
      domainError('UNAUTHENTICATED', { en: `Sign in first: ${en}`, vi: `Cần đăng nhập: ${vi}` }),
      [],
    )
  }
  throw new ForbiddenFailure(domainError('FORBIDDEN', { en, vi }), [])
}

/**
 * Reporters write progress only on tasks their organisation leads or coordinates; editors on
 * tasks of their organisation's subtree; admins on any.
 */
export async function requireProgressWriter(context: GatewayContext, task: Task): Promise<void> {
  const [leadCode = '', ...coordinatorCodes] = await codesOf(context, [
    task.leadId,
    ...task.coordinatorIds,
  ])
  const allowed = await canWriteProgress(
    context.viewer,
    { leadCode, coordinatorCodes },
    subtreeChecker(context),
  )
  if (!allowed) {
    refuse(
      context,
      'only the lead or coordinating organisations (or an editor above them) report progress on this task',
      'chỉ cơ quan chủ trì, phối hợp (hoặc cấp trên có quyền biên tập) được báo cáo tiến độ nhiệm vụ này',
    )
  }
}

/**
 * Editors manage tasks led within their organisation's subtree; admins manage all. `leadId`
 * is the lead the task has, or will have after the change.
 */
export async function requireTaskManager(
  context: GatewayContext,
  leadIds: readonly OrganizationId[],
): Promise<void> {
  const { viewer } = context
  if (hasRole(viewer, 'ADMIN')) return
  if (hasRole(viewer, 'EDITOR') && viewer.organizationCode) {
    const inSubtree = subtreeChecker(context)
    const codes = await codesOf(context, leadIds)
    let all = true
    for (const code of codes) {
      if (!code || !(await inSubtree(code, viewer.organizationCode))) all = false
    }
    if (all) return
  }
  refuse(
    context,
    "editors manage only tasks led within their own organisation's subtree",
    'biên tập viên chỉ quản lý nhiệm vụ do cơ quan thuộc phạm vi của mình chủ trì',
  )
}
