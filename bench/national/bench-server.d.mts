import type { IncomingMessage, ServerResponse } from 'node:http'

/** The counters a launcher shows on `GET /__bench/stats`. */
export interface StatementStats {
  readonly statements: number
  readonly kinds: { readonly control: number; readonly settings: number; readonly query: number }
  readonly rss: number
}

/** Counts the SQL statements a server sends, by kind. */
export function statementCounter(): {
  count(text: string): void
  stats(): StatementStats
}

/** Serves a bench server until the bench process says stop (see bench-server.mjs). */
export function serveBench(server: {
  readonly handle: (req: IncomingMessage, res: ServerResponse) => void
  readonly stats: () => unknown
  readonly release: () => Promise<void>
}): Promise<void>
