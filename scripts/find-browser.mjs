// Finds a Chromium for the end-to-end tests, the demo and the benchmark:
//   1. the path in RAPPORT_CHROMIUM (or CHROME_PATH), if set;
//   2. a Chromium or Chrome already installed;
//   3. on Debian or Ubuntu as root: installs Debian's `chromium` (and fonts, or screenshots
//      have no glyphs) and says so;
//   otherwise it fails with a message saying how to install one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a wrapper script
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function findInstalled() {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function isDebianLike() {
  return existsSync('/etc/debian_version');
}

export function findChromium({ log = (line) => console.error(line) } = {}) {
  const explicit = process.env.RAPPORT_CHROMIUM || process.env.CHROME_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`RAPPORT_CHROMIUM is set to ${explicit}, but there is no file there.`);
    return explicit;
  }
  const installed = findInstalled();
  if (installed) return installed;
  if (isDebianLike() && process.getuid?.() === 0) {
    log("No Chromium found: installing Debian's chromium package (about a minute)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], { stdio: 'inherit', env });
    const now = findInstalled();
    if (now) {
      log(`Installed Chromium at ${now}.`);
      return now;
    }
  }
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Chromium or ' +
      'Google Chrome) or set RAPPORT_CHROMIUM to the browser binary.',
  );
}

/** Flags for headless Chromium on a machine with no network but the routed pages. */
export const CHROMIUM_ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--no-default-browser-check',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
