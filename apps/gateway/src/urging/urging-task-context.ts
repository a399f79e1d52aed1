import type { Clock } from '@chidao/app'
import type { Logger } from '../logger.js'
import type { UrgingScheduler } from './urging-job.js'
import type { UrgingWork } from './urging-work.js'

/** What every urging task runs with. */
export interface UrgingTaskContext {
  readonly work: UrgingWork
  /** The domain's clock (a test may start it at another instant); the queue runs on real time. */
  readonly clock: Clock
  readonly scheduler: UrgingScheduler
  readonly logger: Logger
  /** How many due deliveries one sweep queues per tenant. */
  readonly sweepLimit: number
}

/**
 * The real instant at which a moment of the domain's clock comes: the queue waits on the
 * machine's time, the use cases reason on the clock's, which a test may have moved.
 */
export function realInstant(context: Pick<UrgingTaskContext, 'clock'>, at: Date): Date {
  return new Date(Date.now() + Math.max(0, at.getTime() - context.clock.now().getTime()))
}
