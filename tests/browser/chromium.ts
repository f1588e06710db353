/** Debian's Chromium, the one browser the tests and the bench drive. */
export const chromiumPath = '/usr/bin/chromium';

// Flags that keep Debian's Chromium quiet and on loopback (see VERSIONS.md).
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
