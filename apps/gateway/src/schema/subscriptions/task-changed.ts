import { taskForSubscriber } from '../loaders/live-loaders.js'
import { TaskNode } from '../types/task.js'
import { scopedSubscription } from './scoped-subscription.js'

scopedSubscription('taskChanged', {
  type: TaskNode,
  description:
    'Each task, as it stands after the change, when one is created, edited, cascaded, moved ' +
    'in its lifecycle, has its deadline extended or its lead reassigned, or gets a progress ' +
    'report. Only tasks the caller may see: a change to any other is never told, not even ' +
    'that it happened. Served over Server-Sent Events (`Accept: text/event-stream`).',
  scope: {
    organizationId:
      'Only tasks led by this organisation or a body below it. An id naming nothing ' +
      'matches nothing.',
    directiveId: 'Only tasks of this directive. An id naming nothing matches nothing.',
  },
  topic: 'task-changed',
  read: taskForSubscriber,
})
