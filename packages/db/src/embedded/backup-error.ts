/** Why a backup or a restore of the embedded database was refused. */
export type BackupErrorCode =
  | 'NO_DATABASE_TO_BACK_UP'
  | 'BACKUP_FILE_EXISTS'
  | 'NOT_A_BACKUP'
  | 'RESTORE_WOULD_REPLACE'
  | 'BACKUP_SERVER_UNREACHABLE'

/**
 * A backup or restore of the embedded database that was refused before anything was written:
 * `code` says why, the message says it in English and Vietnamese and names the path.
 */
export class BackupError extends Error {
  override readonly name = 'BackupError'
  readonly code: BackupErrorCode
  readonly english: string
  readonly vietnamese: string

  constructor(code: BackupErrorCode, english: string, vietnamese: string, options?: ErrorOptions) {
    super(`${english} / ${vietnamese}`, options)
    this.code = code
    this.english = english
    this.vietnamese = vietnamese
  }
}
