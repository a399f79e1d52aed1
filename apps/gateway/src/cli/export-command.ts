import { writeFile } from 'node:fs/promises'
import { exportBundle, keysStoredTwiceOf } from '@chidao/app'
import { bundleToJson } from '@chidao/domain'
import { Command, Option } from '@commander-js/extra-typings'
import { stringify } from 'yaml'
import { asOperator } from './cli-composition.js'
import type { CommandBuilder } from './command.js'
import { outOption, tenantOption } from './command-options.js'
import { prose } from './help-text.js'

export const exportCommand: CommandBuilder = ({ config, stdout, stderr, fail }) =>
  new Command('export')
    .summary("export a tenant's data as a bundle (JSON, or YAML with --format yaml)")
    .description(
      prose(`
Writes everything the tenant holds as a bundle, to the file or to standard output. The JSON is
canonical: the same data always gives the same bytes, and importing an export then exporting
again gives it back unchanged. Runs as the operator of the deployment: every secrecy level is
exported.

A bundle holds one record per natural key and no secrecy level in it. A tenant where a document,
task reference or assessment key is stored at two secrecy levels (one created by a caller who
could not see the other) cannot be written as one: the export is refused, each pair named, exit
code 1. So is a tenant nothing was imported into yet.`),
    )
    .addOption(outOption('the bundle'))
    .addOption(
      new Option('--format <format>', 'the bundle as')
        .choices(['json', 'yaml'] as const)
        .default('json' as const),
    )
    .addOption(tenantOption())
    .action(async (options) => {
      const settings = config()
      const tenant = options.tenant ?? settings.tenantId
      const { result, location } = await asOperator(
        settings,
        'export',
        tenant,
        async (context, location) => ({ result: await exportBundle(context), location }),
      )
      if (!result.ok) {
        const problems = keysStoredTwiceOf(result.error)
        for (const p of problems) {
          const at = p.path.length > 0 ? p.path.join('.') : location
          stderr.write(`${at}: [${p.code}] ${p.message} / ${p.messageVi}\n`)
        }
        if (problems.length > 1)
          stderr.write(`${problems.length} problem(s); nothing was exported.\n`)
        return fail()
      }
      const { bundle } = result.value
      const json = bundleToJson(bundle)
      const text = options.format === 'yaml' ? stringify(JSON.parse(json), { lineWidth: 0 }) : json
      const what = `tenant ${tenant} (${bundle.organizations.length} organisations, ${bundle.directives.length} directives, ${bundle.tasks.length} tasks, ${bundle.assessments.length} assessments) from ${location}`
      if (options.out) {
        await writeFile(options.out, text)
        stdout.write(`Exported ${what} to ${options.out}\n`)
      } else {
        stdout.write(text)
        stderr.write(`Exported ${what} to standard output\n`)
      }
    })
