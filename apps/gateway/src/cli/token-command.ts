import { isTenantId } from '@chidao/domain'
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings'
import { mintDevelopmentToken, parseTtl, TokenSecretError } from '../auth/mint-token.js'
import { isRole, ROLES, type Role } from '../auth/viewer.js'
import { readMaxTokenLifetime } from '../config.js'
import type { CommandBuilder } from './command.js'
import { clearanceOption, tenantOption } from './command-options.js'
import { prose } from './help-text.js'
import { checkOrganization } from './organization-check.js'

/** `chidao token`: mints an HS256 development token with CHIDAO_JWT_SECRET. */
export const tokenCommand: CommandBuilder = ({ config, stdout, stderr, fail }) =>
  new Command('token')
    .summary('mint a development bearer token (HS256, signed with CHIDAO_JWT_SECRET)')
    .description(
      prose(`
Prints a bearer token for development and tests, signed with CHIDAO_JWT_SECRET (at least 32
bytes; the gateway must run with the same secret), on standard output alone, so that a shell
can keep it:

  export CHIDAO_JWT_SECRET=$(openssl rand -hex 32)
  npm start &      # the gateway, with the same secret
  export TOKEN=$(npx chidao token --role EDITOR --org BTV-TU)

and send it as \`Authorization: Bearer $TOKEN\`. With --org, the command asks the gateway
(http://HOST:PORT/graphql), or else the database, whether the tenant has that organisation, and
warns when it has not: a token for an organisation that does not exist can write nothing.
CHIDAO_JWT_ISSUER and CHIDAO_JWT_AUDIENCE, when set, are written into the token. Production
deployments should let their identity provider issue tokens (CHIDAO_JWKS_URL).`),
    )
    .addOption(
      new Option('--role <role>', `${ROLES.join(', ')}; repeat it or separate by commas`)
        .makeOptionMandatory()
        .argParser((text, previous: readonly Role[] = []): readonly Role[] => {
          const roles = text.split(',').map((r) => r.trim().toUpperCase())
          if (!roles.every(isRole)) {
            throw new InvalidArgumentError(`A role is one of ${ROLES.join(', ')}.`)
          }
          return [...new Set([...previous, ...roles])]
        }),
    )
    .option(
      '--org <code>',
      "the caller's organisation code, e.g. BTV-TU (needed below ADMIN to write)",
    )
    .addOption(clearanceOption('the clearance').default('PUBLIC' as const))
    .option('--sub <subject>', 'subject, written to the audit log as user:<sub>', 'dev')
    .addOption(
      new Option(
        '--ttl <lifetime>',
        'seconds, or a number with s, m, h or d; at most CHIDAO_JWT_MAX_LIFETIME (24h unless set)',
      )
        .default(28_800, '8h')
        .argParser((text): number => {
          const seconds = parseTtl(text)
          if (seconds === null) throw new InvalidArgumentError('Write it like 3600, 30m, 8h or 7d.')
          return seconds
        }),
    )
    .addOption(tenantOption())
    .action(async (options, command) => {
      // A token the gateway would refuse (TOKEN_LIFETIME_TOO_LONG) is not minted.
      const maxLifetime = readMaxTokenLifetime(process.env)
      if (options.ttl > maxLifetime) {
        return command.error(
          `error: --ttl is ${options.ttl} s, longer than the gateway accepts: CHIDAO_JWT_MAX_LIFETIME is ${maxLifetime} s / ` +
            `--ttl ${options.ttl} giây dài hơn mức gateway chấp nhận: CHIDAO_JWT_MAX_LIFETIME là ${maxLifetime} giây`,
          { exitCode: 2 },
        )
      }
      const subject = options.sub.trim()
      if (!subject)
        return command.error('error: --sub must not be empty / --sub không được để trống', {
          exitCode: 2,
        })
      // The tenant is read from the environment directly: minting needs no database settings.
      const tenant = options.tenant ?? (process.env.CHIDAO_TENANT?.trim() || 'demo')
      if (!isTenantId(tenant)) {
        return command.error(`error: CHIDAO_TENANT is not a tenant id: "${tenant}"`, {
          exitCode: 2,
        })
      }
      const org = options.org?.trim().toUpperCase() || null
      let token: string
      try {
        token = await mintDevelopmentToken(process.env.CHIDAO_JWT_SECRET, {
          subject,
          tenantId: tenant,
          organizationCode: org,
          roles: options.role,
          clearance: options.clearance,
          ttlSeconds: options.ttl,
          issuer: process.env.CHIDAO_JWT_ISSUER?.trim() || null,
          audience: process.env.CHIDAO_JWT_AUDIENCE?.trim() || null,
        })
      } catch (error) {
        if (!(error instanceof TokenSecretError)) throw error
        stderr.write(
          `chidao token: ${error.message}. Set it to a random value of 32 bytes or more, and start the gateway with the same value, e.g.\n` +
            '  export CHIDAO_JWT_SECRET=$(openssl rand -hex 32)\n',
        )
        return fail()
      }
      stdout.write(`${token}\n`)
      const who = `${subject} (${options.role.join(', ')}${org ? `, ${org}` : ''}, ${options.clearance})`
      stderr.write(
        `Minted a token for ${who} of tenant ${tenant}, valid ${lifetime(options.ttl)}, to standard output\n`,
      )
      if (org === null) return
      const check = await checkOrganization(config(), tenant, org, token)
      if (check.known === false) {
        stderr.write(
          `Warning: tenant ${tenant} has no organisation ${org} (asked ${check.source}): the token can write nothing there / ` +
            `Cảnh báo: đơn vị ${tenant} không có tổ chức ${org}: token này không ghi được gì\n`,
        )
      } else if (check.known === null) {
        stderr.write(`(--org ${org} not checked: ${check.why})\n`)
      }
    })

/** 28800 → "8 h", 90 → "90 s": a lifetime as a person reads it. */
function lifetime(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`
}
