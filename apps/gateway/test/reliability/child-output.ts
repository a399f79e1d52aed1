/**
 * The text a child process writes, kept for the tests of the reliability suite and for the
 * benchmarks that start a gateway of their own (bench/gateway): no vitest here, so that a
 * benchmark can import it.
 */
import type { ChildProcess } from 'node:child_process'

/**
 * What the child wrote to standard output and standard error so far, interleaved as it came:
 * for the line a caller waits for, and for the message of a failure. Both streams must be piped.
 *
 * @example
 * ```ts
 * const child = spawn(process.execPath, ['main.js'], { stdio: ['ignore', 'pipe', 'pipe'] })
 * const output = outputOf(child)
 * child.once('exit', () => console.log(output()))
 * ```
 */
export function outputOf(child: ChildProcess): () => string {
  let output = ''
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8')
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  return () => output
}
