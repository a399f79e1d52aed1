/**
 * Thrown when the database cannot be reached or opened. The message says what was tried and
 * what to check; it never contains a password.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError'
  readonly target: string

  constructor(target: string, hint: string, options?: { cause?: unknown }) {
    super(`Cannot reach the database at ${target}: ${hint}`, options)
    this.target = target
  }
}

/** The process that has an embedded data directory open, as its lock file records it. */
export interface DataDirectoryHolder {
  readonly pid: number
  /** Its command line, when it was known. */
  readonly command: string | null
  /** The host it runs on. */
  readonly hostname: string | null
  /** When it opened the directory (ISO 8601). */
  readonly since: string | null
}

/**
 * Thrown when an embedded data directory is already open in another process (or earlier in
 * this one): PGlite must be opened by one process at a time. The message names the process
 * and the directory, in English and Vietnamese; `code` is `DATA_DIRECTORY_IN_USE`.
 */
export class DataDirectoryInUseError extends Error {
  override readonly name = 'DataDirectoryInUseError'
  readonly code = 'DATA_DIRECTORY_IN_USE'
  readonly dataDir: string
  /** The process holding it; null when it could not be read. */
  readonly holder: DataDirectoryHolder | null

  constructor(dataDir: string, holder: DataDirectoryHolder | null) {
    const who = holder ? describeHolder(holder) : null
    super(
      `The embedded database ${dataDir} is in use by another process${who ? ` (${who})` : ''}. ` +
        'Only one process at a time may open it: stop that process first, or make the change ' +
        'through the running server; to share one database between processes use PostgreSQL ' +
        '(DATABASE_URL). / ' +
        `Cơ sở dữ liệu nhúng ${dataDir} đang được một tiến trình khác mở${who ? ` (${who})` : ''}. ` +
        'Mỗi lúc chỉ một tiến trình được mở nó: hãy dừng tiến trình đó trước, hoặc thực hiện ' +
        'thay đổi qua máy chủ đang chạy; muốn nhiều tiến trình dùng chung một cơ sở dữ liệu, ' +
        'hãy dùng PostgreSQL (DATABASE_URL).',
    )
    this.dataDir = dataDir
    this.holder = holder
  }
}

function describeHolder(holder: DataDirectoryHolder): string {
  const parts = [`pid ${holder.pid}`]
  if (holder.command) parts.push(`command: ${holder.command}`)
  if (holder.hostname) parts.push(`host: ${holder.hostname}`)
  if (holder.since) parts.push(`since ${holder.since}`)
  return parts.join(', ')
}

/**
 * Removes the password from a connection URL, for logs and error messages.
 *
 * @example
 * ```ts
 * redactUrl('postgres://u:secret@db:5432/x') // 'postgres://u:***@db:5432/x'
 * ```
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparseable URL)'
  }
}
