import { describe, expect, it } from 'vitest'
import {
  compareSdl,
  declaresMajor,
  findBaseline,
  type Git,
  judgeCompatibility,
} from '../scripts/check-schema.js'

const BEFORE = /* GraphQL */ `
  type Query {
    task(id: ID!): Task
    tasks(first: Int): [Task!]!
  }
  type Task {
    id: ID!
    title: String!
    progress: Float
  }
  enum Timeliness { ON_TIME OVERDUE }
`

const MAJOR = {
  file: 'drop-progress.md',
  text: '---\n"@chidao/gateway": major\n"@chidao/db": patch\n---\n\nTask.progress is gone.\n',
}
const MINOR = { file: 'add-due.md', text: "---\n'@chidao/gateway': minor\n---\n\nTask.due.\n" }

describe('comparing schemas', () => {
  it('calls a removed field breaking', async () => {
    const after = BEFORE.replace('progress: Float', '')
    const r = await compareSdl(BEFORE, after)
    expect(r.breaking.map((c) => c.path)).toEqual(['Task.progress'])
    expect(r.breaking[0]?.message).toContain("'progress' was removed")
  })

  it('calls an added optional field safe, and an added optional argument dangerous only', async () => {
    const after = BEFORE.replace('progress: Float', 'progress: Float\n    due: String').replace(
      'tasks(first: Int)',
      'tasks(first: Int, after: String)',
    )
    const r = await compareSdl(BEFORE, after)
    expect(r.breaking).toEqual([])
    expect(r.safe.map((c) => c.path)).toEqual(['Task.due'])
    // graphql-inspector warns that a new argument may change what the field does.
    expect(r.dangerous.map((c) => c.path)).toEqual(['Query.tasks.after'])
  })

  it('calls a new required argument breaking, and a new enum value dangerous', async () => {
    const after = BEFORE.replace('tasks(first: Int)', 'tasks(first: Int, asOf: String!)').replace(
      'ON_TIME OVERDUE',
      'ON_TIME OVERDUE DUE_SOON',
    )
    const r = await compareSdl(BEFORE, after)
    expect(r.breaking.map((c) => c.path)).toEqual(['Query.tasks.asOf'])
    expect(r.dangerous.map((c) => c.path)).toEqual(['Timeliness.DUE_SOON'])
  })

  it('finds no change between equal schemas', async () => {
    const r = await compareSdl(BEFORE, BEFORE)
    expect([...r.breaking, ...r.dangerous, ...r.safe]).toEqual([])
  })
})

describe('judging compatibility', () => {
  const removed = BEFORE.replace('progress: Float', '')

  it('fails on a breaking change without a major changeset, saying what to do', async () => {
    const v = await judgeCompatibility(BEFORE, removed, [MINOR])
    expect(v.ok).toBe(false)
    expect(v.lines.join('\n')).toMatch(/Breaking changes \(1\):\n {2}✖ Task\.progress: /)
    expect(v.lines.at(-1)).toContain('"@chidao/gateway": major')
  })

  it('passes a breaking change that a changeset declares major', async () => {
    const v = await judgeCompatibility(BEFORE, removed, [MINOR, MAJOR])
    expect(v.ok).toBe(true)
    expect(v.lines.at(-1)).toContain('drop-progress.md declares a major bump')
  })

  it('passes safe and dangerous changes without any changeset, listing the dangerous', async () => {
    const v = await judgeCompatibility(BEFORE, BEFORE.replace('OVERDUE', 'OVERDUE DUE_SOON'), [])
    expect(v.ok).toBe(true)
    expect(v.lines[0]).toBe('Dangerous changes (1):')
  })
})

describe('reading changesets', () => {
  it('sees a major bump only for @chidao/gateway, quoted either way', () => {
    expect(declaresMajor([MAJOR])).toBe('drop-progress.md')
    expect(declaresMajor([MINOR])).toBeNull()
    expect(declaresMajor([{ file: 'a.md', text: "---\n'@chidao/gateway': major\n---\n" }])).toBe(
      'a.md',
    )
    expect(declaresMajor([{ file: 'b.md', text: '---\n"@chidao/db": major\n---\n' }])).toBeNull()
    // "major" in the prose is not a declaration.
    expect(
      declaresMajor([
        { file: 'c.md', text: '---\n"@chidao/gateway": patch\n---\n@chidao/gateway: major\n' },
      ]),
    ).toBeNull()
  })
})

describe('choosing the baseline', () => {
  /** A fake git answering from a table of "args" → output; anything else fails. */
  const fakeGit =
    (answers: Record<string, string>): Git =>
    (args) =>
      answers[args.join(' ')] ?? null

  it('prefers the last release tag reachable from HEAD', () => {
    const git = fakeGit({
      'describe --tags --abbrev=0 --match @chidao/gateway@* HEAD': '@chidao/gateway@1.2.0',
      'rev-parse --verify --quiet origin/main^{commit}': 'abc',
    })
    expect(findBaseline(git)).toEqual({
      ref: '@chidao/gateway@1.2.0',
      description: 'the last release, tag @chidao/gateway@1.2.0',
    })
  })

  it('falls back to the highest tag, then origin/main, then HEAD, and obeys --base', () => {
    const tags = fakeGit({
      'tag --list @chidao/gateway@* --sort=-v:refname':
        '@chidao/gateway@2.0.0\n@chidao/gateway@1.9.0',
    })
    expect(findBaseline(tags).ref).toBe('@chidao/gateway@2.0.0')
    const origin = fakeGit({ 'rev-parse --verify --quiet origin/main^{commit}': 'abc' })
    expect(findBaseline(origin)).toMatchObject({ ref: 'origin/main' })
    expect(findBaseline(fakeGit({})).description).toContain('HEAD')
    expect(findBaseline(origin, 'v0').ref).toBe('v0')
  })
})
