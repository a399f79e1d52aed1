import { useEffect } from 'react'
import { useSubscription } from 'urql'
import { TaskChangedSubscription } from './task-changed-subscription.js'

/** How long to wait before listening again when the stream ended or failed. */
export const RELISTEN_AFTER_MS = 5_000

/**
 * Listens, for as long as a person is signed in, to the tasks changed elsewhere
 * (`taskChanged`, Server-Sent Events with the person's bearer token): the normalised cache
 * and {@link LIVE_CACHE_UPDATES} bring every page up to date without a reload. A stream that
 * ends (the gateway restarted, the network dropped) is opened again after
 * {@link RELISTEN_AFTER_MS}; what changed meanwhile is fetched when the tab is shown again
 * (`refocusExchange`). It shows nothing.
 */
export function LiveTasks() {
  const [result, listen] = useSubscription({ query: TaskChangedSubscription })
  const ended = !result.fetching
  useEffect(() => {
    if (!ended) return
    const timer = setTimeout(() => listen(), RELISTEN_AFTER_MS)
    return () => clearTimeout(timer)
  }, [ended, listen])
  return null
}
