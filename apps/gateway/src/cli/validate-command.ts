import { Command } from '@commander-js/extra-typings'
import { formatBundleProblems, readBundle } from './cli-composition.js'
import type { CommandBuilder } from './command.js'
import { prose } from './help-text.js'

export const validateCommand: CommandBuilder = ({ stdout, stderr, fail }) =>
  new Command('validate')
    .summary('check a bundle file and list every problem with its line and column')
    .description(
      prose(`
Reads a JSON or YAML bundle and reports every problem at once, one per line:
file:line:column path: [CODE] English message / Vietnamese message. Touches no database.
Exit code 0 when the bundle is valid, 1 when it is not. \`chidao bundle init\` writes a starter
bundle to begin from.`),
    )
    .argument('<file>', 'the bundle, JSON or YAML')
    .action(async (file) => {
      const loaded = await readBundle(file)
      if (loaded.ok) {
        const b = loaded.value
        stdout.write(
          `${file}: valid bundle for tenant ${b.tenant.id} — ${b.organizations.length} organisations, ${b.directives.length} directives, ${b.tasks.length} tasks, ${b.assessments.length} assessments\n`,
        )
        return
      }
      stderr.write(`${formatBundleProblems(loaded.error)}\n${loaded.error.length} problem(s)\n`)
      fail()
    })
