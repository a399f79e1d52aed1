import { chmod, writeFile } from 'node:fs/promises'
import { SECRECY_LABELS, type Secrecy, secrecyMark } from '@chidao/domain'

/**
 * Writes a document a person keeps (a report, a letter, a workbook). A secret one — a level
 * with a mark — is readable by its owner only: created so, and set so when the file existed
 * already, since an existing file keeps its mode on write.
 */
export async function writeKeptFile(
  path: string,
  body: string | Uint8Array,
  secrecy: Secrecy,
): Promise<void> {
  const secret = secrecyMark(secrecy) !== null
  await writeFile(path, body, secret ? { mode: 0o600 } : {})
  if (secret) await chmod(path, 0o600)
}

/**
 * Tells on standard error how a marked document is kept and sent, in English and Vietnamese
 * ("The report is marked MẬT (Confidential): …"); nothing for an unmarked one.
 */
export function tellSecrecy(
  stderr: { write(text: string): unknown },
  secrecy: Secrecy,
  what: { readonly en: string; readonly vi: string },
): void {
  const mark = secrecyMark(secrecy)
  if (mark === null) return
  const label = SECRECY_LABELS[secrecy]
  stderr.write(
    `The ${what.en} is marked ${mark} (${label.en}): keep and send it as a ${label.en.toLowerCase()} document / ` +
      `${what.vi} mang độ mật ${mark}: quản lý, gửi nhận như tài liệu ${label.vi.toLocaleLowerCase('vi')}\n`,
  )
}
