#!/usr/bin/env node
// The `chidao` command. A committed file, so that npm links the command at install time, before
// the first build has written dist/.
import '../dist/main.js'
