// Writes schema.graphql from the code-first schema; `--check` fails when the file is stale.
import { readFile, writeFile } from 'node:fs/promises'
import { printSchema } from 'graphql'
import { schema } from '../src/schema/index.js'

const file = new URL('../schema.graphql', import.meta.url)
const header =
  '# Generated from the Pothos schema by `npm run schema -w @chidao/gateway`. Do not edit.\n\n'
const sdl = `${header}${printSchema(schema)}\n`
if (process.argv.includes('--check')) {
  const current = await readFile(file, 'utf8').catch(() => '')
  if (current !== sdl) {
    process.stderr.write('schema.graphql is out of date: run `npm run schema -w @chidao/gateway`\n')
    process.exit(1)
  }
} else {
  await writeFile(file, sdl)
}
