import { type Browser, chromium } from 'playwright-core'

/** Where Debian's Chromium is (`apt-get install chromium`); `CHROMIUM_PATH` to use another. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Debian's Chromium, headless, without the background connections this machine's closed
 * network refuses (Playwright's own browser download cannot work here).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
