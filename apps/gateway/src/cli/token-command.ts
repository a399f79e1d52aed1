import { isSecrecy } from '@chidao/domain'
import { mintDevelopmentToken, parseTtl, TokenSecretError } from '../auth/mint-token.js'
import { isRole, ROLES, type Role } from '../auth/viewer.js'
import { readMaxTokenLifetime } from '../config.js'
import { type Command, optionsOf, tenantOf, UsageError } from './command.js'

/** `chidao token`: mints an HS256 development token with CHIDAO_JWT_SECRET. */
export const tokenCommand: Command = {
  name: 'token',
  summary: 'Mint a development bearer token (HS256, signed with CHIDAO_JWT_SECRET).',
  help: `Usage: chidao token --role <ROLE> [--role <ROLE>…] [--org <CODE>] [--clearance <LEVEL>]
                    [--sub <subject>] [--ttl <8h>] [--tenant <id>]

Prints a bearer token for development and tests, signed with CHIDAO_JWT_SECRET (at least 32
bytes; the gateway must run with the same secret). Send it as
  Authorization: Bearer <token>

Options:
  --role       ${ROLES.join(', ')} (repeatable; required)
  --org        the caller's organisation code, e.g. BTV-TU (needed below ADMIN to write)
  --clearance  PUBLIC (default), MAT, TOI_MAT or TUYET_MAT
  --sub        subject, written to the audit log as user:<sub> (default: dev)
  --ttl        lifetime: seconds, or a number with s, m, h or d (default: 8h; at most
               CHIDAO_JWT_MAX_LIFETIME, 24h unless set)
  --tenant     tenant id (default: CHIDAO_TENANT, else demo)

CHIDAO_JWT_ISSUER and CHIDAO_JWT_AUDIENCE, when set, are written into the token.
Production deployments should let their identity provider issue tokens (CHIDAO_JWKS_URL).
`,
  async run({ args, stdout, stderr }) {
    const values = optionsOf(args, {
      role: { type: 'string', multiple: true },
      org: { type: 'string' },
      clearance: { type: 'string', default: 'PUBLIC' },
      sub: { type: 'string', default: 'dev' },
      ttl: { type: 'string', default: '8h' },
      tenant: { type: 'string' },
    })
    const roles = (values.role ?? [])
      .flatMap((r) => r.split(','))
      .map((r) => r.trim().toUpperCase())
    if (roles.length === 0) throw new UsageError(`give at least one --role (${ROLES.join(', ')})`)
    const unknown = roles.find((r) => !isRole(r))
    if (unknown) throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got "${unknown}"`)
    const clearance = values.clearance.toUpperCase()
    if (!isSecrecy(clearance)) {
      throw new UsageError(
        `--clearance must be PUBLIC, MAT, TOI_MAT or TUYET_MAT, got "${values.clearance}"`,
      )
    }
    const ttlSeconds = parseTtl(values.ttl)
    if (ttlSeconds === null) {
      throw new UsageError(`--ttl must be like 3600, 30m, 8h or 7d, got "${values.ttl}"`)
    }
    // A token the gateway would refuse (TOKEN_LIFETIME_TOO_LONG) is not minted.
    const maxLifetime = readMaxTokenLifetime(process.env)
    if (ttlSeconds > maxLifetime) {
      throw new UsageError(
        `--ttl ${values.ttl} (${ttlSeconds} s) is longer than the gateway accepts: CHIDAO_JWT_MAX_LIFETIME is ${maxLifetime} s / ` +
          `--ttl ${values.ttl} (${ttlSeconds} giây) dài hơn mức gateway chấp nhận: CHIDAO_JWT_MAX_LIFETIME là ${maxLifetime} giây`,
      )
    }
    // The tenant is read from the environment directly: minting needs no database settings.
    const tenant = tenantOf(values.tenant ?? (process.env.CHIDAO_TENANT?.trim() || 'demo'))
    if (!values.sub.trim()) throw new UsageError('--sub must not be empty')
    try {
      const token = await mintDevelopmentToken(process.env.CHIDAO_JWT_SECRET, {
        subject: values.sub.trim(),
        tenantId: tenant,
        organizationCode: values.org?.trim().toUpperCase() || null,
        roles: [...new Set(roles)] as Role[],
        clearance,
        ttlSeconds,
        issuer: process.env.CHIDAO_JWT_ISSUER?.trim() || null,
        audience: process.env.CHIDAO_JWT_AUDIENCE?.trim() || null,
      })
      stdout.write(`${token}\n`)
      return 0
    } catch (error) {
      if (!(error instanceof TokenSecretError)) throw error
      stderr.write(
        `chidao token: ${error.message}. Set it to a random value of 32 bytes or more, e.g.\n` +
          `  export CHIDAO_JWT_SECRET=$(node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))")\n`,
      )
      return 1
    }
  },
}
