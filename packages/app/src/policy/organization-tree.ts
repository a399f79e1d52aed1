/**
 * The port through which the policy asks where an organisation sits in the administrative tree.
 * `@chidao/db` answers it from the organisation table; tests answer it from a bundle.
 */
export interface OrganizationTree {
  /**
   * Whether the organisation `code` is `ancestorCode` itself or lies below it (codes as stored,
   * upper case). An unknown code lies within nothing.
   */
  isWithin(code: string, ancestorCode: string): Promise<boolean>
}
