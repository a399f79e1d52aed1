import { graphql } from '../graphql/graphql.js'

/**
 * The smallest request: the gateway verifies the bearer token on every request, so an answer
 * means it accepts the token (issuer, signature from the JWKS, tenant, lifetime).
 */
export const SignInCheckQuery = graphql(`
  query SignInCheck {
    __typename
  }
`)
