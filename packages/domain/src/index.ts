/**
 * @packageDocumentation
 * `@chidao/domain` — the model and rules of directive implementation in Vietnam, as pure
 * TypeScript: no I/O, no runtime dependencies, usable in Node and in browsers.
 */

// Core values
export * from './result.js'
export * from './domain-error.js'
export * from './label.js'
export * from './ids.js'
export * from './calendar/iso-date.js'
export * from './text/nfc.js'

// Text: dates, numerals, search, collation, document symbols, citations (section: text)

// Organisations (section: organization)

// Directives (section: directive)
export * from './directive/directive-kind.js'

// Tasks, deadlines, timeliness, roll-up (section: task)

// Assessments, ratings, scorecards (section: assessment)

// Bundles (section: bundle)

// Ports implemented by persistence (section: ports)
