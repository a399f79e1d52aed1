import { progressReportForSubscriber } from '../loaders/live-loaders.js'
import { ProgressReportRef } from '../types/progress-report.js'
import { scopedSubscription } from './scoped-subscription.js'

scopedSubscription('progressReported', {
  type: ProgressReportRef,
  description:
    'Each progress report (or correction of one) as it is made, on tasks the caller may ' +
    'see: a report on any other is never told. Served over Server-Sent Events ' +
    '(`Accept: text/event-stream`).',
  scope: {
    organizationId:
      'Only reports on tasks led by this organisation or a body below it, or made by one ' +
      'of them. An id naming nothing matches nothing.',
    directiveId: 'Only reports on tasks of this directive. An id naming nothing matches nothing.',
  },
  topic: 'progress-reported',
  read: progressReportForSubscriber,
})
