// The `@ts-expect-error` lines are the test: `npm run typecheck -w @chidao/domain` compiles this
// file, and fails if one of them compiles cleanly (the field lists would no longer be tied to
// the bundle input types).
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { BundleMembershipInput } from '../../src/bundle/bundle.js'
import { type EveryFieldOf, type Fields, fieldsOf } from '../../src/bundle/parse/bundle-fields.js'

/** The membership type with a field added, as a later release might add it. */
interface MembershipWithRole extends BundleMembershipInput {
  readonly role?: string | null
}

const MEMBERSHIP_FIELDS = fieldsOf<BundleMembershipInput>({
  member: 'required',
  union: 'required',
  from: 'required',
  to: 'optional',
})

describe('fieldsOf', () => {
  it('lists the fields in the order of the spec, and the required ones in the same order', () => {
    expect(MEMBERSHIP_FIELDS.allowed).toEqual(['member', 'union', 'from', 'to'])
    expect(MEMBERSHIP_FIELDS.required).toEqual(['member', 'union', 'from'])
    expect(Object.isFrozen(MEMBERSHIP_FIELDS.allowed)).toBe(true)
    expectTypeOf(MEMBERSHIP_FIELDS.allowed).toEqualTypeOf<
      readonly ('member' | 'union' | 'from' | 'to')[]
    >()
  })

  it('does not compile when the spec misses a field, names one the type lacks, or marks one wrongly', () => {
    // @ts-expect-error `to` is missing
    fieldsOf<BundleMembershipInput>({ member: 'required', union: 'required', from: 'required' })
    fieldsOf<BundleMembershipInput>({
      member: 'required',
      union: 'required',
      from: 'required',
      to: 'optional',
      // @ts-expect-error `until` is not a field of a membership
      until: 'optional',
    })
    fieldsOf<BundleMembershipInput>({
      member: 'required',
      union: 'required',
      // @ts-expect-error `from` is required in the type
      from: 'optional',
      to: 'optional',
    })
  })

  it('does not let a list written for a type stand for the type with a field added or removed', () => {
    // @ts-expect-error the list does not accept `role`, added to the type after it was written
    const widened: Fields<MembershipWithRole> = MEMBERSHIP_FIELDS
    // @ts-expect-error the list still accepts `to`, which the type no longer has
    const narrowed: Fields<Omit<BundleMembershipInput, 'to'>> = MEMBERSHIP_FIELDS
    expect([widened, narrowed]).toHaveLength(2)
  })
})

describe('EveryFieldOf', () => {
  const PARTS = ['member', 'union', 'from', 'to'] as const

  it('accepts a list naming every field, and nothing else', () => {
    const every: EveryFieldOf<BundleMembershipInput, typeof PARTS> = PARTS
    expect(every).toBe(PARTS)
    // @ts-expect-error `role` is missing from the list
    const missing: EveryFieldOf<MembershipWithRole, typeof PARTS> = PARTS
    // @ts-expect-error `until` is not a field of a membership
    type Extra = EveryFieldOf<BundleMembershipInput, readonly ['member', 'until']>
    expectTypeOf<Extra>().not.toBeAny()
    expect(missing).toBe(PARTS)
  })
})
