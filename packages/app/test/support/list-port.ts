import type { Page } from '@chidao/domain'
import { recorder } from './use-case-context.js'

/** A page with nothing on it, as a reader answers a list that holds nothing. */
export const EMPTY_PAGE: Page<never> = {
  edges: [],
  hasNextPage: false,
  hasPreviousPage: false,
  totalCount: 0,
}

/** A reader's `list`: it answers {@link EMPTY_PAGE} and records every request it is given. */
export function listPort() {
  return { list: recorder(async (_request: unknown) => EMPTY_PAGE) }
}
