import { type BilingualText, canSee, SECRECY_LABELS, type Secrecy } from '@chidao/domain'
import { type Caller, hasRole, type Role } from '../caller.js'
import { ALLOWED, type Decision, refused } from './decision.js'
import { type DirectiveFacts, organizationsNamedBy, type TaskFacts } from './facts.js'
import type { OrganizationTree } from './organization-tree.js'

/** Everything a caller may ask to change. Reading is decided by clearance alone (see {@link maySee}). */
export type Action =
  | 'organization.manage'
  | 'bundle.import'
  | 'directive.create'
  | 'directive.update'
  | 'directive.link'
  | 'task.manage'
  | 'task.cascade'
  | 'task.advance'
  | 'task.extension.request'
  | 'progress.report'
  | 'progress.correct'
  | 'assessment.record'
  | 'urging.manage'
  | 'urging.preferences'
  | 'urging.channels'
  | 'urging.deliveries'
  | 'reminder.read'

/** One line of the written policy: the least role, and the authority beyond it, in words. */
export interface PolicyRule {
  readonly minimumRole: Role
  readonly en: string
  readonly vi: string
}

/**
 * The written policy: who may do what, to which records, at which clearance. Every write of the
 * gateway and the command line is decided by the functions below, which follow this table; the
 * authorisation matrix test reads both. Before any rule, two that hold everywhere:
 * - a record above the caller's clearance does not exist for it (it is answered as absent);
 * - nobody creates or marks a record above their own clearance.
 */
export const POLICY: Readonly<Record<Action, PolicyRule>> = Object.freeze({
  'organization.manage': {
    minimumRole: 'ADMIN',
    en: "Organisations are the tenant's structure: only ADMIN creates, changes or dissolves them.",
    vi: 'Tổ chức là cơ cấu của đơn vị: chỉ quản trị viên được tạo, sửa, giải thể.',
  },
  'bundle.import': {
    minimumRole: 'ADMIN',
    en: 'ADMIN imports bundles; an import sees, matches and writes only records within its clearance.',
    vi: 'Quản trị viên nhập gói dữ liệu; việc nhập chỉ thấy, đối chiếu và ghi bản ghi trong phạm vi độ mật được phép.',
  },
  'directive.create': {
    minimumRole: 'EDITOR',
    en: 'EDITOR records documents issued by its organisation or a body below it; ADMIN any.',
    vi: 'Biên tập viên ghi văn bản do cơ quan mình hoặc cơ quan cấp dưới ban hành; quản trị viên mọi văn bản.',
  },
  'directive.update': {
    minimumRole: 'EDITOR',
    en: "A document's reporting rule is part of the document: EDITOR changes it on documents its subtree issued; ADMIN on any it may read.",
    vi: 'Chế độ báo cáo là nội dung của văn bản: biên tập viên sửa trên văn bản do phạm vi mình ban hành; quản trị viên trên mọi văn bản mình được xem.',
  },
  'directive.link': {
    minimumRole: 'EDITOR',
    en: 'A relation is a statement of its source document: EDITOR links documents its subtree issued; ADMIN any.',
    vi: 'Quan hệ là nội dung của văn bản nguồn: biên tập viên chỉ liên kết văn bản do phạm vi mình ban hành; quản trị viên mọi văn bản.',
  },
  'task.manage': {
    minimumRole: 'EDITOR',
    en: 'EDITOR manages a task when its subtree issued the document that assigns it, or when every organisation the task names (lead, coordinators, monitor, recipient) is in its subtree; ADMIN any.',
    vi: 'Biên tập viên quản lý nhiệm vụ khi văn bản giao nhiệm vụ do phạm vi mình ban hành, hoặc khi mọi cơ quan nhiệm vụ nêu (chủ trì, phối hợp, theo dõi, nhận báo cáo) đều thuộc phạm vi mình; quản trị viên mọi nhiệm vụ.',
  },
  'task.cascade': {
    minimumRole: 'EDITOR',
    en: "A task is cascaded by its lead's side: EDITOR when the lead is in its subtree and it may manage every subtask it creates; ADMIN any.",
    vi: 'Nhiệm vụ được giao tiếp xuống từ phía cơ quan chủ trì: biên tập viên khi cơ quan chủ trì thuộc phạm vi mình và được quản lý mọi nhiệm vụ con tạo ra; quản trị viên mọi nhiệm vụ.',
  },
  'task.advance': {
    minimumRole: 'REPORTER',
    en: 'The lead reports its task started or completed: REPORTER of the lead organisation, EDITOR who manages the task or whose subtree holds the lead, ADMIN any.',
    vi: 'Cơ quan chủ trì báo bắt đầu hoặc hoàn thành nhiệm vụ: báo cáo viên của cơ quan chủ trì, biên tập viên quản lý nhiệm vụ hoặc có cơ quan chủ trì thuộc phạm vi mình, quản trị viên mọi nhiệm vụ.',
  },
  'task.extension.request': {
    minimumRole: 'REPORTER',
    en: 'The lead asks for more time on its task (an extension, granted or declined by whoever manages the task): REPORTER of the lead organisation, EDITOR who manages the task or whose subtree holds the lead, ADMIN any.',
    vi: 'Cơ quan chủ trì xin gia hạn nhiệm vụ của mình (người quản lý nhiệm vụ đồng ý hoặc không đồng ý): báo cáo viên của cơ quan chủ trì, biên tập viên quản lý nhiệm vụ hoặc có cơ quan chủ trì thuộc phạm vi mình, quản trị viên mọi nhiệm vụ.',
  },
  'progress.report': {
    minimumRole: 'REPORTER',
    en: 'A report is filed in the name of an organisation that leads or coordinates the task: REPORTER only its own, EDITOR one in its subtree, ADMIN any of them.',
    vi: 'Báo cáo tiến độ mang tên cơ quan chủ trì hoặc phối hợp nhiệm vụ: báo cáo viên chỉ cơ quan mình, biên tập viên cơ quan thuộc phạm vi mình, quản trị viên bất kỳ cơ quan nào trong số đó.',
  },
  'progress.correct': {
    minimumRole: 'REPORTER',
    en: 'A mistaken report is corrected by whoever may speak for the organisation that filed it: its REPORTER, an EDITOR whose subtree holds it, ADMIN.',
    vi: 'Báo cáo sai được đính chính bởi người được nói thay cơ quan đã gửi báo cáo: báo cáo viên của cơ quan đó, biên tập viên có cơ quan đó thuộc phạm vi mình, quản trị viên.',
  },
  'assessment.record': {
    minimumRole: 'EDITOR',
    en: 'EDITOR records judgements made by its organisation or a body below it; ADMIN any.',
    vi: 'Biên tập viên ghi đánh giá do cơ quan mình hoặc cơ quan cấp dưới thực hiện; quản trị viên mọi đánh giá.',
  },
  'urging.manage': {
    minimumRole: 'ADMIN',
    en: "How the tenant urges (the rules and the public holidays) is the monitoring office's setting: only ADMIN changes it.",
    vi: 'Cách đôn đốc của đơn vị (quy tắc và ngày nghỉ lễ) do cơ quan theo dõi thiết lập: chỉ quản trị viên được thay đổi.',
  },
  'urging.preferences': {
    minimumRole: 'EDITOR',
    en: 'EDITOR sets how an organisation in its subtree receives reminders (digest, quiet days); ADMIN any.',
    vi: 'Biên tập viên thiết lập cách cơ quan thuộc phạm vi mình nhận nhắc việc (bản tổng hợp, ngày nghỉ); quản trị viên mọi cơ quan.',
  },
  'urging.channels': {
    minimumRole: 'EDITOR',
    en: "Whoever sets how an organisation receives reminders manages its channels (webhooks, e-mail addresses) and sees their secrets: EDITOR for an organisation in its subtree, ADMIN any; a channel is cleared no higher than the caller's own clearance.",
    vi: 'Người thiết lập cách cơ quan nhận nhắc việc quản lý các kênh nhận của cơ quan đó (webhook, địa chỉ thư điện tử) và được xem khóa bí mật: biên tập viên với cơ quan thuộc phạm vi mình, quản trị viên mọi cơ quan; độ mật của kênh không vượt quá độ mật người đó được phép.',
  },
  'urging.deliveries': {
    minimumRole: 'EDITOR',
    en: "A failed delivery of a reminder is sent again by whoever manages the recipient's channels: EDITOR for an organisation in its subtree, ADMIN any.",
    vi: 'Lượt gửi nhắc việc thất bại được gửi lại bởi người quản lý kênh nhận của cơ quan nhận: biên tập viên với cơ quan thuộc phạm vi mình, quản trị viên mọi cơ quan.',
  },
  'reminder.read': {
    minimumRole: 'VIEWER',
    en: "Anyone signed in marks read the reminders of its inbox: those for its organisation's subtree (ADMIN: any), within its clearance; any other is answered as absent.",
    vi: 'Người đã đăng nhập đánh dấu đã đọc các nhắc việc trong hộp nhắc việc của mình: nhắc việc gửi cơ quan thuộc phạm vi mình (quản trị viên: mọi cơ quan), trong độ mật được phép; nhắc việc khác được trả lời như không tồn tại.',
  },
})

const ROLE_WORDS: Readonly<Record<Role, { en: string; vi: string }>> = {
  ADMIN: { en: 'ADMIN', vi: 'quản trị viên' },
  EDITOR: { en: 'EDITOR', vi: 'biên tập viên' },
  REPORTER: { en: 'REPORTER', vi: 'báo cáo viên' },
  VIEWER: { en: 'VIEWER', vi: 'người xem' },
}

/** The first check of every write: signed in, and holding the action's least role. */
function roleDecision(caller: Caller, action: Action): Decision {
  const rule = POLICY[action]
  if (!caller.authenticated) {
    return refused('UNAUTHENTICATED', `Sign in first: ${rule.en}`, `Cần đăng nhập: ${rule.vi}`)
  }
  if (!hasRole(caller, rule.minimumRole)) {
    const role = ROLE_WORDS[rule.minimumRole]
    return refused(
      'FORBIDDEN',
      `This needs the role ${role.en} or higher. ${rule.en}`,
      `Việc này cần vai trò ${role.vi} trở lên. ${rule.vi}`,
    )
  }
  return ALLOWED
}

/** Whether every code lies in the caller's subtree (its own organisation and every body below). */
async function allWithinCallerSubtree(
  caller: Caller,
  codes: readonly string[],
  tree: OrganizationTree,
): Promise<boolean> {
  const own = caller.organizationCode
  if (own === null) return false
  for (const code of codes) {
    if (!(await tree.isWithin(code.toUpperCase(), own))) return false
  }
  return true
}

/** A refusal by the rule of `action`: why this request falls outside it, then the rule itself. */
function outsideRule(
  action: Action,
  why: BilingualText,
  path: readonly (string | number)[] = [],
): Decision {
  const rule = POLICY[action]
  return refused('FORBIDDEN', `${why.en}: ${rule.en}`, `${why.vi}: ${rule.vi}`, path)
}

/** A request about one organisation, decided by the rule of `action` on the caller's subtree. */
interface SubtreeRequest {
  readonly action: Action
  /** The organisation whose place in the tree decides, by code. */
  readonly code: string
  /** Why a caller outside the subtree is refused; by default, that `code` lies outside it. */
  readonly why?: BilingualText
  /** The input field the refusal names. */
  readonly path?: readonly (string | number)[]
}

/** ADMIN, or the request's organisation in the caller's subtree; else the rule's refusal. */
async function adminOrWithinSubtree(
  caller: Caller,
  tree: OrganizationTree,
  request: SubtreeRequest,
): Promise<Decision> {
  if (hasRole(caller, 'ADMIN')) return ALLOWED
  if (await allWithinCallerSubtree(caller, [request.code], tree)) return ALLOWED
  return outsideRule(request.action, request.why ?? outsideSubtree(request.code), request.path)
}

/** The role of the request's action, then {@link adminOrWithinSubtree}. */
async function roleWithinSubtree(
  caller: Caller,
  tree: OrganizationTree,
  request: SubtreeRequest,
): Promise<Decision> {
  const role = roleDecision(caller, request.action)
  if (!role.allowed) return role
  return adminOrWithinSubtree(caller, tree, request)
}

/** Why a request about the organisation `code` falls outside the caller's authority. */
function outsideSubtree(code: string): BilingualText {
  return {
    en: `${code} is outside your organisation's subtree`,
    vi: `${code} không thuộc phạm vi của cơ quan bạn`,
  }
}

/** Tells whether the caller may read a record with this secrecy mark. */
export function maySee(caller: Caller, secrecy: Secrecy): boolean {
  return canSee(caller.clearance, secrecy)
}

/**
 * Nobody creates or marks a record above their own clearance: a caller could not read what it
 * wrote. (An existing record above the clearance never reaches the policy: it is answered as
 * absent before.)
 */
export function mayMark(
  caller: Caller,
  secrecy: Secrecy,
  path: readonly (string | number)[],
): Decision {
  if (canSee(caller.clearance, secrecy)) return ALLOWED
  const mark = SECRECY_LABELS[secrecy]
  const own = SECRECY_LABELS[caller.clearance]
  return refused(
    'FORBIDDEN',
    `A record marked ${mark.en} is above your clearance (${own.en}): you could not read it`,
    `Bản ghi độ "${mark.vi}" vượt quá độ mật bạn được phép (${own.vi}): bạn sẽ không đọc được`,
    path,
  )
}

/** Creating, changing or dissolving an organisation. */
export function mayManageOrganizations(caller: Caller): Decision {
  return roleDecision(caller, 'organization.manage')
}

/**
 * Importing a bundle. The import itself then runs at the caller's clearance: records above it are
 * neither matched nor written, and a bundle record marked above it is refused ({@link mayMark}).
 */
export function mayImportBundle(caller: Caller): Decision {
  return roleDecision(caller, 'bundle.import')
}

/** Recording a document with this issuer and secrecy. */
export async function mayCreateDirective(
  caller: Caller,
  directive: DirectiveFacts,
  tree: OrganizationTree,
): Promise<Decision> {
  const role = roleDecision(caller, 'directive.create')
  if (!role.allowed) return role
  const mark = mayMark(caller, directive.secrecy, ['secrecy'])
  if (!mark.allowed) return mark
  return adminOrWithinSubtree(caller, tree, {
    action: 'directive.create',
    code: directive.issuerCode,
    path: ['issuerCode'],
  })
}

/** Changing a visible document (its reporting rule): on the authority of its issuer. */
export async function mayUpdateDirective(
  caller: Caller,
  directive: DirectiveFacts,
  tree: OrganizationTree,
): Promise<Decision> {
  return roleWithinSubtree(caller, tree, {
    action: 'directive.update',
    code: directive.issuerCode,
    why: {
      en: `The document is issued by ${directive.issuerCode}, outside your organisation's subtree`,
      vi: `Văn bản do ${directive.issuerCode} ban hành, không thuộc phạm vi của cơ quan bạn`,
    },
    path: ['directiveId'],
  })
}

/** Relating two visible documents; the source is the document that states the relation. */
export async function mayLinkDirectives(
  caller: Caller,
  source: DirectiveFacts,
  tree: OrganizationTree,
): Promise<Decision> {
  return roleWithinSubtree(caller, tree, {
    action: 'directive.link',
    code: source.issuerCode,
    why: {
      en: `The source document is issued by ${source.issuerCode}, outside your organisation's subtree`,
      vi: `Văn bản nguồn do ${source.issuerCode} ban hành, không thuộc phạm vi của cơ quan bạn`,
    },
    path: ['sourceId'],
  })
}

/** The authority part of task.manage, for a caller whose role already passed. */
async function managesTask(caller: Caller, task: TaskFacts, tree: OrganizationTree) {
  if (hasRole(caller, 'ADMIN')) return true
  if (await allWithinCallerSubtree(caller, [task.directive.issuerCode], tree)) return true
  return allWithinCallerSubtree(caller, organizationsNamedBy(task), tree)
}

/**
 * Creating, changing or moving through its lifecycle a task. For a change, pass the task as it
 * is and as it will be: the caller must manage both.
 */
export async function mayManageTask(
  caller: Caller,
  tasks: readonly TaskFacts[],
  tree: OrganizationTree,
): Promise<Decision> {
  const role = roleDecision(caller, 'task.manage')
  if (!role.allowed) return role
  for (const task of tasks) {
    const mark = mayMark(caller, task.directive.secrecy, ['directiveId'])
    if (!mark.allowed) return mark
    if (!(await managesTask(caller, task, tree))) {
      return outsideRule('task.manage', {
        en: `Not a task of your organisation's subtree (lead ${task.leadCode}, document issued by ${task.directive.issuerCode})`,
        vi: `Không phải nhiệm vụ thuộc phạm vi cơ quan bạn (chủ trì ${task.leadCode}, văn bản của ${task.directive.issuerCode})`,
      })
    }
  }
  return ALLOWED
}

/** Cascading a task into subtasks (each as it will be created). */
export async function mayCascadeTask(
  caller: Caller,
  parent: TaskFacts,
  subtasks: readonly TaskFacts[],
  tree: OrganizationTree,
): Promise<Decision> {
  const role = roleDecision(caller, 'task.cascade')
  if (!role.allowed) return role
  if (hasRole(caller, 'ADMIN')) return ALLOWED
  const leadSide = await allWithinCallerSubtree(caller, [parent.leadCode], tree)
  let all = leadSide
  for (const subtask of subtasks) {
    if (!all) break
    all = await managesTask(caller, subtask, tree)
  }
  if (all) return ALLOWED
  return outsideRule('task.cascade', {
    en: `You may not cascade this task (lead ${parent.leadCode})`,
    vi: `Bạn không được giao tiếp nhiệm vụ này (chủ trì ${parent.leadCode})`,
  })
}

/**
 * An act of the lead organisation on its task, under `action`: ADMIN, an EDITOR whose subtree
 * holds the lead or who manages the task, a REPORTER of the lead itself.
 */
async function leadSideDecision(
  caller: Caller,
  task: TaskFacts,
  tree: OrganizationTree,
  action: 'task.advance' | 'task.extension.request',
  outside: BilingualText,
): Promise<Decision> {
  const role = roleDecision(caller, action)
  if (!role.allowed) return role
  if (hasRole(caller, 'ADMIN')) return ALLOWED
  const allowed = hasRole(caller, 'EDITOR')
    ? (await allWithinCallerSubtree(caller, [task.leadCode], tree)) ||
      (await managesTask(caller, task, tree))
    : caller.organizationCode === task.leadCode
  return allowed ? ALLOWED : outsideRule(action, outside)
}

/** Starting or completing a task: the lead organisation's own act. */
export async function mayAdvanceTask(
  caller: Caller,
  task: TaskFacts,
  tree: OrganizationTree,
): Promise<Decision> {
  return leadSideDecision(caller, task, tree, 'task.advance', {
    en: `Only the lead organisation ${task.leadCode} (or an editor above it) starts or completes this task`,
    vi: `Chỉ cơ quan chủ trì ${task.leadCode} (hoặc biên tập viên cấp trên) được báo bắt đầu, hoàn thành nhiệm vụ này`,
  })
}

/**
 * Asking for an extension of a task's deadline (xin gia hạn): the lead organisation's own act,
 * as starting or completing it. Granting or declining the request is managing the task.
 */
export async function mayRequestExtension(
  caller: Caller,
  task: TaskFacts,
  tree: OrganizationTree,
): Promise<Decision> {
  return leadSideDecision(caller, task, tree, 'task.extension.request', {
    en: `Only the lead organisation ${task.leadCode} (or an editor above it) asks for an extension of this task`,
    vi: `Chỉ cơ quan chủ trì ${task.leadCode} (hoặc biên tập viên cấp trên) được xin gia hạn nhiệm vụ này`,
  })
}

/**
 * Filing a progress report on a visible task in the name of `reportingCode`. The organisation
 * must lead or coordinate the task, whoever files.
 */
export async function mayReportProgress(
  caller: Caller,
  task: TaskFacts,
  reportingCode: string,
  tree: OrganizationTree,
): Promise<Decision> {
  const role = roleDecision(caller, 'progress.report')
  if (!role.allowed) return role
  const code = reportingCode.toUpperCase()
  if (![task.leadCode, ...task.coordinatorCodes].includes(code)) {
    return refused(
      'ORGANIZATION_NOT_ON_TASK',
      `${code} neither leads nor coordinates this task: a report is filed in the name of an organisation that does`,
      `${code} không chủ trì cũng không phối hợp nhiệm vụ này: báo cáo phải mang tên cơ quan chủ trì hoặc phối hợp`,
      ['organizationId'],
    )
  }
  if (hasRole(caller, 'ADMIN')) return ALLOWED
  const speaksFor = hasRole(caller, 'EDITOR')
    ? await allWithinCallerSubtree(caller, [code], tree)
    : caller.organizationCode === code
  if (speaksFor) return ALLOWED
  return outsideRule(
    'progress.report',
    { en: `You may not report in the name of ${code}`, vi: `Bạn không được báo cáo thay ${code}` },
    ['organizationId'],
  )
}

/**
 * Correcting a report (on a visible task) that the organisation `filerCode` filed: the
 * correction is filed in the same name, so the caller must speak for it.
 */
export async function mayCorrectProgressReport(
  caller: Caller,
  filerCode: string,
  tree: OrganizationTree,
): Promise<Decision> {
  const role = roleDecision(caller, 'progress.correct')
  if (!role.allowed) return role
  const code = filerCode.toUpperCase()
  if (!hasRole(caller, 'EDITOR') && caller.organizationCode !== code) {
    return outsideRule('progress.correct', {
      en: `Only ${code}, which filed the report, corrects it`,
      vi: `Chỉ ${code}, cơ quan đã gửi báo cáo, được đính chính`,
    })
  }
  return adminOrWithinSubtree(caller, tree, {
    action: 'progress.correct',
    code: code,
    why: {
      en: `${code}, which filed the report, is outside your organisation's subtree`,
      vi: `${code}, cơ quan đã gửi báo cáo, không thuộc phạm vi của cơ quan bạn`,
    },
  })
}

/** Recording a judgement made by the organisation `assessorCode`. */
export async function mayRecordAssessment(
  caller: Caller,
  assessorCode: string,
  tree: OrganizationTree,
): Promise<Decision> {
  return roleWithinSubtree(caller, tree, {
    action: 'assessment.record',
    code: assessorCode,
    why: {
      en: `The assessing organisation ${assessorCode} is outside your organisation's subtree`,
      vi: `Cơ quan đánh giá ${assessorCode} không thuộc phạm vi của cơ quan bạn`,
    },
    path: ['assessorId'],
  })
}

/** Changing the tenant's urging rules or public holidays. */
export function mayManageUrging(caller: Caller): Decision {
  return roleDecision(caller, 'urging.manage')
}

/** Setting how an organisation receives reminders. */
export async function maySetUrgingPreferences(
  caller: Caller,
  organizationCode: string,
  tree: OrganizationTree,
): Promise<Decision> {
  return roleWithinSubtree(caller, tree, {
    action: 'urging.preferences',
    code: organizationCode,
    path: ['organizationId'],
  })
}

/** Subscribing or removing an organisation's channels, and seeing their secrets. */
export async function mayManageUrgingChannels(
  caller: Caller,
  organizationCode: string,
  tree: OrganizationTree,
): Promise<Decision> {
  return roleWithinSubtree(caller, tree, {
    action: 'urging.channels',
    code: organizationCode,
    path: ['organizationId'],
  })
}

/** Sending a failed delivery again to a channel of the organisation `recipientCode`. */
export async function mayResendReminderDelivery(
  caller: Caller,
  recipientCode: string,
  tree: OrganizationTree,
): Promise<Decision> {
  return roleWithinSubtree(caller, tree, {
    action: 'urging.deliveries',
    code: recipientCode,
    why: {
      en: `The delivery goes to ${recipientCode}, outside your organisation's subtree`,
      vi: `Lượt gửi tới ${recipientCode}, không thuộc phạm vi của cơ quan bạn`,
    },
    path: ['id'],
  })
}

/** Marking reminders of one's inbox read (which reminders: the inbox's scope decides). */
export function mayMarkRemindersRead(caller: Caller): Decision {
  return roleDecision(caller, 'reminder.read')
}
