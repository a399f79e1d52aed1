#!/usr/bin/env node
import { DatabaseUnavailableError, DataDirectoryInUseError } from '@chidao/db'
import { UsageError } from './cli/command.js'
import { COMMANDS, mainHelp } from './cli/commands.js'
import { ConfigError, readConfig } from './config.js'

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp())
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    process.stderr.write(`chidao: unknown command "${name}"\n\n${mainHelp()}`)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.help)
    return 0
  }
  try {
    return await command.run({
      args,
      config: () => readConfig(),
      stdout: process.stdout,
      stderr: process.stderr,
    })
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      process.stderr.write(`chidao ${name}: ${(error as Error).message}\n\n${command.help}`)
      return 2
    }
    throw error
  }
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  )
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof DataDirectoryInUseError) {
      process.stderr.write(`chidao: [${error.code}] ${error.message}\n`)
    } else if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
      process.stderr.write(`chidao: ${error.message}\n`)
    } else if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      process.stderr.write(`chidao: ${error.message}\n`)
    } else {
      process.stderr.write(
        `chidao: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      )
    }
    process.exitCode = 1
  },
)
