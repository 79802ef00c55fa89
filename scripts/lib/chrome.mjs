// Finds a Chromium or Chrome for the browser tests. Order: $CHROME_PATH, then the usual install
// locations. On a fresh Debian machine as root it installs Debian's `chromium` package itself
// (saying so); anywhere else it stops with instructions. It never lets the tests be skipped.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const HOW_TO_INSTALL = [
  'The browser tests need Chromium or Google Chrome, and none was found.',
  'Install one, then run `npm test` again:',
  '  Debian/Ubuntu: sudo apt-get install chromium   (Ubuntu: chromium-browser)',
  '  Fedora:        sudo dnf install chromium',
  '  macOS:         brew install --cask chromium',
  'or point CHROME_PATH at an existing Chrome/Chromium binary.',
].join('\n');

function findInstalled() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

export function findChrome() {
  const found = findInstalled();
  if (found) return found;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    console.log("No Chromium found: installing Debian's chromium package for the browser tests (apt-get install chromium)...");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
    if (install.status === 0 && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
    throw new Error(`Installing chromium with apt-get failed.\n${HOW_TO_INSTALL}`);
  }
  throw new Error(HOW_TO_INSTALL);
}

/** Flags for a headless run on a closed network (see the project's tech notes). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
