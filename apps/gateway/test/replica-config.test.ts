import { describe, expect, it } from 'vitest'
import {
  ConfigError,
  readConfig,
  readPreparedStatements,
  readReplicaConfig,
} from '../src/config.js'

const PRIMARY = 'postgres://chidao@primary:5432/chidao'

describe('CHIDAO_READ_URL', () => {
  it('reads one or more replica URLs, comma-separated, and the wait', () => {
    expect(readReplicaConfig({}, PRIMARY)).toEqual({ readUrls: [], waitMs: 200 })
    expect(
      readReplicaConfig(
        {
          CHIDAO_READ_URL: ' postgres://r1:5432/chidao , postgresql://r2:5432/chidao',
          CHIDAO_READ_WAIT_MS: '50',
        },
        PRIMARY,
      ),
    ).toEqual({
      readUrls: ['postgres://r1:5432/chidao', 'postgresql://r2:5432/chidao'],
      waitMs: 50,
    })
  })

  it('is a configuration error with the embedded database, which has no replicas', () => {
    for (const databaseUrl of [null, 'memory://']) {
      expect(() =>
        readReplicaConfig({ CHIDAO_READ_URL: 'postgres://r1/chidao' }, databaseUrl),
      ).toThrow(ConfigError)
    }
    expect(() => readConfig({ CHIDAO_READ_URL: 'postgres://r1/chidao' })).toThrow(
      /CHIDAO_READ_URL needs a PostgreSQL DATABASE_URL/,
    )
  })

  it('refuses a URL that is not PostgreSQL, without naming it (it may hold a password)', () => {
    expect(() =>
      readReplicaConfig({ CHIDAO_READ_URL: 'mysql://u:secret@r1/chidao' }, PRIMARY),
    ).toThrow(/^CHIDAO_READ_URL must be postgres:\/\/ or postgresql:\/\/ URLs, comma-separated$/)
  })
})

describe('CHIDAO_PREPARED_STATEMENTS', () => {
  it('is on unless turned off, and refuses what is not a switch', () => {
    expect(readConfig({}).preparedStatements).toBe(true)
    expect(readConfig({ CHIDAO_PREPARED_STATEMENTS: 'false' }).preparedStatements).toBe(false)
    expect(readConfig({ CHIDAO_PREPARED_STATEMENTS: ' OFF ' }).preparedStatements).toBe(false)
    expect(readConfig({ CHIDAO_PREPARED_STATEMENTS: 'true' }).preparedStatements).toBe(true)
    expect(readPreparedStatements({ CHIDAO_PREPARED_STATEMENTS: 'no' })).toBe(false)
    expect(() => readConfig({ CHIDAO_PREPARED_STATEMENTS: 'sometimes' })).toThrow(
      /^CHIDAO_PREPARED_STATEMENTS must be true or false, got "sometimes"$/,
    )
  })
})
