import { importBundle } from '@chidao/app'
import { asId, type TenantId } from '@chidao/domain'
import { asOperator, formatBundleProblems, readBundle } from './cli-composition.js'
import { type Command, UsageError } from './command.js'
import { describeImport } from './describe-import.js'

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a bundle (JSON or YAML) into the database, all or nothing.',
  help: `Usage: chidao import <file>

Validates the bundle and imports it into its tenant in one transaction: records are matched by
natural key (organisation code; directive symbol, issuer and year; task directive and reference;
assessment key) and created or updated. A bundle with any error is refused whole, every error
listed with its line, column and path. Importing the same bundle twice changes nothing.

The command runs as the operator of the deployment, cleared for every secrecy level (TUYET_MAT):
it sees and may write every record of the tenant. (The importBundle mutation of the API imports
at the caller's own clearance instead.)
`,
  async run({ args, config, stdout, stderr }) {
    const file = args[0]
    if (!file || args.length > 1) throw new UsageError('import takes exactly one file')
    const loaded = await readBundle(file)
    if (!loaded.ok) {
      stderr.write(
        `${formatBundleProblems(loaded.error)}\n${loaded.error.length} problem(s); nothing was imported.\n`,
      )
      return 1
    }
    const bundle = loaded.value
    stdout.write(
      `Importing ${bundle.organizations.length} organisations, ${bundle.directives.length} directives, ${bundle.tasks.length} tasks…\n`,
    )
    const result = await asOperator(
      config(),
      'import',
      asId<TenantId>(bundle.tenant.id),
      (context) =>
        importBundle(context, {
          bundle,
          // Progress goes to stderr, so that stdout keeps only the report.
          onProgress: (stage, done, total) => {
            if (stage === 'done') stderr.write('  committed\n')
            else if (done === 0) stderr.write(`  ${stage}: ${total}\n`)
            else stderr.write(`  ${stage}: ${done}/${total}\n`)
          },
        }),
    )
    if (result.ok) {
      stdout.write(`${describeImport(result.value)}\n`)
      return 0
    }
    const { code, path, message, messageVi } = result.error
    // The use case names the bundle `bundle`; here it is the file.
    const at = (path[0] === 'bundle' ? path.slice(1) : path).join('.')
    stderr.write(`${file} ${at}: [${code}] ${message} / ${messageVi}\n`)
    return 1
  },
}
