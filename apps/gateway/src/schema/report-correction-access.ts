import { domainError, type ProgressReport, type Task } from '@chidao/domain'
import { canWriteProgress } from '../auth/permissions.js'
import type { GatewayContext } from '../context.js'
import { ForbiddenFailure } from './error.js'
import { requireProgressWriter } from './task-access.js'

/**
 * Whoever could have filed a report may correct it: someone who may report on its task, and
 * who speaks for the organisation that filed it — that organisation's reporter, an editor of
 * it or of a body above it, or an admin. (The same rule as reporting, applied to the report's
 * organisation instead of the task's lead and coordinators.)
 */
export async function requireReportCorrector(
  context: GatewayContext,
  task: Task,
  report: ProgressReport,
): Promise<void> {
  await requireProgressWriter(context, task)
  const [filer] = await context.tenant.organizations.findByIds([report.organizationId])
  const ancestors = filer ? await context.tenant.organizations.ancestorsOf(filer.id) : []
  const above = new Set(ancestors.map((o) => o.code))
  const allowed = await canWriteProgress(
    context.viewer,
    { leadCode: filer?.code ?? '', coordinatorCodes: [] },
    (code, ancestorCode) => code === ancestorCode || above.has(ancestorCode.toUpperCase()),
  )
  if (!allowed) {
    throw new ForbiddenFailure(
      domainError('FORBIDDEN', {
        en: 'Not allowed: only the organisation that filed the report (or an editor above it) corrects it',
        vi: 'Không được phép: chỉ đơn vị đã gửi báo cáo (hoặc cấp trên có quyền biên tập) được đính chính báo cáo',
      }),
      [],
    )
  }
}
