// Shows that each rule of scripts/architecture-rules.mjs fires: a small tree breaking every one
// of them is checked, then the same tree with the breaks removed.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { IMPORT_RULES, REACH_RULES } from './architecture-rules.mjs'
import { importViolations, reachViolations } from './check-architecture.mjs'

const BROKEN = {
  'packages/domain/src/index.ts':
    "import { readFile } from 'node:fs/promises'\nexport const x = readFile\n",
  'packages/app/src/index.ts':
    "import { GraphQLError } from 'graphql'\nexport { schema } from '../../../apps/gateway/src/schema/types/task.ts'\nexport const e = GraphQLError\n",
  'packages/app/src/task/cascade-task.ts': 'export const cascadeTask = 1\n',
  'packages/db/src/index.ts':
    "export { cascadeTask } from '../../app/src/task/cascade-task.ts'\nexport { server } from '../../../apps/gateway/src/server.ts'\n",
  'packages/report-docx/src/index.ts': "export { openDatabase } from '../../db/src/index.ts'\n",
  'packages/spreadsheet/src/index.ts':
    "export { drawUpTaskWorkbook } from '../../app/src/index.ts'\n",
  'packages/notify/src/index.ts': "export { openDatabase } from '../../db/src/index.ts'\n",
  'packages/intake/src/index.ts':
    "export { cascadeTask } from '../../app/src/task/cascade-task.ts'\n",
  'packages/report-docx/src/read.ts': "export { readIntake } from '../../intake/src/index.ts'\n",
  'apps/gateway/src/server.ts': 'export const server = 1\n',
  'apps/gateway/src/schema/types/task.ts':
    "import { openDatabase } from '../../../../../packages/db/src/index.ts'\nexport const schema = openDatabase\nexport const tasks = (context) => context.tenant.tasks.list({})\n",
  'apps/gateway/src/cli/export-command.ts':
    "import { openDatabase } from '../../../../packages/db/src/index.ts'\nexport const run = (db) => db.forTenant('demo')\nexport const o = openDatabase\n",
  'apps/gateway/src/schema/loaders/task-loaders.ts':
    'export const loadTasks = (ids, context) => context.tenant.tasks.findByIds(ids)\n',
  'apps/gateway/src/cli/report-command.ts':
    'export const reports = (context, ids) => context.tenant.tasks.progressReportsOf(ids)\n',
  'apps/gateway/src/cli/cli-composition.ts':
    "import { openDatabase } from '../../../../packages/db/src/index.ts'\nexport const open = (db) => db.forTenant('demo') ?? openDatabase\n",
  'apps/web/src/main.ts':
    "export { cascadeTask } from '../../../packages/app/src/task/cascade-task.ts'\nexport { server } from '../../gateway/src/server.ts'\n",
}

const CLEAN = {
  'packages/domain/src/index.ts': 'export const x = 1\n',
  'packages/app/src/index.ts': "export { x } from '../../domain/src/index.ts'\n",
  'packages/db/src/index.ts':
    "export { x } from '../../app/src/index.ts'\nexport const openDatabase = 1\n",
  'packages/report-docx/src/index.ts': "export { x } from '../../domain/src/index.ts'\n",
  'packages/spreadsheet/src/index.ts': "export { x } from '../../domain/src/index.ts'\n",
  'packages/notify/src/index.ts': "export { x } from '../../app/src/index.ts'\n",
  'packages/intake/src/index.ts':
    "export { x } from '../../domain/src/index.ts'\nexport const readIntake = 1\n",
  'apps/gateway/src/cli/draft-command.ts':
    "import { readIntake } from '../../../../packages/intake/src/index.ts'\nexport const run = readIntake\n",
  'apps/gateway/src/schema/types/task.ts':
    "import { x } from '../../../../../packages/app/src/index.ts'\nexport const tasks = (context) => context.loaders.tasks(x)\n",
  'apps/gateway/src/cli/export-command.ts':
    "import { open } from './cli-composition.ts'\nexport const run = open\n",
  'apps/gateway/src/schema/loaders/task-loaders.ts':
    "import { x } from '../../../../../packages/app/src/index.ts'\nexport const loadTasks = (ids, context) => x(context, { ids })\nexport const ours = (event, context) => event.tenantId === context.tenant.tenantId\n",
  'apps/gateway/src/cli/cli-composition.ts':
    "import { openDatabase } from '../../../../packages/db/src/index.ts'\nexport const open = (db) => db.forTenant('demo') ?? openDatabase\n",
  'apps/web/src/main.ts': "export { x } from '../../../packages/domain/src/index.ts'\n",
}

async function writeTree(root, files) {
  await rm(root, { recursive: true, force: true })
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
}

describe('the architecture rules', () => {
  let root
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'chidao-architecture-'))
  })
  after(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('report every broken rule, naming the file', async () => {
    await writeTree(join(root, 'broken'), BROKEN)
    const imports = await importViolations(join(root, 'broken'))
    const reaches = await reachViolations(join(root, 'broken'))
    const fired = new Set([...imports, ...reaches].map((v) => v.rule))
    for (const rule of [...IMPORT_RULES, ...REACH_RULES]) {
      assert.ok(fired.has(rule.name), `${rule.name} did not fire`)
    }
    assert.ok(
      imports.some(
        (v) => v.rule === 'resolvers-call-use-cases' && v.from.endsWith('types/task.ts'),
      ),
    )
    for (const file of ['loaders/task-loaders.ts', 'cli/report-command.ts']) {
      assert.ok(
        reaches.some((v) => v.rule === 'adapters-never-call-repositories' && v.from.endsWith(file)),
        `a repository call in ${file} is reported`,
      )
    }
    assert.ok(!imports.some((v) => v.from.endsWith('cli-composition.ts')), 'composition is allowed')
    assert.ok(!reaches.some((v) => v.from.endsWith('cli-composition.ts')), 'composition is allowed')
  })

  it('report nothing once the dependencies point one way', async () => {
    await writeTree(join(root, 'clean'), CLEAN)
    assert.deepEqual(await importViolations(join(root, 'clean')), [])
    assert.deepEqual(await reachViolations(join(root, 'clean')), [])
  })
})
