import { runChidao } from '../../src/cli/run-chidao.js'
import { type GatewayConfig, readConfig } from '../../src/config.js'

/** What one run of `chidao` answered: its exit code and what it wrote. */
export interface ChidaoRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** A stream that keeps what is written to it. */
function sink() {
  let text = ''
  const stream = {
    write: (chunk: string) => {
      text += chunk
      return true
    },
  } as unknown as NodeJS.WritableStream
  return { stream, text: () => text }
}

/**
 * Runs a `chidao` command line in this process, as `main.ts` does, collecting what it writes:
 * the arguments are read by the same program, and the exit code is the process's would be.
 * `config` defaults to the environment's (`vi.stubEnv` changes it).
 *
 * @example
 * ```ts
 * const { code, stderr } = await chidaoInProcess(['token', '--role', 'BOSS'])
 * ```
 */
export async function chidaoInProcess(
  args: readonly string[],
  config: () => GatewayConfig = () => readConfig(),
): Promise<ChidaoRun> {
  const stdout = sink()
  const stderr = sink()
  const code = await runChidao(args, { config, stdout: stdout.stream, stderr: stderr.stream })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}
