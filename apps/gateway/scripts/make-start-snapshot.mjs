#!/usr/bin/env node
// The last step of the gateway's build: writes dist/snapshot/, a migrated embedded database
// holding the example bundle, which a first `npm start` on a fresh data directory loads instead
// of creating, migrating and seeding one (see src/start-snapshot/).
import { makeStartSnapshot } from '../dist/start-snapshot/make-start-snapshot.js'

const started = performance.now()
const manifest = await makeStartSnapshot()
console.log(
  `start snapshot: ${manifest.migrations.length} migrations, example loaded, in ${Math.round(performance.now() - started)} ms`,
)
