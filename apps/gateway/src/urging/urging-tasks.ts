import { deliverTask } from './deliver-task.js'
import { planTask } from './plan-task.js'
import { sweepTask } from './sweep-task.js'
import { tickTask } from './tick-task.js'
import type { UrgingTasks } from './urging-job.js'
import type { UrgingTaskContext } from './urging-task-context.js'

/** The urging tasks over one context: what both queues run. */
export function urgingTasks(context: UrgingTaskContext): UrgingTasks {
  return Object.freeze({
    tick: tickTask(context),
    plan: planTask(context),
    deliver: deliverTask(context),
    sweep: sweepTask(context),
  })
}
