import { expect } from 'vitest'

/** Expects each text to be a whole paragraph of the document, and to come in the order given. */
export function expectParagraphsInOrder(
  paragraphs: readonly string[],
  texts: readonly string[],
): void {
  const places = texts.map((text) => {
    const i = paragraphs.indexOf(text)
    expect(i, `"${text}" in ${JSON.stringify(paragraphs)}`).toBeGreaterThanOrEqual(0)
    return i
  })
  expect([...places].sort((a, b) => a - b)).toEqual(places)
}
