import { lexicographicSortSchema } from 'graphql'
import { builder } from '../builder.js'
import './scalars.js'
import './error.js'
import './connection.js'
import './organization.js'
import './create-organization.js'

builder.queryType({ description: 'Read chidao: organisations, directives, tasks, assessments.' })
builder.mutationType({ description: 'Change chidao. Every mutation takes one `input`.' })

/** The executable GraphQL schema, types sorted by name so the printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema())
