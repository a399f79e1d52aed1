import { Command } from '@commander-js/extra-typings'
import { createLogger } from '../logger.js'
import type { CommandBuilder } from './command.js'
import { prose } from './help-text.js'

export const serveCommand: CommandBuilder = ({ config }) =>
  new Command('serve')
    .summary('serve the GraphQL gateway (what `npm start` runs)')
    .description(
      prose(`
Serves GraphQL on http://HOST:PORT/graphql (GraphiQL in a browser), /health and /ready.
Migrates the database on start; on an empty database of the tenant "demo" it loads the
example bundle (set CHIDAO_SEED=none to start empty). Plans and delivers reminders (đôn đốc)
in the same process unless CHIDAO_URGING=off (docs/urging.md). Stops cleanly on SIGINT or
SIGTERM, letting requests and deliveries under way finish.`),
    )
    .action(async () => {
      const settings = config()
      const logger = createLogger(settings.logLevel)
      // Loaded here, not at start: the other commands and `--help` never need the server.
      const { startGateway } = await import('../server.js')
      const gateway = await startGateway(settings, logger)
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          logger.info({ signal }, `received ${signal}, draining requests and stopping`)
          gateway.stop().then(resolve, (error: unknown) => {
            logger.error({ err: error }, 'error while stopping')
            resolve()
          })
        }
        process.once('SIGINT', () => stop('SIGINT'))
        process.once('SIGTERM', () => stop('SIGTERM'))
      })
      logger.info('stopped')
    })
