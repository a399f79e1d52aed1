import { operatorCaller } from '@chidao/app'
import { importBundle, loadExampleBundle } from '@chidao/db'
import type { Command } from './command.js'
import { describeImport } from './describe-import.js'
import { openConfiguredDatabase } from './open-configured-database.js'

/** Who runs this command: the deployment's operator (`@chidao/app`). */
const OPERATOR = operatorCaller('seed')

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Load the example bundle (the Conclusion 93 programme) into the database.',
  help: `Usage: chidao seed

Loads the example bundle shipped with chidao: Chỉ thị 42-CT/TW, Kết luận 93-KL/TW and an
illustrative provincial programme with its organisations, tasks, reports and an interim review,
into the tenant "demo". Idempotent: seeding twice changes nothing the second time. Runs as the
operator of the deployment, cleared for every secrecy level (the example holds a Mật notice).
`,
  async run({ config, stdout }) {
    const db = await openConfiguredDatabase(config())
    try {
      const report = await importBundle(
        db,
        await loadExampleBundle(),
        { actor: OPERATOR.actor },
        { clearance: OPERATOR.clearance },
      )
      stdout.write(`${describeImport(report)}\n`)
      return 0
    } finally {
      await db.close()
    }
  },
}
