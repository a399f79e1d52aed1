#!/usr/bin/env node
import { runChidao } from './cli/run-chidao.js'
import { readConfig } from './config.js'

runChidao(process.argv.slice(2), {
  config: () => readConfig(),
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code
})
