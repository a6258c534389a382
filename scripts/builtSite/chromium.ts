/**
 * How every browser-driven check starts Chromium: the system (Debian) build, never a downloaded one.
 * Set CHROMIUM_PATH to use another binary.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a headless run as root in a container, with no background traffic to Google. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
