/**
 * The codes `validateNewOrganization` fails with: also what a change fails with, since the
 * organisation as it would be is validated again as a new one.
 */
export const ORGANIZATION_VALIDATION_ERRORS = [
  'INVALID_ORGANIZATION_CODE',
  'REQUIRED',
  'TOO_LONG',
  'INVALID_ORGANIZATION_KIND',
  'INVALID_ORGANIZATION_LEVEL',
  'INVALID_DATE',
  'DISTRICT_LEVEL_ABOLISHED',
  'INVALID_PARTY_TERM',
  'CYCLE_IN_HIERARCHY',
] as const

/** The codes the organisation store fails a body's place in the tree with. */
export const ORGANIZATION_PARENT_ERRORS = ['PARENT_NOT_FOUND', 'INVALID_PARENT_LEVEL'] as const

/**
 * What writing a body as it will be may fail with (creating one, changing one): its fields
 * invalid, or its parent missing or of a lower level.
 */
export const ORGANIZATION_BODY_ERRORS = [
  ...ORGANIZATION_VALIDATION_ERRORS,
  ...ORGANIZATION_PARENT_ERRORS,
] as const
