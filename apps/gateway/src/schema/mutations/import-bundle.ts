import { type BundleProblem, type ImportCounts, importBundle } from '@chidao/app'
import { builder } from '../../builder.js'
import { ValidationFailure } from '../support/error.js'
import { useCaseContext } from '../support/use-case-call.js'
import { shownWarnings, WarningRef } from '../support/warning.js'
import { writeMutation } from '../support/write-mutation.js'

const ImportCountsRef = builder.objectRef<ImportCounts>('ImportCounts').implement({
  fields: (t) => ({
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
  }),
})

const BundleProblemRef = builder.objectRef<BundleProblem>('BundleProblem').implement({
  description:
    "One thing wrong with a bundle's text, located for a person to fix: where it is (line and " +
    'column of the offending value, its path in the bundle) and what is wrong, in both languages.',
  fields: (t) => ({
    file: t.exposeString('file', { description: 'The name the text was read under (fileName).' }),
    line: t.exposeInt('line', { nullable: true, description: '1-based line; null where unknown.' }),
    column: t.exposeInt('column', {
      nullable: true,
      description: '1-based column; null where unknown.',
    }),
    path: t.exposeString('path', {
      description: 'Path of the offending field, e.g. `tasks[3].lead`; empty for the whole text.',
    }),
    code: t.exposeString('code', { description: 'Stable code, e.g. UNKNOWN_ORGANIZATION.' }),
    message: t.exposeString('message', { description: 'The problem, in English.' }),
    messageVi: t.exposeString('messageVi', { description: 'The problem, in Vietnamese.' }),
  }),
})

builder.objectFields(ValidationFailure, (t) => ({
  bundleProblems: t.field({
    type: [BundleProblemRef],
    description:
      "For INVALID_BUNDLE: every problem of the bundle's text, each with its line, column and " +
      'path, in the order met; empty for any other code.',
    resolve: (failure) =>
      failure.code === 'INVALID_BUNDLE' && Array.isArray(failure.value)
        ? (failure.value as BundleProblem[])
        : [],
  }),
}))

writeMutation('importBundle', {
  description:
    "Imports a bundle into the caller's tenant, all or nothing, matching records by natural key. " +
    'ADMIN only. A bundle with problems is refused whole: the ValidationError lists every one ' +
    "with its line, column and path. The import sees and writes only what the caller's " +
    'clearance allows: a record it cannot see is neither matched nor counted (the bundle ' +
    'record is written at its own level, as if the hidden one did not exist), and a document ' +
    'marked above the clearance refuses the bundle (SECRECY_ABOVE_CLEARANCE at its path). ' +
    'With `dryRun: true` it checks only: the same authorisation, validation and import, rolled ' +
    'back at the end, answering what the import would do (or the same errors) with nothing ' +
    'written.',
  action: 'bundle.import',
  input: {
    fields: (t) => ({
      bundle: t.string({ description: 'The bundle as JSON or YAML text.' }),
      fileName: t.string({
        required: false,
        description: 'Named in error messages; default "bundle".',
      }),
      dryRun: t.boolean({
        required: false,
        defaultValue: false,
        description:
          'Check only (kiểm tra): answer what the import would do, or the errors it would ' +
          'give, and write nothing. Default false.',
      }),
    }),
  },
  run: (input, context) =>
    importBundle(useCaseContext(context), {
      bundle: input.bundle,
      fileName: input.fileName ?? 'bundle',
      dryRun: input.dryRun ?? false,
    }),
  payload: {
    description:
      'What the import did, per kind of record (with `dryRun`, what it would do). A second ' +
      'import of the same bundle changes nothing.',
    fields: (t) => ({
      dryRun: t.exposeBoolean('dryRun', {
        description: 'True when this was a dry run: the counts say what would change; nothing did.',
      }),
      organizations: t.field({ type: ImportCountsRef, resolve: (r) => r.organizations }),
      memberships: t.field({ type: ImportCountsRef, resolve: (r) => r.memberships }),
      directives: t.field({ type: ImportCountsRef, resolve: (r) => r.directives }),
      relations: t.field({ type: ImportCountsRef, resolve: (r) => r.relations }),
      tasks: t.field({ type: ImportCountsRef, resolve: (r) => r.tasks }),
      progressReports: t.field({ type: ImportCountsRef, resolve: (r) => r.progressReports }),
      assessments: t.field({ type: ImportCountsRef, resolve: (r) => r.assessments }),
      warnings: t.field({
        type: [WarningRef],
        description:
          "What the bundle's author should know, though it imported: each task deadline kept " +
          'as written (not understood) or conditional, each directive whose issuer contradicts ' +
          'its symbol, at its path in the bundle.',
        resolve: (r) => shownWarnings(r.warnings, ['input', 'bundle']),
      }),
    }),
  },
})
