/**
 * The signer a command was given (`--signer`, `--signer-position`) as the `signature` of a DOCX
 * (a report, a công văn đôn đốc), leaving out what it was not given: the records fill the rest.
 *
 * @example
 * ```ts
 * signatureOf({ signer: 'Nguyễn Văn A' }) // { name: 'Nguyễn Văn A' }
 * ```
 */
export function signatureOf(options: {
  readonly signer?: string | undefined
  readonly signerPosition?: string | undefined
}): { readonly name?: string; readonly position?: string } {
  return {
    ...(options.signer !== undefined ? { name: options.signer } : {}),
    ...(options.signerPosition !== undefined ? { position: options.signerPosition } : {}),
  }
}
