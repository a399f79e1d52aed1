import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bundleToJson } from '../../src/bundle/format-bundle.js'
import { SECTIONS } from '../../src/bundle/parse/parse-header.js'
import { parseBundle } from '../../src/bundle/parse-bundle.js'
import { example, exampleText, small } from './fixtures.js'

function wellFormed(result: ReturnType<typeof parseBundle>): void {
  if (result.ok) return
  expect(result.error.length).toBeGreaterThan(0)
  for (const e of result.error) {
    expect(typeof e.code).toBe('string')
    expect(e.message.length).toBeGreaterThan(0)
    expect(e.messageVi.length).toBeGreaterThan(0)
    expect(Array.isArray(e.path)).toBe(true)
  }
}

// Every path to a value inside a JSON document.
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix]
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]))
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]))
  }
  return out
}

const examplePaths = paths(JSON.parse(exampleText)).filter((p) => p.length > 0)

const TOP = ['format', 'version', 'tenant', ...SECTIONS]

describe('parseBundle on any input', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => wellFormed(parseBundle(value))),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary values under the fields of a bundle', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.array(
        fc.dictionary(
          fc.constantFrom(
            'code',
            'symbol',
            'lead',
            'directive',
            'parent',
            'subject',
            'rating',
            'from',
            'to',
            'reference',
            'sections',
            'kind',
          ),
          fc.anything(),
        ),
      ),
    )
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...TOP), field), (value) => {
        wellFormed(parseBundle({ format: 'chidao-bundle', version: 1, ...value }))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on mutations of the example, and a valid mutation has a canonical fixed point', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.constantFrom(...examplePaths),
            value: fc.option(
              fc.oneof(
                fc.jsonValue(),
                fc.constantFrom(
                  'LHH',
                  'Quý I/2022',
                  '2021-01-01',
                  '06-CTr/TU#II.1',
                  'COMPLETED',
                  100,
                  -1,
                ),
              ),
              { nil: undefined },
            ),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (mutations) => {
          const doc = example()
          for (const { path, value } of mutations) {
            let at = doc
            for (const key of path.slice(0, -1)) {
              if (at === null || typeof at !== 'object') return
              at = at[key]
            }
            if (at === null || typeof at !== 'object') return
            const last = path[path.length - 1]!
            if (value === undefined) {
              if (Array.isArray(at) && typeof last === 'number') at.splice(last, 1)
              else delete at[last]
            } else at[last] = value
          }
          const result = parseBundle(doc)
          wellFormed(result)
          if (result.ok) {
            const text = bundleToJson(result.value)
            const again = parseBundle(JSON.parse(text))
            expect(again.ok).toBe(true)
            if (again.ok) expect(bundleToJson(again.value)).toBe(text)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('canonical form of generated valid bundles', () => {
  const text = fc.string({ minLength: 1, maxLength: 30 }).map((s) => `x${s}`.normalize('NFD'))
  const deadline = fc.constantFrom(
    'Quý III/2027',
    'Thường xuyên',
    'hằng năm',
    'tháng 12/2021',
    'trước ngày 31/8',
    'chậm nhất ngày 14/5/2021',
    '6 tháng đầu năm 2025',
    'năm 2025',
  )
  const bundle = fc
    .record({
      titles: fc.array(text, { minLength: 1, maxLength: 8 }),
      deadlines: fc.array(deadline, { minLength: 8, maxLength: 8 }),
      references: fc.uniqueArray(
        fc
          .array(fc.constantFrom('I', 'II', 'IX', '1', '2', '10', 'a', 'b'), {
            minLength: 1,
            maxLength: 3,
          })
          .map((p) => p.join('.')),
        { minLength: 1, maxLength: 8 },
      ),
      order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    })
    .map(({ titles, deadlines, references, order, percent }) => {
      const b = small()
      const task = b.tasks[0]
      b.tasks = references.map((reference, i) => ({
        ...task,
        reference,
        title: titles[i % titles.length],
        deadline: deadlines[i],
        directive: order[i]! % 2 === 0 ? '06-CTr/TU' : '93-KL/TW',
        progressReports: [
          { reportedOn: '2024-01-01', organization: 'LHH', percent, narrative: titles[0] },
        ],
      }))
      return b
    })

  it('parses, and writing is a fixed point', () => {
    fc.assert(
      fc.property(bundle, (b) => {
        const first = parseBundle(b)
        expect(first.ok).toBe(true)
        if (!first.ok) return
        const text = bundleToJson(first.value)
        const again = parseBundle(JSON.parse(text))
        expect(again.ok).toBe(true)
        if (again.ok) expect(bundleToJson(again.value)).toBe(text)
      }),
      { numRuns: 200 },
    )
  })
})
