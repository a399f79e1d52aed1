/**
 * What a use case is written with, in one import: how it is defined (`defineUseCase`), how it
 * is called (`UseCaseContext`, `changeOf`) and how it ends (`abort`, `orAbort`, `enforce`,
 * typed codes).
 */
export * from './define-batched-read.js'
export * from './define-use-case.js'
export * from './use-case-context.js'
export * from './use-case-error.js'
