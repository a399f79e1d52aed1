import { type Directive, type DirectiveId, directiveNotFound, type ErrorPath } from '@chidao/domain'
import type { DirectiveReader } from '../ports/directive-store.js'
import { abort } from '../use-case/use-case.js'
import {
  type DirectiveBySymbol,
  type DirectiveBySymbolPorts,
  directiveBySymbol,
} from './directive-by-symbol.js'

/** The ports {@link namedDirective} calls. */
export interface NamedDirectivePorts extends DirectiveBySymbolPorts {
  readonly directives: Pick<DirectiveReader, 'findById' | 'findBySymbol'>
}

/**
 * The document an input names by its id or by its number and symbol, as the caller sees it
 * ({@link directiveBySymbol}); one the caller may not see is as absent: the use case aborts
 * with `DIRECTIVE_NOT_FOUND` at `path` (or `AMBIGUOUS_DIRECTIVE`, from the symbol look-up).
 *
 * @example
 * ```ts
 * const directive = await namedDirective(ports, input.directive, ['directive'])
 * ```
 */
export async function namedDirective(
  ports: NamedDirectivePorts,
  named: DirectiveId | DirectiveBySymbol,
  path: ErrorPath,
): Promise<Directive> {
  const found =
    typeof named === 'string'
      ? await ports.directives.findById(named)
      : await directiveBySymbol(ports, named, path)
  if (!found) abort(directiveNotFound(path))
  return found
}
