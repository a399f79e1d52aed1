import { bulletText, formatListNumber } from './list-label.js'
import {
  attributeOf,
  childNamed,
  childrenNamed,
  tagOf,
  wordValue,
  type XmlNode,
} from './xml-node.js'

interface ListLevel {
  readonly start: number
  readonly format: string
  readonly text: string
  /** `w:lvlRestart`: restart after a use of this level (1-based) or a shallower one; 0 never. */
  readonly restart?: number
  /** `w:isLgl`: every number in the label written as a decimal ("1.1" under "I."). */
  readonly legal: boolean
}

interface ConcreteList {
  readonly abstractId: string
  /** `w:lvlOverride/w:startOverride` by level: the list restarts there on its first use. */
  readonly startOverrides: ReadonlyMap<number, number>
  /** `w:lvlOverride/w:lvl`: a level redefined for this list only. */
  readonly levelOverrides: ReadonlyMap<number, ListLevel>
}

function listLevel(lvl: XmlNode): ListLevel {
  const restart = wordValue(lvl, 'w:lvlRestart')
  return {
    start: Number(wordValue(lvl, 'w:start') ?? '1'),
    format: wordValue(lvl, 'w:numFmt') ?? 'decimal',
    text: wordValue(lvl, 'w:lvlText') ?? '',
    ...(restart === undefined ? {} : { restart: Number(restart) }),
    legal: childNamed(lvl, 'w:isLgl') !== undefined,
  }
}

function levelsOf(node: XmlNode): Map<number, ListLevel> {
  const levels = new Map<number, ListLevel>()
  for (const lvl of childrenNamed(node, 'w:lvl')) {
    levels.set(Number(attributeOf(lvl, 'w:ilvl') ?? '0'), listLevel(lvl))
  }
  return levels
}

/**
 * Word's automatic list numbering (`word/numbering.xml`) played forward over the paragraphs in
 * reading order, giving each numbered paragraph the label Word shows: "II.", "1.", "a)", "-".
 *
 * As Word does, the counters belong to the abstract list: two lists (`w:num`) sharing one
 * definition continue each other unless one says where to restart (`w:startOverride`); using a
 * level resets the levels below it (or as `w:lvlRestart` says).
 */
export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, ListLevel>>()
  private readonly lists = new Map<string, ConcreteList>()
  private readonly counters = new Map<string, Map<number, number>>()
  private readonly usedLists = new Set<string>()

  constructor(numbering: readonly XmlNode[]) {
    const root = numbering.find((n) => tagOf(n) === 'w:numbering')
    if (root === undefined) return
    for (const abstract of childrenNamed(root, 'w:abstractNum')) {
      const id = attributeOf(abstract, 'w:abstractNumId')
      if (id !== undefined) this.abstracts.set(id, levelsOf(abstract))
    }
    for (const num of childrenNamed(root, 'w:num')) {
      const id = attributeOf(num, 'w:numId')
      const abstractId = wordValue(num, 'w:abstractNumId')
      if (id === undefined || abstractId === undefined) continue
      const startOverrides = new Map<number, number>()
      const levelOverrides = new Map<number, ListLevel>()
      for (const override of childrenNamed(num, 'w:lvlOverride')) {
        const ilvl = Number(attributeOf(override, 'w:ilvl') ?? '0')
        const start = wordValue(override, 'w:startOverride')
        if (start !== undefined) startOverrides.set(ilvl, Number(start))
        const lvl = childNamed(override, 'w:lvl')
        if (lvl !== undefined) levelOverrides.set(ilvl, listLevel(lvl))
      }
      this.lists.set(id, { abstractId, startOverrides, levelOverrides })
    }
  }

  /**
   * The label of the next paragraph of list `numId` at level `ilvl`, counting it; undefined
   * where the list or level is not defined (`w:numId="0"` removes numbering).
   */
  next(numId: string, ilvl: number): string | undefined {
    const list = this.lists.get(numId)
    if (list === undefined) return undefined
    const level = this.levelOf(list, ilvl)
    if (level === undefined) return undefined
    const counters = this.countersOf(list.abstractId)
    if (!this.usedLists.has(numId)) {
      this.usedLists.add(numId)
      for (const [at, start] of list.startOverrides) counters.set(at, start - 1)
    }
    counters.set(ilvl, (counters.get(ilvl) ?? level.start - 1) + 1)
    for (const [deeper] of [...counters]) {
      if (deeper <= ilvl) continue
      const restart = this.levelOf(list, deeper)?.restart
      if (restart === undefined || (restart !== 0 && restart <= ilvl + 1)) counters.delete(deeper)
    }
    if (level.format === 'bullet') return bulletText(level.text)
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1
      const shown = this.levelOf(list, at)
      const value = counters.get(at) ?? shown?.start ?? 1
      const format = level.legal ? 'decimal' : (shown?.format ?? 'decimal')
      return formatListNumber(value, format)
    })
  }

  private levelOf(list: ConcreteList, ilvl: number): ListLevel | undefined {
    return list.levelOverrides.get(ilvl) ?? this.abstracts.get(list.abstractId)?.get(ilvl)
  }

  private countersOf(abstractId: string): Map<number, number> {
    let counters = this.counters.get(abstractId)
    if (counters === undefined) {
      counters = new Map()
      this.counters.set(abstractId, counters)
    }
    return counters
  }
}
