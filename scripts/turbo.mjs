#!/usr/bin/env node
// Runs turbo with its telemetry off: nothing chidao runs may reach the internet.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const bin = require.resolve('turbo/bin/turbo')
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
  },
})
process.exit(result.status ?? 1)
