import { createElement, type ReactNode } from 'react'

/**
 * The tags of a drafted report shown on the page, and what each becomes: the report's own
 * headings go three levels down, under the page's "Dự thảo" heading.
 */
const SHOWN: Readonly<Record<string, string>> = {
  h1: 'h4',
  h2: 'h5',
  h3: 'h6',
  p: 'p',
  i: 'i',
  b: 'b',
  em: 'em',
  strong: 'strong',
  table: 'table',
  thead: 'thead',
  tbody: 'tbody',
  tr: 'tr',
  th: 'th',
  td: 'td',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  br: 'br',
}

/** Left out with everything in them; the charts are the dashboard's own, and in the DOCX. */
const DROPPED = new Set(['head', 'style', 'script', 'figure', 'svg', 'template', 'iframe'])

/** The report's classes the page styles (centred lines, empty parts, figures). */
const CLASSES = new Set(['center', 'empty', 'secrecy', 'n'])

/** Parents in which a text of spaces alone is no content (React refuses it there). */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tr'])

/** A drafted report as the page shows it. */
export interface ReportView {
  /** The `<meta name="secrecy">` of the draft: PUBLIC, MAT, TOI_MAT or TUYET_MAT. */
  readonly secrecy: string
  readonly content: ReactNode[]
}

function convert(node: Node, key: number, parentTag: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent ?? ''
    return TABLE_PARTS.has(parentTag) && text.trim() === '' ? null : text
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return null
  const element = node as Element
  const tag = element.tagName.toLowerCase()
  if (DROPPED.has(tag)) return null
  const children = convertAll(element.childNodes, tag)
  const shown = SHOWN[tag]
  if (!shown) return children
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => CLASSES.has(name))
    .map((name) => `report-${name}`)
  const props: Record<string, unknown> = { key }
  if (classes.length > 0) props.className = classes.join(' ')
  if (tag === 'th' && element.parentElement?.parentElement?.tagName.toLowerCase() === 'thead') {
    props.scope = 'col'
  }
  return createElement(shown, props, ...(shown === 'br' ? [] : children))
}

function convertAll(nodes: NodeListOf<ChildNode>, parentTag: string): ReactNode[] {
  return Array.from(nodes, (child, index) => convert(child, index, parentTag))
}

/**
 * Reads the gateway's HTML draft into React elements: parsed inertly by `DOMParser` (nothing
 * in it runs), then only the tags of a report (headings, paragraphs, emphasis, tables, lists)
 * are kept, with none of their attributes but a few known classes. Nothing is set as HTML.
 */
export function readReportHtml(html: string): ReportView {
  const document = new DOMParser().parseFromString(html, 'text/html')
  const secrecy =
    document.querySelector('meta[name="secrecy"]')?.getAttribute('content')?.trim() || 'PUBLIC'
  return { secrecy, content: convertAll(document.body.childNodes, 'body') }
}
