import type { DirectiveReader, DirectiveWriter } from '../ports/directive-store.js'
import type { PolicyFactsPorts } from './directive-facts.js'

/**
 * The ports a change of a stored document calls: what the policy's facts are read from, the
 * document read as the caller sees it, and the writer's `Method`s.
 *
 * @example
 * ```ts
 * export type LinkDirectivesPorts = DirectiveWritePorts<'link'>
 * ```
 */
export interface DirectiveWritePorts<Method extends keyof DirectiveWriter>
  extends PolicyFactsPorts {
  readonly directives: Pick<DirectiveReader, 'findById'> & Pick<DirectiveWriter, Method>
}
