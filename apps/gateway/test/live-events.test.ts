import type { ProgressReportId, TaskId, TenantId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../src/config.js'
import {
  createLiveEvents,
  type LiveEventTarget,
  SUBSCRIBER_BUFFER,
} from '../src/live/live-events.js'
import { publishRemindersRaised } from '../src/live/publish-reminders-raised.js'

const tenantId = 'demo' as TenantId
const change = (n: number) => ({ tenantId, taskId: `task-${n}` as TaskId })

describe('live events in memory', () => {
  it('delivers what is published after a subscription is made, to it only', async () => {
    const live = createLiveEvents({ channelPrefix: 'unit:' })
    live.publish('task-changed', change(0))
    const changes = live.subscribe('task-changed')
    const reports = live.subscribe('progress-reported')
    live.publish('task-changed', change(1))
    live.publish('progress-reported', {
      tenantId,
      taskId: 'task-1' as TaskId,
      reportId: 'report-1' as ProgressReportId,
    })
    expect(await changes.next()).toEqual({ value: change(1), done: false })
    expect((await reports.next()).value).toMatchObject({ reportId: 'report-1' })
    await live.close()
  })

  it('keeps a deployment apart from another with its own prefix on the same target', async () => {
    const target = new EventTarget() as LiveEventTarget
    const ours = createLiveEvents({ channelPrefix: 'a:', eventTarget: target })
    const theirs = createLiveEvents({ channelPrefix: 'b:', eventTarget: target })
    const heard = ours.subscribe('task-changed')
    theirs.publish('task-changed', change(1))
    ours.publish('task-changed', change(2))
    expect((await heard.next()).value).toEqual(change(2))
    await Promise.all([ours.close(), theirs.close()])
  })

  it('drops the oldest events of a subscriber that falls too far behind', async () => {
    const live = createLiveEvents({ channelPrefix: 'unit:' })
    const slow = live.subscribe('task-changed')
    for (let n = 0; n < SUBSCRIBER_BUFFER + 5; n++) live.publish('task-changed', change(n))
    expect((await slow.next()).value).toEqual(change(5))
    await live.close()
  })

  it('ends every subscription on close, a waiting one included, and publishes nothing after', async () => {
    let released = 0
    const live = createLiveEvents({
      channelPrefix: 'unit:',
      release: async () => {
        released++
      },
    })
    const waiting = live.subscribe('task-changed').next()
    const queued = live.subscribe('task-changed')
    live.publish('task-changed', change(1))
    await Promise.all([live.close(), live.close()])
    expect(await waiting).toEqual({ value: change(1), done: false })
    expect(await queued.next()).toEqual({ value: undefined, done: true })
    expect(await live.subscribe('task-changed').next()).toEqual({ value: undefined, done: true })
    expect(released).toBe(1)
  })

  it('publishes raised reminders by their keys, and nothing for none', async () => {
    const live = createLiveEvents({ channelPrefix: 'unit:' })
    const reminders = live.subscribe('reminders-raised')
    publishRemindersRaised(live, tenantId, [])
    publishRemindersRaised(live, tenantId, ['OVERDUE:task-17:2026-12-07'])
    expect((await reminders.next()).value).toEqual({
      tenantId,
      reminderKeys: ['OVERDUE:task-17:2026-12-07'],
    })
    await live.close()
  })
})

describe('the live events settings', () => {
  it('are in memory with a prefix of the tenant unless REDIS_URL is set', () => {
    expect(readConfig({ CHIDAO_TENANT: 'tinh-abc' }).live).toEqual({
      redisUrl: null,
      channelPrefix: 'chidao:tinh-abc:',
    })
    expect(
      readConfig({ REDIS_URL: 'redis://127.0.0.1:6379', CHIDAO_LIVE_CHANNEL_PREFIX: 'p:' }).live,
    ).toEqual({ redisUrl: 'redis://127.0.0.1:6379', channelPrefix: 'p:' })
  })

  it('refuse a REDIS_URL that is not redis:// without showing its password', () => {
    const read = () => readConfig({ REDIS_URL: 'http://user:s3cret@cache:6379' })
    expect(read).toThrow(ConfigError)
    expect(read).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/)
    expect(read).not.toThrow(/s3cret/)
  })
})
