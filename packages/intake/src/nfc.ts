/** Text as it leaves this package: NFC, so "ộ" typed as o + ̣ + ̂ compares equal to "ộ". */
export function nfc(text: string): string {
  return text.normalize('NFC')
}
