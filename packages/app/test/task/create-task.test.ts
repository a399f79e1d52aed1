import type { DirectiveId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { CREATE_TASK_ERRORS, createTask } from '../../src/task/create-task.js'
import { failureOf } from '../support/result-of.js'
import {
  callerOf,
  contextOf,
  DIRECTIVE,
  memoryTenant,
  NO_ORGANIZATION,
  NO_TASK,
  ORGANIZATIONS,
  storeRefusal,
  uuid,
} from './task-fixture.js'

const editor = callerOf('EDITOR', 'UBND-TINH')
const input = {
  directiveId: DIRECTIVE.id,
  title: 'Xây dựng đề án chuyển đổi số',
  leadId: ORGANIZATIONS.skhcn.id,
  coordinatorIds: [ORGANIZATIONS.stc.id],
  deadline: 'Quý IV',
}

describe('createTask', () => {
  it('assigns a task in the document, its missing year the document’s, with who did it', async () => {
    const tenant = memoryTenant()
    const result = await createTask(contextOf(tenant.ports, editor), input)
    expect(result.ok && result.value.task.deadline?.text).toBe('Quý IV')
    expect(result.ok && result.value.task.deadline?.due).toBe('2025-12-31')
    expect(tenant.writes).toHaveLength(1)
    expect(tenant.writes[0]!.args[1]).toEqual({
      actor: editor.actor,
      actorOrganization: 'UBND-TINH',
      requestId: 'req-1',
    })
  })

  it('looks up the issuer and the task’s organisations together, once', async () => {
    const tenant = memoryTenant()
    await createTask(contextOf(tenant.ports, editor), input)
    expect(tenant.reads.get('organizations.findByIds')).toBe(1)
  })

  it('answers a document it cannot find at directiveId, before anything else', async () => {
    const tenant = memoryTenant()
    const result = await createTask(contextOf(tenant.ports, editor), {
      ...input,
      directiveId: uuid(11) as DirectiveId,
      title: '',
    })
    expect(failureOf(result)).toEqual(['DIRECTIVE_NOT_FOUND', ['directiveId']])
    expect(tenant.writes).toEqual([])
  })

  it('gives validation failures with paths in the input', async () => {
    const result = await createTask(contextOf(memoryTenant().ports, editor), {
      ...input,
      title: '  ',
    })
    expect(failureOf(result)).toEqual(['REQUIRED', ['title']])
  })

  it('answers a parent it cannot see at parentId', async () => {
    const result = await createTask(contextOf(memoryTenant().ports, editor), {
      ...input,
      parentId: NO_TASK,
    })
    expect(failureOf(result)).toEqual(['TASK_NOT_FOUND', ['parentId']])
  })

  it('names the field of an organisation that does not exist', async () => {
    const result = await createTask(contextOf(memoryTenant().ports, editor), {
      ...input,
      coordinatorIds: [ORGANIZATIONS.stc.id, NO_ORGANIZATION],
    })
    expect(failureOf(result)).toEqual(['ORGANIZATION_NOT_FOUND', ['coordinatorIds', 1]])
  })

  it('is refused to a reporter, and writes nothing', async () => {
    const tenant = memoryTenant()
    const result = await createTask(contextOf(tenant.ports, callerOf('REPORTER', 'SKHCN')), input)
    expect(result.ok || result.error.code).toBe('FORBIDDEN')
    expect(tenant.writes).toEqual([])
  })

  it('passes the store’s refusal on, a declared code', async () => {
    const tenant = memoryTenant({
      failWrite: storeRefusal('TASK_REFERENCE_TAKEN', ['reference']),
    })
    const result = await createTask(contextOf(tenant.ports, editor), { ...input, reference: '1' })
    expect(failureOf(result)).toEqual(['TASK_REFERENCE_TAKEN', ['reference']])
    expect(CREATE_TASK_ERRORS).toContain('TASK_REFERENCE_TAKEN')
  })
})
