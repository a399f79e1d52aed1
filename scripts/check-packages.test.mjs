// node --test scripts/check-packages.test.mjs
// The tarball check of `npm run check:packages`: every file an export names is packed, and
// @chidao/gateway ships its schema as `@chidao/gateway/schema.graphql`.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  exportedFiles,
  fileExports,
  publishedPackages,
  tarballProblems,
} from './check-packages.mjs'

describe('the tarball check', () => {
  it('reads the files exports point to, under every condition', () => {
    const pkg = {
      exports: {
        '.': {
          '@chidao/source': './src/index.ts',
          types: './dist/index.d.ts',
          default: './dist/index.js',
        },
        './schema.graphql': './schema.graphql',
        './features/*': './dist/features/*.js',
      },
    }
    assert.deepEqual(exportedFiles(pkg), [
      'dist/index.d.ts',
      'dist/index.js',
      'schema.graphql',
      'src/index.ts',
    ])
  })

  it('leaves exports that are files, not modules, out of the types check', () => {
    const pkg = {
      exports: {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        './schema.graphql': './schema.graphql',
        './package.json': './package.json',
      },
    }
    assert.deepEqual(fileExports(pkg), ['./schema.graphql'])
  })

  it('finds @chidao/gateway/schema.graphql exported and in the tarball', () => {
    const gateway = publishedPackages().find((p) => p.name === '@chidao/gateway')
    assert.ok(gateway)
    assert.equal(gateway.pkg.exports['./schema.graphql'], './schema.graphql')
    const problems = tarballProblems(gateway).filter((p) => p.includes('schema.graphql'))
    assert.deepEqual(problems, [])
  })

  it('says so when the schema is not exported or not packed', () => {
    const gateway = publishedPackages().find((p) => p.name === '@chidao/gateway')
    const { './schema.graphql': _dropped, ...exports } = gateway.pkg.exports
    const unexported = tarballProblems({ ...gateway, pkg: { ...gateway.pkg, exports } })
    assert.ok(
      unexported.includes('exports has no "./schema.graphql": "./schema.graphql"'),
      unexported,
    )
    const pkg = {
      ...gateway.pkg,
      exports: { ...gateway.pkg.exports, './extra.graphql': './extra.graphql' },
    }
    assert.ok(
      tarballProblems({ ...gateway, pkg }).includes(
        'exports name extra.graphql, which the tarball lacks',
      ),
    )
  })
})
