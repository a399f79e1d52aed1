/**
 * The urging benchmark's webhook receiver: a node:http server on 127.0.0.1 that checks every
 * POST with the `standardwebhooks` library (the convention's own verifier) against the secret
 * of the channel its path names, answers 204 (or 400 when the signature fails), and counts
 * what arrived by `webhook-id`.
 */
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'

/** A receiver for the channels of one round. */
export interface VerifyingReceiver {
  /** The URL of the channel named `key` (an organisation's code): `…/hook/<key>`. */
  urlOf(key: string): string
  /** Registers the secret chidao generated for the channel `key`. */
  trust(key: string, secret: string): void
  /** Ids received and verified, each with how often. */
  readonly counts: Map<string, number>
  /** Requests whose signature did not verify (or named no known channel). */
  readonly refused: { count: number; reasons: string[] }
  /** Forgets what arrived (a new round on the same channels). */
  reset(): void
  close(): Promise<void>
}

/**
 * Starts a {@link VerifyingReceiver} on a free port.
 *
 * @example
 * ```ts
 * const receiver = await startVerifyingReceiver()
 * receiver.trust('SKHCN', channel.secret)
 * ```
 */
export async function startVerifyingReceiver(): Promise<VerifyingReceiver> {
  const verifiers = new Map<string, Webhook>()
  const counts = new Map<string, number>()
  const refused = { count: 0, reasons: [] as string[] }
  const refuse = (reason: string) => {
    refused.count++
    if (refused.reasons.length < 5) refused.reasons.push(reason)
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const key = decodeURIComponent((req.url ?? '').replace(/^\/hook\//, ''))
      const verifier = verifiers.get(key)
      if (!verifier) {
        refuse(`no channel ${key}`)
        res.writeHead(404).end()
        return
      }
      try {
        verifier.verify(Buffer.concat(chunks).toString('utf8'), {
          'webhook-id': String(req.headers['webhook-id']),
          'webhook-timestamp': String(req.headers['webhook-timestamp']),
          'webhook-signature': String(req.headers['webhook-signature']),
        })
      } catch (error) {
        refuse(error instanceof Error ? error.message : String(error))
        res.writeHead(400).end()
        return
      }
      const id = String(req.headers['webhook-id'])
      counts.set(id, (counts.get(id) ?? 0) + 1)
      res.writeHead(204).end()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    urlOf: (key) => `http://127.0.0.1:${port}/hook/${encodeURIComponent(key)}`,
    trust: (key, secret) => verifiers.set(key, new Webhook(secret)),
    counts,
    refused,
    reset: () => {
      counts.clear()
      refused.count = 0
      refused.reasons.length = 0
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
