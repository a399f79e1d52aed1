import { decodeGlobalID } from '@pothos/plugin-relay'

/**
 * Decodes a global ID and checks its type; `null` for an ID that is malformed or names another
 * type, so a wrong ID reads as "not found" rather than as a server error.
 */
export function localIdOf(globalId: string, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(globalId)
    return decoded.typename === typename ? decoded.id : null
  } catch {
    return null
  }
}
