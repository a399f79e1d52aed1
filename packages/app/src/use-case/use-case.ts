/**
 * What a use case is written with, in one import: how it is called (`UseCaseContext`,
 * `changeOf`) and how it ends (`runUseCase`, `abort`, `orAbort`, `enforce`, typed codes).
 */
export * from './use-case-context.js'
export * from './use-case-error.js'
