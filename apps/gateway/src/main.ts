#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { DatabaseUnavailableError, openDatabase } from '@chidao/db'
import { ConfigError, readConfig } from './config.js'
import { createLogger } from './logger.js'
import { startGateway } from './server.js'

const HELP = `chidao — following how directives are carried out

Usage: chidao <command> [options]

Commands:
  serve      Serve the GraphQL gateway (what \`npm start\` runs). Migrates first.
  migrate    Bring the database schema up to date, then exit.

Options:
  -h, --help     Show this help (or a command's: chidao <command> --help)

Environment:
  PORT (4000), HOST (127.0.0.1), DATABASE_URL (postgres://…; unset: embedded PGlite),
  CHIDAO_DATA_DIR (.chidao/data; memory:// for in-memory), CHIDAO_TENANT (demo), LOG_LEVEL (info)
`

const COMMAND_HELP: Record<string, string> = {
  serve: `Usage: chidao serve\n\nServes GraphQL on http://HOST:PORT/graphql, GraphiQL in a browser, /health and /ready.\nMigrates the database and creates the tenant on start. Stops cleanly on SIGINT or SIGTERM.\n`,
  migrate: `Usage: chidao migrate\n\nApplies pending migrations to DATABASE_URL or the embedded database, then exits.\n`,
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
    strict: true,
  })
  const command = positionals[0]
  if (!command) {
    process.stdout.write(HELP)
    return values.help ? 0 : 2
  }
  if (!(command in COMMAND_HELP)) {
    process.stderr.write(`chidao: unknown command "${command}"\n\n${HELP}`)
    return 2
  }
  if (values.help) {
    process.stdout.write(COMMAND_HELP[command]!)
    return 0
  }
  const config = readConfig()
  const logger = createLogger(config.logLevel)
  if (command === 'migrate') {
    const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir })
    try {
      const report = await db.migrate()
      process.stdout.write(
        report.applied.length
          ? `Applied ${report.applied.length} migration(s) to ${db.location}: ${report.applied.join(', ')}\n`
          : `${db.location} is up to date.\n`,
      )
    } finally {
      await db.close()
    }
    return 0
  }
  const gateway = await startGateway(config, logger)
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, `received ${signal}, draining requests and stopping`)
      gateway.stop().then(resolve, (error) => {
        logger.error({ err: error }, 'error while stopping')
        resolve()
      })
    }
    process.once('SIGINT', () => stop('SIGINT'))
    process.once('SIGTERM', () => stop('SIGTERM'))
  })
  logger.info('stopped')
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
      process.stderr.write(`chidao: ${error.message}\n`)
    } else if (
      error instanceof TypeError &&
      String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`chidao: ${error.message}\n`)
    } else {
      process.stderr.write(
        `chidao: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      )
    }
    process.exitCode = 1
  },
)
