import { cleanup, render, screen, within } from '@testing-library/react'
import { GraphQLError } from 'graphql'
import { Client, CombinedError, type Exchange, makeErrorResult, makeResult, Provider } from 'urql'
import { afterEach, describe, expect, it } from 'vitest'
import { filter, map, pipe } from 'wonka'
import { I18nProvider } from '../src/i18n/i18n.js'
import type { Language } from '../src/i18n/messages.js'
import { UrgeListPage } from '../src/pages/urge-list-page.js'

/**
 * A real urql client whose only exchange answers every query with one result, as the gateway
 * would: the page is tested through the client it uses, without a server.
 */
function clientAnswering(answer: { data?: unknown; error?: CombinedError }): Client {
  const answering: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind === 'query'),
      map((operation) =>
        answer.error?.networkError
          ? makeErrorResult(operation, answer.error.networkError)
          : makeResult(operation, {
              data: answer.data ?? null,
              errors: answer.error?.graphQLErrors.map((error) => error.toJSON()),
            }),
      ),
    )
  return new Client({ url: 'http://gateway.test/graphql', exchanges: [answering] })
}

const PAGE = {
  tasks: {
    __typename: 'TaskConnection',
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c2' },
    edges: [
      {
        __typename: 'TaskEdge',
        node: {
          __typename: 'Task',
          id: 'VGFzazox',
          reference: 'III.2.b',
          title: 'Tổ chức quán triệt Kết luận 93-KL/TW',
          due: '2026-03-05',
          progress: 40,
          timeliness: 'OVERDUE',
          statusLabel: { __typename: 'Label', vi: 'Đang thực hiện', en: 'In progress' },
          deadline: { __typename: 'Deadline', text: 'trước ngày 05/3/2026' },
          lead: {
            __typename: 'Organization',
            id: 'b3JnOjE=',
            code: 'SKHCN',
            name: 'Sở Khoa học và Công nghệ',
          },
          directive: { __typename: 'Directive', id: 'ZGlyOjE=', symbol: '06-CTr/TU' },
        },
      },
      {
        __typename: 'TaskEdge',
        node: {
          __typename: 'Task',
          id: 'VGFzazoy',
          reference: null,
          title: 'Báo cáo định kỳ',
          due: null,
          progress: null,
          timeliness: 'OVERDUE',
          statusLabel: { __typename: 'Label', vi: 'Đang thực hiện', en: 'In progress' },
          deadline: { __typename: 'Deadline', text: 'hằng quý' },
          lead: { __typename: 'Organization', id: 'b3JnOjI=', code: 'STC', name: 'Sở Tài chính' },
          directive: { __typename: 'Directive', id: 'ZGlyOjE=', symbol: '06-CTr/TU' },
        },
      },
    ],
  },
}

function renderPage(client: Client, language: Language = 'vi') {
  return render(
    <I18nProvider initial={language}>
      <Provider value={client}>
        <UrgeListPage search={{ view: 'overdue' }} onSearch={() => {}} />
      </Provider>
    </I18nProvider>,
  )
}

afterEach(cleanup)

describe('the urge list page', () => {
  it('lists the tasks as a Vietnamese office writes them', () => {
    renderPage(clientAnswering({ data: PAGE }))
    const table = screen.getByRole('table', { name: 'Nhiệm vụ cần đôn đốc' })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    const first = within(rows[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    expect(first).toEqual([
      'III.2.b',
      'Tổ chức quán triệt Kết luận 93-KL/TW',
      'Sở Khoa học và Công nghệ',
      '06-CTr/TU',
      '5/3/2026',
      'Chưa hoàn thành quá hạn',
      '40%',
    ])
    const second = within(rows[2]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    expect(second[4]).toBe('hằng quý')
    expect(screen.getByRole('button', { name: 'Xem thêm' })).toBeTruthy()
  })

  it('switches to English labels and dates', () => {
    renderPage(clientAnswering({ data: PAGE }), 'en')
    const table = screen.getByRole('table', { name: 'Tasks to urge' })
    const first = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell')
    expect(first[4]!.textContent).toBe('5 Mar 2026')
    expect(first[5]!.textContent).toBe('Open and overdue')
  })

  it('shows a refusal in Vietnamese with the field it concerns', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('The document symbol is not valid', {
          extensions: {
            code: 'INVALID_DOCUMENT_SYMBOL',
            messageVi: 'Số, ký hiệu văn bản không hợp lệ',
            path: ['filter', 'directiveSymbol'],
          },
        }),
      ],
    })
    renderPage(clientAnswering({ error }))
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Số, ký hiệu văn bản không hợp lệ')
    expect(alert.textContent).toContain('filter.directiveSymbol')
    expect(alert.textContent).toContain('INVALID_DOCUMENT_SYMBOL')
  })

  it('says plainly when the server cannot be reached', () => {
    renderPage(
      clientAnswering({ error: new CombinedError({ networkError: new Error('ECONNREFUSED') }) }),
    )
    expect(screen.getByRole('alert').textContent).toContain('Không kết nối được với máy chủ')
  })
})
