import { type ArgumentNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql'

/** A field selected: its name (not its alias), its arguments and what it selects. */
export type Selected = {
  readonly name: string
  readonly args: readonly ArgumentNode[]
  readonly set: SelectionSetNode | undefined
}

/**
 * The fields a selection set selects, through its inline and named fragments — only those
 * whose type condition `keeps` (fragments with none are always entered).
 */
export function* fieldsOf(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  keeps: (typename: string) => boolean = () => true,
  depth = 0,
): Generator<Selected> {
  if (!set || depth > 10) return
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      yield {
        name: selection.name.value,
        args: selection.arguments ?? [],
        set: selection.selectionSet,
      }
      continue
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value]
    const on = fragment?.typeCondition?.name.value
    if (on === undefined || keeps(on))
      yield* fieldsOf(info, fragment?.selectionSet, keeps, depth + 1)
  }
}
