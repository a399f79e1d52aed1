import { builder } from '../../builder.js'
import { progressReportForSubscriber } from '../loaders/live-loaders.js'
import { ProgressReportRef } from '../types/progress-report.js'
import { liveScopeArgs, liveScopeOf, liveStream } from './live-stream.js'

builder.subscriptionField('progressReported', (t) =>
  t.field({
    type: ProgressReportRef,
    description:
      'Each progress report (or correction of one) as it is made, on tasks the caller may ' +
      'see: a report on any other is never told. Served over Server-Sent Events ' +
      '(`Accept: text/event-stream`).',
    args: liveScopeArgs(t.arg, {
      organizationId:
        'Only reports on tasks led by this organisation or a body below it, or made by one ' +
        'of them. An id naming nothing matches nothing.',
      directiveId: 'Only reports on tasks of this directive. An id naming nothing matches nothing.',
    }),
    subscribe: (_root, args, context) => {
      const scope = liveScopeOf(args)
      return liveStream(context, 'progress-reported', (event) =>
        progressReportForSubscriber(context, event, scope),
      )
    },
    resolve: (report) => report,
  }),
)
