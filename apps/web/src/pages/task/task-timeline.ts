import type { TaskView } from './task-query.js'

/** An entry of a task's history as the page shows it: an event, or a progress report. */
export type TimelineEntry =
  | {
      readonly kind: 'event'
      readonly day: string
      readonly at: string
      readonly event: TaskView['history'][number]
    }
  | {
      readonly kind: 'report'
      readonly day: string
      readonly at: string
      readonly report: TaskView['progressReports'][number]
    }

/**
 * The history of a task in date order: its events (`Task.history`, on the day each took
 * effect) and its progress reports (on the day reported), oldest first; on one day, events by
 * the moment they were recorded, reports after them in the order filed.
 */
export function timelineOf(task: Pick<TaskView, 'history' | 'progressReports'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...task.history.map((event) => ({
      kind: 'event' as const,
      day: event.on,
      at: event.at,
      event,
    })),
    ...task.progressReports.map((report) => ({
      kind: 'report' as const,
      day: report.reportedOn,
      at: '~',
      report,
    })),
  ]
  // A stable sort: reports keep the order they were filed in.
  return entries.sort((a, b) => a.day.localeCompare(b.day) || a.at.localeCompare(b.at))
}
