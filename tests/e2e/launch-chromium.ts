import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (never a Playwright download), headless, with the flags this machine
 * needs: without the background-networking ones Chromium floods the closed network with
 * refused connections. One home for every browser test.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
