/** How every script of the project starts Debian's Chromium: no browser download exists here. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Debian's wrapper adds this only when /dev/shm is small, and its check breaks when findmnt
  // prints several lines (containers); a small /dev/shm crashes tabs.
  '--disable-dev-shm-usage',
];
