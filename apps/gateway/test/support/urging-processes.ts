/**
 * What the urging delivery tests share: a real webhook receiver on 127.0.0.1 that records each
 * `webhook-id` as it arrives (and may answer slowly, to catch sends in flight), a database
 * holding the example programme with a webhook channel for every organisation, and the
 * delivery log read back through the application's own use case.
 */
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  addUrgingChannel,
  importBundle,
  listOrganizations,
  operatorCaller,
  type ReminderDelivery,
  reminderDeliveries,
} from '@chidao/app'
import { type ChidaoDatabase, loadExampleBundle, openDatabase } from '@chidao/db'
import { asId, type TenantId } from '@chidao/domain'
import { operatorContext } from '../../src/operator-context.js'

export const TENANT = asId<TenantId>('demo')

/** One POST the receiver got. */
export interface Received {
  readonly id: string
  readonly deliverOn: string
  /** When it arrived (ms), before the answer. */
  readonly at: number
}

/** A webhook receiver: every request recorded on arrival, answered 204 after `delayMs`. */
export interface WebhookReceiver {
  readonly url: string
  readonly received: Received[]
  /** The ids received more than once. */
  repeated(): string[]
  close(): Promise<void>
}

/** Starts a {@link WebhookReceiver} on a free port. */
export async function startWebhookReceiver(delayMs: number): Promise<WebhookReceiver> {
  const received: Received[] = []
  const server: Server = createServer((req, res) => {
    const at = Date.now()
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        data?: { deliverOn?: string }
      }
      received.push({
        id: String(req.headers['webhook-id']),
        deliverOn: body.data?.deliverOn ?? '',
        at,
      })
      setTimeout(() => res.writeHead(204).end(), delayMs)
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    repeated: () => {
      const seen = new Set<string>()
      const twice = new Set<string>()
      for (const r of received) (seen.has(r.id) ? twice : seen).add(r.id)
      return [...twice]
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** The system context the tests read and prepare the tenant with. */
export function testContext(db: ChidaoDatabase) {
  return operatorContext(db, TENANT, { ...operatorCaller('test'), actor: 'system:test' })
}

/**
 * Prepares a database for the gateway processes: migrated, the tenant with the example
 * programme, and a webhook channel to `webhookUrl` for each of its organisations.
 */
export async function prepareUrgingDatabase(
  where: { url: string } | { dataDir: string },
  webhookUrl: string,
): Promise<void> {
  const db = await openDatabase(
    'url' in where ? { url: where.url, dataDir: null } : { url: null, dataDir: where.dataDir },
  )
  try {
    await db.migrate()
    await db.ensureTenant(TENANT, 'Tỉnh minh họa (demo)')
    const context = testContext(db)
    const imported = await importBundle(context, { bundle: await loadExampleBundle() })
    if (!imported.ok) throw new Error(`example not imported: ${imported.error.code}`)
    const organizations = await listOrganizations(context, { first: 500 })
    if (!organizations.ok) throw new Error('organisations not listed')
    for (const { node } of organizations.value.edges) {
      const added = await addUrgingChannel(context, {
        organizationId: node.id,
        kind: 'WEBHOOK',
        address: webhookUrl,
      })
      if (!added.ok) throw new Error(`channel not added: ${added.error.code}`)
    }
  } finally {
    await db.close()
  }
}

/** Every delivery of the tenant, as the delivery log shows it. */
export async function allDeliveries(db: ChidaoDatabase): Promise<ReminderDelivery[]> {
  const page = await reminderDeliveries(testContext(db), { first: 500 })
  if (!page.ok) throw new Error(`deliveries not read: ${page.error.code}`)
  if (page.value.hasNextPage) throw new Error('more deliveries than one page: grow the test')
  return page.value.edges.map((e) => e.node)
}

/** Polls until `check` holds; a guard against a hang, not a timing. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  limitMs = Number(process.env.URGING_TEST_LIMIT_MS ?? 480_000),
): Promise<void> {
  const until = Date.now() + limitMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`still waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
