import { pino } from 'pino'

/** Structured JSON logs on stdout, one object per line. */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'chidao-gateway' } })
}

/** The logger type used across the gateway. */
export type Logger = ReturnType<typeof createLogger>
