import { operatorCaller } from '@chidao/app'
import {
  BundleMergeConflictError,
  formatBundleProblems,
  importBundle,
  loadBundle,
  readBundleFile,
} from '@chidao/db'
import { type Command, UsageError } from './command.js'
import { describeImport } from './describe-import.js'
import { openConfiguredDatabase } from './open-configured-database.js'

/** Who runs this command: the deployment's operator (`@chidao/app`). */
const OPERATOR = operatorCaller('import')

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
    const read = await readBundleFile(file)
    const loaded = read.ok ? loadBundle(read.value, file) : read
    if (!loaded.ok) {
      stderr.write(
        `${formatBundleProblems(loaded.error)}\n${loaded.error.length} problem(s); nothing was imported.\n`,
      )
      return 1
    }
    stdout.write(
      `Importing ${loaded.value.organizations.length} organisations, ${loaded.value.directives.length} directives, ${loaded.value.tasks.length} tasks…\n`,
    )
    const db = await openConfiguredDatabase(config())
    try {
      const report = await importBundle(
        db,
        loaded.value,
        { actor: OPERATOR.actor },
        {
          // The operator of the deployment: an ADMIN at every level.
          clearance: OPERATOR.clearance,
          // Progress goes to stderr, so that stdout keeps only the report.
          onProgress: (stage, done, total) => {
            if (stage === 'done') stderr.write('  committed\n')
            else if (done === 0) stderr.write(`  ${stage}: ${total}\n`)
            else stderr.write(`  ${stage}: ${done}/${total}\n`)
          },
        },
      )
      stdout.write(`${describeImport(report)}\n`)
      return 0
    } catch (error) {
      if (!(error instanceof BundleMergeConflictError)) throw error
      const { problem } = error
      stderr.write(
        `${file} ${problem.path.join('.')}: [${problem.code}] ${problem.message} / ${problem.messageVi}\n`,
      )
      return 1
    } finally {
      await db.close()
    }
  },
}
