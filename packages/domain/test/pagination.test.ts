import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../src/pagination.js'

describe('page sizes', () => {
  it('keeps the default within the maximum a repository returns', () => {
    expect(DEFAULT_PAGE_SIZE).toBeGreaterThan(0)
    expect(DEFAULT_PAGE_SIZE).toBeLessThanOrEqual(MAX_PAGE_SIZE)
  })
})
