import { type Draft, draftReviewComments } from '@chidao/domain'
import { stringify } from 'yaml'

/**
 * The draft as a person reviews it: what drafting was unsure of, as YAML comments, above the
 * bundle in YAML. `chidao validate` reads it as any bundle (the comments are YAML comments).
 * What `chidao draft` writes and the API's `draftBundle` answers as `yaml`.
 *
 * @example
 * ```ts
 * await writeFile('du-thao.yaml', draftText(draft))
 * ```
 */
export function draftText(draft: Draft): string {
  return `${draftReviewComments(draft)}\n${stringify(draft.bundle, { lineWidth: 0 })}`
}
