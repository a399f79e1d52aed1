import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * An element as fast-xml-parser gives it in document order (`preserveOrder`): one key, the
 * tag, holding the children; attributes under `:@`; text as `{ '#text': … }`. Order matters in
 * WordprocessingML (paragraphs, runs, tables interleave), so the ordered form is used throughout.
 */
export type XmlNode = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // `<w:t xml:space="preserve"> </w:t>` is a real space; "01" is text, not a number.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Decodes numeric references (&#7897;) as well as the five XML entities.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
})

/** The parsed nodes, or where the XML is malformed (line and column) in English and Vietnamese. */
export function parseXml(
  text: string,
): { ok: true; nodes: XmlNode[] } | { ok: false; line: number; column: number; reason: string } {
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    return { ok: false, line: valid.err.line, column: valid.err.col, reason: valid.err.msg }
  }
  return { ok: true, nodes: parser.parse(text) as XmlNode[] }
}

/** The element's tag ("w:p"), or "#text" for a text node. */
export function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key
  return ''
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)]
  return Array.isArray(value) ? (value as XmlNode[]) : []
}

export function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, unknown> | undefined
  const value = attributes?.[name]
  return value === undefined ? undefined : String(value)
}

/** The first child element with the tag, if any. */
export function childNamed(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node === undefined ? undefined : childrenOf(node).find((c) => tagOf(c) === tag)
}

export function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((c) => tagOf(c) === tag)
}

/** The text of a text-only element such as `<w:t>`. */
export function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
    .join('')
}

/** `w:val` of the child element with the tag (`<w:numId w:val="3"/>` → "3"). */
export function wordValue(node: XmlNode | undefined, tag: string): string | undefined {
  const child = childNamed(node, tag)
  return child === undefined ? undefined : attributeOf(child, 'w:val')
}

/** An on/off property such as `<w:b/>`, `<w:b w:val="0"/>`: undefined when absent. */
export function switchOf(node: XmlNode | undefined, tag: string): boolean | undefined {
  const child = childNamed(node, tag)
  if (child === undefined) return undefined
  const value = attributeOf(child, 'w:val')
  return value === undefined || !['0', 'false', 'off'].includes(value)
}
