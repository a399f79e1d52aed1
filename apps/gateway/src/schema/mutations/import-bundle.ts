import { type ImportCounts, importBundle } from '@chidao/app'
import { builder } from '../../builder.js'
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

writeMutation('importBundle', {
  description:
    "Imports a bundle into the caller's tenant, all or nothing, matching records by natural key. " +
    'ADMIN only. A bundle with problems is refused whole: the ValidationError lists every one ' +
    "with its line, column and path. The import sees and writes only what the caller's " +
    'clearance allows: a record it cannot see is neither matched nor counted (the bundle ' +
    'record is written at its own level, as if the hidden one did not exist), and a document ' +
    'marked above the clearance refuses the bundle (SECRECY_ABOVE_CLEARANCE at its path).',
  action: 'bundle.import',
  input: {
    fields: (t) => ({
      bundle: t.string({ description: 'The bundle as JSON or YAML text.' }),
      fileName: t.string({
        required: false,
        description: 'Named in error messages; default "bundle".',
      }),
    }),
  },
  run: (input, context) =>
    importBundle(useCaseContext(context), {
      bundle: input.bundle,
      fileName: input.fileName ?? 'bundle',
    }),
  payload: {
    description:
      'What the import did, per kind of record. A second import of the same bundle changes nothing.',
    fields: (t) => ({
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
