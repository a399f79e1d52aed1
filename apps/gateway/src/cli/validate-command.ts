import { formatBundleProblems, readBundle } from './cli-composition.js'
import { type Command, UsageError } from './command.js'

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a bundle file and list every problem with its line and column.',
  help: `Usage: chidao validate <file>

Reads a JSON or YAML bundle and reports every problem at once, one per line:
file:line:column path: [CODE] English message / Vietnamese message. Touches no database.
Exit code 0 when the bundle is valid, 1 when it is not.
`,
  async run({ args, stdout, stderr }) {
    const file = args[0]
    if (!file || args.length > 1) throw new UsageError('validate takes exactly one file')
    const loaded = await readBundle(file)
    if (loaded.ok) {
      const b = loaded.value
      stdout.write(
        `${file}: valid bundle for tenant ${b.tenant.id} — ${b.organizations.length} organisations, ${b.directives.length} directives, ${b.tasks.length} tasks, ${b.assessments.length} assessments\n`,
      )
      return 0
    }
    stderr.write(`${formatBundleProblems(loaded.error)}\n${loaded.error.length} problem(s)\n`)
    return 1
  },
}
