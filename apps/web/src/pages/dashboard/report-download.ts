import { asciiFileName } from '@chidao/domain'

/** What a leader chose for the report to download. */
export interface ReportChoice {
  readonly kind: string
  readonly from: string | null
  readonly to: string | null
  readonly asOf: string
  /** `party`, `state`, or null for the layout the issuer's records call for. */
  readonly layout: string | null
}

/**
 * The address of a report as DOCX: `/reports/<directive>?format=docx&kind=…`. The gateway names
 * the document in its download paths by the id `tasksWorkbookPath` carries (a symbol alone can
 * name two communes' plans), so that id is taken from there rather than guessed.
 *
 * @example
 * ```ts
 * reportDownloadPath('/reports/tasks.xlsx?directive=5381…&asOf=2026-12-07', choice)
 * // '/reports/5381…?format=docx&kind=INTERIM_REVIEW&asOf=2026-12-07'
 * ```
 */
export function reportDownloadPath(workbookPath: string, choice: ReportChoice): string {
  const directive = new URL(workbookPath, 'http://gateway.invalid').searchParams.get('directive')
  if (!directive) throw new Error(`No directive in the workbook path ${workbookPath}`)
  const query = new URLSearchParams({ format: 'docx', kind: choice.kind, asOf: choice.asOf })
  if (choice.from) query.set('from', choice.from)
  if (choice.to) query.set('to', choice.to)
  if (choice.layout) query.set('layout', choice.layout)
  return `/reports/${encodeURIComponent(directive)}?${query.toString()}`
}

/**
 * The file name to save under: the gateway's ASCII one from `Content-Disposition` (Vietnamese
 * without diacritics, "so-ket-06-CTr-TU-2026-12-07.docx"), else one made by the same
 * `asciiFileName` of `@chidao/domain`.
 */
export function downloadFileName(contentDisposition: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(contentDisposition ?? '')
  return match?.[1] ?? asciiFileName(fallback)
}

/** A failed download: the gateway's problem in both languages, or the HTTP status alone. */
export class ReportDownloadError extends Error {
  constructor(
    readonly status: number,
    readonly messageVi: string | null,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message)
  }
}

/**
 * Fetches the report with the bearer token (a plain link could not send it) and hands it to
 * the browser as a download through an object URL; the file name comes from the gateway.
 */
export async function downloadReport(
  path: string,
  token: string | null,
  fallbackName: string,
): Promise<string> {
  const response = await fetch(path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      errors?: { message?: string; extensions?: { messageVi?: string; path?: string[] } }[]
    } | null
    const problem = body?.errors?.[0]
    throw new ReportDownloadError(
      response.status,
      problem?.extensions?.messageVi ?? null,
      problem?.message ?? `HTTP ${response.status}`,
      problem?.extensions?.path?.join('.') ?? null,
    )
  }
  const name = downloadFileName(response.headers.get('content-disposition'), fallbackName)
  const url = URL.createObjectURL(await response.blob())
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = name
    document.body.append(link)
    link.click()
    link.remove()
  } finally {
    // Revoked after the click has been handled, so the browser has started reading it.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  return name
}
