import { builder } from '../../builder.js'
import { taskForSubscriber } from '../loaders/live-loaders.js'
import { TaskNode } from '../types/task.js'
import { liveScopeArgs, liveScopeOf, liveStream } from './live-stream.js'

builder.subscriptionField('taskChanged', (t) =>
  t.field({
    type: TaskNode,
    description:
      'Each task, as it stands after the change, when one is created, edited, cascaded, moved ' +
      'in its lifecycle, has its deadline extended or its lead reassigned, or gets a progress ' +
      'report. Only tasks the caller may see: a change to any other is never told, not even ' +
      'that it happened. Served over Server-Sent Events (`Accept: text/event-stream`).',
    args: liveScopeArgs(t.arg, {
      organizationId:
        'Only tasks led by this organisation or a body below it. An id naming nothing ' +
        'matches nothing.',
      directiveId: 'Only tasks of this directive. An id naming nothing matches nothing.',
    }),
    subscribe: (_root, args, context) => {
      const scope = liveScopeOf(args)
      return liveStream(context, 'task-changed', (event) =>
        taskForSubscriber(context, event, scope),
      )
    },
    resolve: (task) => task,
  }),
)
