import { describe, expect, it } from 'vitest'
import { bundleToJson } from '../../src/bundle/format-bundle.js'
import { parseBundle } from '../../src/bundle/parse-bundle.js'
import { lines, small } from './fixtures.js'

const extensions = [
  {
    on: '2021-06-20',
    deadline: '30/9/2021',
    document: 'Số: 125/QĐ-UBND',
    reason: 'Chờ  hướng dẫn của Trung ương',
  },
  { on: '2021-09-25', deadline: 'Quý IV/2021', document: '45-CV/TU', reason: 'Dịch bệnh' },
]

function withExtensions(list: unknown): any {
  const bundle = small()
  bundle.tasks[0].extensions = list
  return bundle
}

function errorsOf(value: unknown) {
  const r = parseBundle(value)
  if (r.ok) throw new Error('expected errors')
  return r.error.map((e) => [e.code, e.path.join('.')])
}

describe('deadline extensions in a bundle', () => {
  it('keeps the original deadline and applies the extensions in order', () => {
    const r = parseBundle(withExtensions(extensions))
    if (!r.ok) throw new Error(lines(r.error).join('\n'))
    const [task] = r.value.tasks
    expect(task!.deadline).toMatchObject({ text: 'Quý II/2021', due: '2021-06-30' })
    expect(task!.extensions).toEqual([
      {
        on: '2021-06-20',
        deadline: expect.objectContaining({ kind: 'DATE', due: '2021-09-30', text: '30/9/2021' }),
        document: '125/QĐ-UBND',
        reason: 'Chờ hướng dẫn của Trung ương',
      },
      {
        on: '2021-09-25',
        deadline: expect.objectContaining({ kind: 'QUARTER', due: '2021-12-31' }),
        document: '45-CV/TU',
        reason: 'Dịch bệnh',
      },
    ])
  })

  it('reads an older bundle without extensions as none', () => {
    const r = parseBundle(small())
    expect(r.ok && r.value.tasks[0]!.extensions).toEqual([])
  })

  it('round-trips through bundleToJson', () => {
    const first = parseBundle(withExtensions(extensions))
    if (!first.ok) throw new Error('invalid')
    const again = parseBundle(JSON.parse(bundleToJson(first.value)))
    if (!again.ok) throw new Error(lines(again.error).join('\n'))
    expect(again.value.tasks).toEqual(first.value.tasks)
  })

  it('names each extension field at fault', () => {
    expect(
      errorsOf(
        withExtensions([
          { ...extensions[0], deadline: '30/6/2021' },
          { ...extensions[1], document: 'công văn' },
        ]),
      ),
    ).toEqual([
      ['DEADLINE_NOT_LATER', 'tasks.0.extensions.0.deadline'],
      ['INVALID_DOCUMENT_SYMBOL', 'tasks.0.extensions.1.document'],
    ])
    expect(errorsOf(withExtensions([{ on: '2021-06-20', deadline: '30/9/2021' }]))).toEqual([
      ['REQUIRED', 'tasks.0.extensions.0.document'],
      ['REQUIRED', 'tasks.0.extensions.0.reason'],
    ])
    expect(errorsOf(withExtensions([extensions[1], extensions[0]]))).toEqual([
      ['EVENT_BEFORE_PREVIOUS', 'tasks.0.extensions.1.on'],
    ])
    const sameDay = { ...extensions[0], on: extensions[1]!.on }
    expect(errorsOf(withExtensions([extensions[1], sameDay]))).toEqual([
      ['DEADLINE_NOT_LATER', 'tasks.0.extensions.1.deadline'],
    ])
  })

  it('reads the edits made outside an extension: before one, and after the last', () => {
    const bundle = withExtensions([
      extensions[0],
      { ...extensions[1], previousDeadline: 'Tháng 8/2021', deadline: 'Quý IV/2021' },
    ])
    bundle.tasks[0].deadlineInForce = 'Quý III/2021'
    const r = parseBundle(bundle)
    if (!r.ok) throw new Error(lines(r.error).join('\n'))
    const [task] = r.value.tasks
    expect(task!.extensions[0]!.previousDeadline).toBeUndefined()
    expect(task!.extensions[1]!.previousDeadline).toMatchObject({ due: '2021-08-31' })
    expect(task!.deadlineInForce).toMatchObject({ kind: 'QUARTER', due: '2021-09-30' })
    const again = parseBundle(JSON.parse(bundleToJson(r.value)))
    expect(again.ok && again.value.tasks).toEqual(r.value.tasks)
    bundle.tasks[0].deadlineInForce = ' '
    const removed = parseBundle(bundle)
    expect(removed.ok && removed.value.tasks[0]!.deadlineInForce).toBeNull()
  })

  it('refuses an edit after the last extension without extensions, or one not read', () => {
    const bundle = withExtensions(undefined)
    bundle.tasks[0].deadlineInForce = 'Quý III/2021'
    expect(errorsOf(bundle)).toEqual([
      ['DEADLINE_IN_FORCE_WITHOUT_EXTENSION', 'tasks.0.deadlineInForce'],
    ])
    const bad = withExtensions([{ ...extensions[0], previousDeadline: '31/02/2021' }])
    expect(errorsOf(bad)).toEqual([['INVALID_DATE', 'tasks.0.extensions.0.previousDeadline']])
  })
})
