import { importBundle } from '@chidao/app'
import { asId, type TenantId } from '@chidao/domain'
import { asOperator, exampleBundle } from './cli-composition.js'
import type { Command } from './command.js'
import { describeImport } from './describe-import.js'

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Load the example bundle (the Conclusion 93 programme) into the database.',
  help: `Usage: chidao seed

Loads the example bundle shipped with chidao: Chỉ thị 42-CT/TW, Kết luận 93-KL/TW and an
illustrative provincial programme with its organisations, tasks, reports and an interim review,
into the tenant "demo". Idempotent: seeding twice changes nothing the second time. Runs as the
operator of the deployment, cleared for every secrecy level (the example holds a Mật notice).
`,
  async run({ config, stdout, stderr }) {
    const bundle = await exampleBundle()
    const result = await asOperator(config(), 'seed', asId<TenantId>(bundle.tenant.id), (context) =>
      importBundle(context, { bundle }),
    )
    if (result.ok) {
      stdout.write(`${describeImport(result.value)}\n`)
      return 0
    }
    const { code, path, message, messageVi } = result.error
    stderr.write(`${path.join('.')}: [${code}] ${message} / ${messageVi}\n`)
    return 1
  },
}
