import { searchKey } from '@chidao/domain'

/** The stored search text of a directive: its symbol and title. */
export function directiveSearchKey(symbolText: string, title: string): string {
  return searchKey(`${symbolText} ${title}`)
}

/** The stored search text of a task: its reference and title. */
export function taskSearchKey(reference: string | null, title: string): string {
  return searchKey(`${reference ?? ''} ${title}`)
}
