import { importBundle } from '@chidao/app'
import { asId, type TenantId } from '@chidao/domain'
import { Command } from '@commander-js/extra-typings'
import { asOperator, exampleBundle } from './cli-composition.js'
import type { CommandBuilder } from './command.js'
import { describeImport } from './describe-import.js'
import { prose } from './help-text.js'

export const seedCommand: CommandBuilder = ({ config, stdout, stderr, fail }) =>
  new Command('seed')
    .summary('load the example bundle (the Conclusion 93 programme) into the database')
    .description(
      prose(`
Loads the example bundle shipped with chidao: Chỉ thị 42-CT/TW, Kết luận 93-KL/TW and an
illustrative provincial programme with its organisations, tasks, reports and an interim review,
into the tenant "demo". Idempotent: seeding twice changes nothing the second time. Runs as the
operator of the deployment, cleared for every secrecy level (the example holds a Mật notice).`),
    )
    .action(async () => {
      const bundle = await exampleBundle()
      const { result, location } = await asOperator(
        config(),
        'seed',
        asId<TenantId>(bundle.tenant.id),
        async (context, location) => ({
          result: await importBundle(context, { bundle }),
          location,
        }),
      )
      if (result.ok) {
        stdout.write(`${describeImport(result.value, 'the example bundle', location)}\n`)
        return
      }
      const { code, path, message, messageVi } = result.error
      stderr.write(`${path.join('.')}: [${code}] ${message} / ${messageVi}\n`)
      fail()
    })
