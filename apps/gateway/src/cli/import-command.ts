import { importBundle } from '@chidao/app'
import { asId, type TenantId, warningLine } from '@chidao/domain'
import { Command } from '@commander-js/extra-typings'
import { asOperator, formatBundleProblems, readBundle } from './cli-composition.js'
import type { CommandBuilder } from './command.js'
import { describeImport } from './describe-import.js'
import { prose } from './help-text.js'

export const importCommand: CommandBuilder = ({ config, stdout, stderr, fail }) =>
  new Command('import')
    .summary('import a bundle (JSON or YAML) into the database, all or nothing')
    .description(
      prose(`
Validates the bundle and imports it into its tenant in one transaction: records are matched by
natural key (organisation code; directive symbol, issuer and year; task directive and reference;
assessment key) and created or updated. A bundle with any error is refused whole, every error
listed with its line, column and path (exit code 1). Importing the same bundle twice changes
nothing. Progress goes to standard error; the last line says what was written where.

With --dry-run the whole import runs against the database — the same checks, natural keys and
counts — inside a transaction that is rolled back: the answer says what the import would do, or
every problem it would refuse the bundle for, and nothing is written.

The command runs as the operator of the deployment, cleared for every secrecy level (TUYET_MAT):
it sees and may write every record of the tenant. (The importBundle mutation of the API imports
at the caller's own clearance instead.)`),
    )
    .argument('<file>', 'the bundle, JSON or YAML (chidao bundle init writes a starter)')
    .option('--dry-run', 'check the import against the database, then roll it back')
    .action(async (file, options) => {
      const dryRun = options.dryRun ?? false
      const loaded = await readBundle(file)
      if (!loaded.ok) {
        stderr.write(
          `${formatBundleProblems(loaded.error)}\n${loaded.error.length} problem(s); nothing was imported.\n`,
        )
        return fail()
      }
      const bundle = loaded.value
      stderr.write(
        `${dryRun ? 'Checking' : 'Importing'} ${bundle.organizations.length} organisations, ${bundle.directives.length} directives, ${bundle.tasks.length} tasks…\n`,
      )
      const { result, location } = await asOperator(
        config(),
        'import',
        asId<TenantId>(bundle.tenant.id),
        async (context, location) => ({
          result: await importBundle(context, {
            bundle,
            dryRun,
            // Progress goes to stderr, so that stdout keeps only the line saying what was done.
            onProgress: (stage, done, total) => {
              if (stage === 'done')
                stderr.write(dryRun ? '  rolled back (dry run)\n' : '  committed\n')
              else if (done === 0) stderr.write(`  ${stage}: ${total}\n`)
              else stderr.write(`  ${stage}: ${done}/${total}\n`)
            },
          }),
          location,
        }),
      )
      if (result.ok) {
        stdout.write(`${describeImport(result.value, file, location)}\n`)
        // One line per warning, "path: vi / en", for the person who wrote the bundle.
        for (const warning of result.value.warnings) stdout.write(`${warningLine(warning)}\n`)
        return
      }
      const { code, path, message, messageVi } = result.error
      // The use case names the bundle `bundle`; here it is the file.
      const at = (path[0] === 'bundle' ? path.slice(1) : path).join('.')
      stderr.write(`${file} ${at}: [${code}] ${message} / ${messageVi}\n`)
      fail()
    })
