#!/usr/bin/env node
// `npm run dev`: the gateway restarted on every change of its sources (Node's --watch), and the
// web app's Vite server with hot reload at http://127.0.0.1:5173, which sends /graphql, /reports,
// /ready and /web-config.json to the gateway. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const turbo = fileURLToPath(new URL('./turbo.mjs', import.meta.url))

// The gateway's dependencies are read from their builds; the web app reads the domain's source.
const build = spawnSync(
  process.execPath,
  [turbo, 'run', 'build', '--filter=@chidao/gateway^...', '--output-logs=errors-only'],
  { stdio: 'inherit', cwd: root },
)
if (build.status !== 0) process.exit(build.status ?? 1)

const children = [
  spawn(
    process.execPath,
    [
      '--conditions=@chidao/source',
      '--import',
      'tsx',
      '--watch',
      'apps/gateway/src/main.ts',
      'serve',
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', cwd: root },
  ),
  spawn('npm', ['run', 'dev:vite', '-w', '@chidao/web'], { stdio: 'inherit', cwd: root }),
]

let stopping = false
function stop(code) {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  process.exitCode = code
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0))
for (const child of children) child.on('exit', (code) => stop(code ?? 0))
