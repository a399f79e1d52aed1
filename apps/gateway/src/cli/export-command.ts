import { writeFile } from 'node:fs/promises'
import { exportBundle, keysStoredTwiceOf } from '@chidao/app'
import { bundleToJson } from '@chidao/domain'
import { stringify } from 'yaml'
import { asOperator } from './cli-composition.js'
import { type Command, optionsOf, tenantOf, UsageError } from './command.js'

export const exportCommand: Command = {
  name: 'export',
  summary: "Export a tenant's data as a bundle (JSON, or YAML with --format yaml).",
  help: `Usage: chidao export [--out <file>] [--format json|yaml] [--tenant <id>]

Writes everything the tenant holds as a bundle, to the file or to standard output. The JSON is
canonical: the same data always gives the same bytes, and importing an export then exporting
again gives it back unchanged. The tenant defaults to CHIDAO_TENANT. Runs as the operator of the
deployment: every secrecy level is exported.

A bundle holds one record per natural key and no secrecy level in it. A tenant where a document,
task reference or assessment key is stored at two secrecy levels (one created by a caller who
could not see the other) cannot be written as one: the export is refused, each pair named, exit 1.
`,
  async run({ args, config, stdout, stderr }) {
    const values = optionsOf(args, {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', default: 'json' },
      tenant: { type: 'string' },
    })
    if (values.format !== 'json' && values.format !== 'yaml') {
      throw new UsageError(`--format must be json or yaml, got "${values.format}"`)
    }
    const settings = config()
    const tenant = tenantOf(values.tenant ?? settings.tenantId)
    const result = await asOperator(settings, 'export', tenant, exportBundle)
    if (!result.ok) {
      const problems = keysStoredTwiceOf(result.error)
      for (const p of problems) {
        stderr.write(`${p.path.join('.')}: [${p.code}] ${p.message} / ${p.messageVi}\n`)
      }
      stderr.write(`${problems.length} problem(s); nothing was exported.\n`)
      return 1
    }
    const json = bundleToJson(result.value.bundle)
    const text = values.format === 'yaml' ? stringify(JSON.parse(json), { lineWidth: 0 }) : json
    if (values.out) await writeFile(values.out, text)
    else stdout.write(text)
    return 0
  },
}
