#!/usr/bin/env node
// `npm start`: builds the gateway and what it depends on, and the web app it serves at `/`
// (cached when unchanged), then serves it in this process so that SIGINT and SIGTERM reach the
// server directly.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const turbo = fileURLToPath(new URL('./turbo.mjs', import.meta.url))
const build = spawnSync(
  process.execPath,
  [
    turbo,
    'run',
    'build',
    '--filter=@chidao/gateway...',
    '--filter=@chidao/web',
    '--output-logs=errors-only',
  ],
  { stdio: 'inherit' },
)
if (build.status !== 0) process.exit(build.status ?? 1)
process.argv.splice(2, process.argv.length - 2, 'serve', ...process.argv.slice(2))
await import('../apps/gateway/dist/main.js')
