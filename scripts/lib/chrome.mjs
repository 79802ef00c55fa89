// Finds Chrome, Chromium or Edge for the browser tests on Linux, macOS and Windows. Order:
//  1. $CHROME_PATH;
//  2. the Chromium that Playwright manages (`npx playwright install chromium`), if installed;
//  3. the places Playwright's `chrome` and `msedge` channels look (stable, then beta/dev builds);
//  4. the usual distribution packages (Debian/Ubuntu/Fedora chromium, snap, Homebrew).
// On a fresh Debian machine as root it installs Debian's `chromium` package itself (saying so);
// anywhere else it stops with instructions for the system it runs on. It never lets the tests be
// skipped.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { posix, win32 } from 'node:path';
import { chromium } from 'playwright-core';

/** @param {string | undefined} root @param {string} rest @param {typeof posix} [path] */
const under = (root, rest, path = posix) => (root ? [path.join(root, rest)] : []);

/** Candidate executables for one platform, in order of preference. */
export function candidates(platform = process.platform, env = process.env) {
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']];
    const inEach = (rest) => roots.flatMap((root) => under(root, rest, win32));
    return [
      ...inEach('Google\\Chrome\\Application\\chrome.exe'),
      ...inEach('Microsoft\\Edge\\Application\\msedge.exe'),
      ...inEach('Google\\Chrome Beta\\Application\\chrome.exe'),
      ...inEach('Chromium\\Application\\chrome.exe'),
    ];
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome', 'Microsoft Edge', 'Chromium', 'Google Chrome Beta'];
    return apps.flatMap((app) => [`/Applications/${app}.app/Contents/MacOS/${app}`, ...under(env.HOME, `Applications/${app}.app/Contents/MacOS/${app}`)]);
  }
  return [
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
    '/var/lib/flatpak/exports/bin/org.chromium.Chromium',
  ];
}

/** What to tell a reader who has no browser, for the system they are on. */
export function howToInstall(platform = process.platform) {
  const how = {
    win32: ['  Windows: install Google Chrome or Microsoft Edge (Edge ships with Windows 10/11),', '           or run: npx playwright install chromium'],
    darwin: ['  macOS: brew install --cask google-chrome   (or chromium, or microsoft-edge),', '         or run: npx playwright install chromium'],
  }[platform] ?? [
    '  Debian/Ubuntu: sudo apt-get install chromium   (older Ubuntu: chromium-browser)',
    '  Fedora:        sudo dnf install chromium',
    '  or run:        npx playwright install chromium',
  ];
  return [
    'The browser tests need Chrome, Chromium or Edge, and none was found.',
    'Install one, then run `npm test` again:',
    ...how,
    'or point CHROME_PATH at an existing Chrome/Chromium/Edge executable.',
  ].join('\n');
}

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function findInstalled() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
  }
  return playwrightChromium() ?? candidates().find((path) => existsSync(path));
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
    throw new Error(`Installing chromium with apt-get failed.\n${howToInstall()}`);
  }
  throw new Error(howToInstall());
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
