// Times opening, migrating, importing the example bundle (then again, unchanged) and exporting
// it, on PGlite (in memory) and on a fresh PostgreSQL database, three runs each.
//
//   node --conditions=@chidao/source --import tsx bench/db/bundle-roundtrip.ts
import { exportBundle, importBundle, loadExampleBundle, openDatabase } from '@chidao/db'
import { asId, bundleToJson, type TenantId } from '@chidao/domain'
import pg from 'pg'

const SERVER = 'postgres://postgres@127.0.0.1:5432/postgres'

async function timed<T>(work: () => Promise<T>): Promise<[T, string]> {
  const start = process.hrtime.bigint()
  const result = await work()
  return [result, (Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)]
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const example = await loadExampleBundle()
const rows = []
for (const backend of ['pglite', 'postgres'] as const) {
  for (let run = 1; run <= 3; run++) {
    const name = `chidao_roundtrip_${process.pid}_${run}`
    if (backend === 'postgres') await admin(`create database ${name}`)
    const url = backend === 'postgres' ? SERVER.replace(/\/postgres$/, `/${name}`) : 'memory://'
    try {
      const [db, open] = await timed(() => openDatabase({ url }))
      try {
        const [, migrate] = await timed(() => db.migrate())
        const [, first] = await timed(() =>
          importBundle(db, example, { actor: 'bench' }, { clearance: 'TUYET_MAT' }),
        )
        const [, again] = await timed(() =>
          importBundle(db, example, { actor: 'bench' }, { clearance: 'TUYET_MAT' }),
        )
        const [text, exported] = await timed(async () =>
          bundleToJson(await exportBundle(db, asId<TenantId>(example.tenant.id))),
        )
        rows.push({
          backend,
          run,
          'open ms': open,
          'migrate ms': migrate,
          'import ms': first,
          're-import ms': again,
          'export ms': exported,
          'export bytes': Buffer.byteLength(text),
        })
      } finally {
        await db.close()
      }
    } finally {
      if (backend === 'postgres') await admin(`drop database if exists ${name} with (force)`)
    }
  }
}
console.table(rows)
