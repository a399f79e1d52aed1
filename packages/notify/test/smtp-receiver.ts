import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** What arrived: the envelope and the message as mailparser reads it. */
export interface ReceivedMail {
  readonly envelopeTo: readonly string[]
  readonly raw: string
  readonly parsed: ParsedMail
}

/** A real SMTP server in this process, on a free port of 127.0.0.1. */
export interface SmtpReceiver {
  readonly port: number
  readonly received: ReceivedMail[]
  close(): Promise<void>
}

/**
 * Starts an SMTP server that logs in `chidao` with `mat-khau:bi@mat` (over plain text, as a
 * test allows), rejects recipients `reject@…` with 550 and `busy@…` with 451, and keeps every
 * message it accepts.
 */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'chidao' && auth.password === 'mat-khau:bi@mat') {
        callback(null, { user: auth.username })
      } else {
        callback(Object.assign(new Error('Authentication failed'), { responseCode: 535 }))
      }
    },
    onRcptTo(address, _session, callback) {
      const local = address.address.split('@')[0]
      if (local === 'reject') {
        callback(Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 }))
      } else if (local === 'busy') {
        callback(Object.assign(new Error('4.2.1 Mailbox busy, try later'), { responseCode: 451 }))
      } else {
        callback()
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        simpleParser(raw).then(
          (parsed) => {
            const envelopeTo = session.envelope.rcptTo.map((r) => r.address)
            received.push({ envelopeTo, raw: raw.toString('utf8'), parsed })
            callback()
          },
          (error: Error) => callback(error),
        )
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { port, received, close: () => new Promise<void>((resolve) => server.close(resolve)) }
}
