import { act, cleanup, render, screen, within } from '@testing-library/react'
import { Client, type Exchange, makeResult, type Operation, Provider } from 'urql'
import { afterEach, describe, expect, it } from 'vitest'
import { filter, makeSubject, map, merge, mergeMap, pipe, share } from 'wonka'
import { appCacheExchange } from '../src/graphql/client.js'
import { I18nProvider } from '../src/i18n/i18n.js'
import { LiveTasks } from '../src/live/live-tasks.js'
import { UrgeListPage } from '../src/pages/urge-list-page.js'

type TaskRow = ReturnType<typeof task>

function task(id: string, title: string, timeliness: string, status = 'IN_PROGRESS') {
  return {
    __typename: 'Task',
    id,
    reference: null,
    title,
    status,
    due: '2026-03-05',
    progress: null,
    timeliness,
    statusLabel: { __typename: 'Label', vi: 'Đang thực hiện', en: 'In progress' },
    deadline: { __typename: 'Deadline', text: 'trước ngày 05/3/2026' },
    lead: { __typename: 'Organization', id: 'b3JnOjE=', code: 'STC', name: 'Sở Tài chính' },
    directive: { __typename: 'Directive', id: 'ZGlyOjE=', symbol: '06-CTr/TU' },
  }
}

/**
 * A gateway in memory behind the app's own normalised cache: it answers the urge list with the
 * overdue tasks it holds now, counts how often it was asked, and tells the open subscription
 * of each change `change()` makes — as the real one does over Server-Sent Events.
 */
function gatewayInMemory(initial: TaskRow[]) {
  let tasks = initial
  let queries = 0
  const events = makeSubject<TaskRow>()
  const answering: Exchange = () => (operations$) => {
    const shared = pipe(operations$, share)
    const answers = pipe(
      shared,
      filter((operation) => operation.kind === 'query'),
      map((operation) => {
        queries += 1
        const overdue = tasks.filter((t) => t.timeliness === 'OVERDUE')
        return makeResult(operation, {
          data: {
            tasks: {
              __typename: 'TaskConnection',
              totalCount: overdue.length,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              edges: overdue.map((node) => ({ __typename: 'TaskEdge', node })),
            },
          },
        })
      }),
    )
    const told = pipe(
      shared,
      filter((operation) => operation.kind === 'subscription'),
      mergeMap((operation: Operation) =>
        pipe(
          events.source,
          map((changed) => makeResult(operation, { data: { taskChanged: changed } })),
        ),
      ),
    )
    return merge([answers, told])
  }
  const client = new Client({
    url: 'http://gateway.test/graphql',
    exchanges: [appCacheExchange(), answering],
    requestPolicy: 'cache-and-network',
  })
  return {
    client,
    queries: () => queries,
    change(changed: TaskRow) {
      tasks = tasks.map((t) => (t.id === changed.id ? changed : t))
      act(() => events.next(changed))
    },
  }
}

function renderLiveList(client: Client) {
  render(
    <I18nProvider initial="vi">
      <Provider value={client}>
        <LiveTasks />
        <UrgeListPage search={{ view: 'overdue' }} onSearch={() => {}} />
      </Provider>
    </I18nProvider>,
  )
}

const titles = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]!.textContent)

afterEach(cleanup)

describe('live updates in the normalised cache', () => {
  it('asks the list again when a task changed elsewhere may leave it, and drops the row', async () => {
    const gateway = gatewayInMemory([
      task('VGFzazox', 'Quán triệt Kết luận 93', 'OVERDUE'),
      task('VGFzazoy', 'Báo cáo sơ kết', 'OVERDUE'),
    ])
    renderLiveList(gateway.client)
    await screen.findByText('Quán triệt Kết luận 93')
    expect(titles()).toEqual(['Quán triệt Kết luận 93', 'Báo cáo sơ kết'])
    const asked = gateway.queries()
    gateway.change(task('VGFzazox', 'Quán triệt Kết luận 93', 'COMPLETED_LATE', 'COMPLETED'))
    await screen.findByText('1', { selector: 'strong' })
    expect(titles()).toEqual(['Báo cáo sơ kết'])
    expect(gateway.queries()).toBe(asked + 1)
  })

  it('shows a change to a listed task in its row', async () => {
    const gateway = gatewayInMemory([task('VGFzazox', 'Quán triệt Kết luận 93', 'OVERDUE')])
    renderLiveList(gateway.client)
    await screen.findByText('Quán triệt Kết luận 93')
    gateway.change(task('VGFzazox', 'Quán triệt và triển khai Kết luận 93', 'OVERDUE'))
    await screen.findByText('Quán triệt và triển khai Kết luận 93')
    expect(titles()).toEqual(['Quán triệt và triển khai Kết luận 93'])
  })
})
