import { type BundleImportReport, type ImportCounts, importBundle } from '@chidao/app'
import { scopeFor } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder } from '../../builder.js'
import { resultOf, useCaseContext } from '../support/use-case-call.js'
import { WRITE_ERRORS } from './mutation-support.js'

const ImportBundleInput = builder.inputType('ImportBundleInput', {
  fields: (t) => ({
    bundle: t.string({ description: 'The bundle as JSON or YAML text.' }),
    fileName: t.string({
      required: false,
      description: 'Named in error messages; default "bundle".',
    }),
  }),
})

const ImportCountsRef = builder.objectRef<ImportCounts>('ImportCounts').implement({
  fields: (t) => ({
    created: t.exposeInt('created'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
  }),
})

const ImportBundlePayload = builder.objectRef<BundleImportReport>('ImportBundlePayload').implement({
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
  }),
})

builder.mutationFields((t) => ({
  importBundle: t.field({
    description:
      "Imports a bundle into the caller's tenant, all or nothing, matching records by natural key. " +
      'ADMIN only. A bundle with problems is refused whole: the ValidationError lists every one ' +
      "with its line, column and path. The import sees and writes only what the caller's " +
      'clearance allows: a record it cannot see is neither matched nor counted (the bundle ' +
      'record is written at its own level, as if the hidden one did not exist), and a document ' +
      'marked above the clearance refuses the bundle (SECRECY_ABOVE_CLEARANCE at its path).',
    type: ImportBundlePayload,
    authScopes: scopeFor('bundle.import'),
    unauthorizedResolver: typedRefusal,
    errors: { types: [...WRITE_ERRORS], directResult: true, union: { name: 'ImportBundleResult' } },
    args: { input: t.arg({ type: ImportBundleInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      resultOf(
        await importBundle(useCaseContext(context), {
          bundle: input.bundle,
          fileName: input.fileName ?? 'bundle',
        }),
      ),
  }),
}))
