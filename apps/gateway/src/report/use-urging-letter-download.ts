import { type DraftUrgingLetterOutput, draftUrgingLetter, isReportLayout } from '@chidao/app'
import { parseDocumentSymbol } from '@chidao/domain'
import type { Plugin } from 'graphql-yoga'
import {
  badParameter,
  type DownloadRouteOptions,
  downloadRoute,
  fileResponse,
  notLayout,
  openDownload,
  useCaseProblem,
} from './download-response.js'
import { DOCX_CONTENT_TYPE, urgingLetterFileName, writeUrgingLetter } from './report-document.js'

/** Where the công văn đôn đốc is downloaded: `GET /reports/urging-letter.docx?issuer=…`. */
export const URGING_LETTER_PATH = '/reports/urging-letter.docx'

/** What the download route needs from the gateway: the report route's options. */
export type UrgingLetterDownloadOptions = DownloadRouteOptions

/**
 * The path that downloads the DOCX of a drafted letter, with the parameters that draft it
 * again: issuer, day, scope, document, layout, number and reply day — what GraphQL's
 * `urgingLetter` answers as its download link.
 *
 * @example
 * ```ts
 * urgingLetterPath(drafted) // '/reports/urging-letter.docx?issuer=BTG-TU&asOf=2026-12-07&replyBy=2026-12-22&layout=party'
 * ```
 */
export function urgingLetterPath(drafted: DraftUrgingLetterOutput): string {
  const { letter, scope, directive, letterhead, number } = drafted
  const q = new URLSearchParams({ issuer: letter.issuer.code, asOf: letter.asOf })
  q.set('replyBy', letter.replyBy)
  if (scope) q.set('org', scope.code)
  if (directive) {
    q.set('directive', directive.symbolText)
    q.set('year', directive.issuedOn.slice(0, 4))
  }
  q.set('layout', letterhead.layout)
  if (number.number !== null) {
    q.set(
      'symbol',
      letterhead.layout === 'party'
        ? `${number.number}-${number.symbol}`
        : `${number.number}/${number.symbol}`,
    )
  }
  return `${URGING_LETTER_PATH}?${q.toString()}`
}

const PARAMETERS = [
  'issuer',
  'asOf',
  'org',
  'directive',
  'year',
  'layout',
  'symbol',
  'replyBy',
] as const

/**
 * The download route of the công văn đôn đốc, beside the reports' and like it (a Yoga plugin,
 * the same token, tenant, clearance and refusals):
 * `GET /reports/urging-letter.docx?issuer=BTG-TU&asOf=2026-12-07&org=&directive=06-CTr/TU&year=&layout=party|state&symbol=25-CV/BTGTU&replyBy=`.
 * It answers the DOCX of `draftUrgingLetter` for the caller: only what the caller may read is
 * listed, and the file bears the letter's secrecy (in the file, in `x-chidao-secrecy`, at the
 * head of a secret letter's name). An issuer, an organisation or a document the caller may not
 * see is 404, as one that does not exist; bad parameters are 400 naming the parameter.
 */
export function useUrgingLetterDownload(options: UrgingLetterDownloadOptions): Plugin {
  return downloadRoute(
    (path) => path === URGING_LETTER_PATH,
    (request, url) => serve(request, url, options),
  )
}

/** The letterhead layout given, if any, is one of the two. */
function checkLayout(q: URLSearchParams): Response | null {
  const layout = q.get('layout')?.trim()
  return layout && !isReportLayout(layout) ? notLayout(layout) : null
}

async function serve(request: Request, url: URL, options: UrgingLetterDownloadOptions) {
  const opened = await openDownload<(typeof PARAMETERS)[number]>(request, url, options, {
    what: { en: 'Letters', vi: 'công văn' },
    parameters: PARAMETERS,
    dates: ['asOf', 'replyBy'],
    check: checkLayout,
    year: true,
  })
  if (opened instanceof Response) return opened
  const { context, value } = opened
  const directiveText = value('directive')
  let directive = null
  if (directiveText !== null) {
    const symbol = parseDocumentSymbol(directiveText)
    if (!symbol.ok) {
      return badParameter(
        'directive',
        directiveText,
        `Not a document symbol: "${directiveText}" (e.g. 06-CTr/TU)`,
        `Không phải số, ký hiệu văn bản: "${directiveText}" (ví dụ 06-CTr/TU)`,
        symbol.error.code,
      )
    }
    const year = value('year')
    directive = { symbol: symbol.value, year: year === null ? null : Number(year) }
  }
  const layout = value('layout')
  const drafted = await draftUrgingLetter(context, {
    issuerCode: value('issuer'),
    asOf: value('asOf'),
    organizationCode: value('org'),
    directive,
    layout: layout !== null && isReportLayout(layout) ? layout : null,
    symbol: value('symbol'),
    replyBy: value('replyBy'),
  })
  if (!drafted.ok) return useCaseProblem(drafted.error, PARAMETER_OF, value)
  const body = await writeUrgingLetter(drafted.value)
  return fileResponse(request, {
    body,
    contentType: DOCX_CONTENT_TYPE,
    ...urgingLetterFileName(drafted.value),
    secrecy: drafted.value.letter.secrecy,
  })
}

/** The parameter each field of the use case's input is given by. */
const PARAMETER_OF: Readonly<Record<string, (typeof PARAMETERS)[number]>> = {
  issuerCode: 'issuer',
  organizationCode: 'org',
  directive: 'directive',
  asOf: 'asOf',
  replyBy: 'replyBy',
  symbol: 'symbol',
}
