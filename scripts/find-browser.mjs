// Finds the browsers for the end-to-end tests, the demo and the benchmark:
//   1. the path in RAPPORT_CHROMIUM (or CHROME_PATH) / RAPPORT_FIREFOX, if set;
//   2. one already installed;
//   3. on Debian or Ubuntu as root: installs Debian's package (`chromium` with fonts, or
//      screenshots have no glyphs; `firefox-esr`) and says so;
//   otherwise it fails with a message saying how to install one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: {
    label: 'Chromium',
    envVars: ['RAPPORT_CHROMIUM', 'CHROME_PATH'],
    candidates: [
      '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a wrapper script
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    debianPackages: ['chromium', 'fonts-liberation'],
    howToInstall: 'Debian/Ubuntu: sudo apt-get install chromium; macOS: install Chromium or Google Chrome',
  },
  firefox: {
    label: 'Firefox',
    envVars: ['RAPPORT_FIREFOX'],
    candidates: [
      // Debian's real binary: /usr/bin/firefox-esr is a wrapper script, and WebDriver BiDi
      // needs the process it launches to be Firefox itself.
      '/usr/lib/firefox-esr/firefox-esr',
      '/usr/lib/firefox/firefox',
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    debianPackages: ['firefox-esr', 'fonts-liberation'],
    howToInstall: 'Debian: sudo apt-get install firefox-esr; elsewhere: install Firefox 140 or newer',
  },
};

function isDebianLike() {
  return existsSync('/etc/debian_version');
}

/** The path of a browser binary ('chromium' or 'firefox'), installing it on Debian as root. */
function findBrowser(name, { log = (line) => console.error(line) } = {}) {
  const browser = BROWSERS[name];
  if (!browser) throw new Error(`Unknown browser "${name}": use chromium or firefox.`);
  const findInstalled = () => browser.candidates.find((path) => existsSync(path)) ?? null;
  const envVar = browser.envVars.find((key) => process.env[key]);
  if (envVar) {
    const explicit = process.env[envVar];
    if (!existsSync(explicit)) throw new Error(`${envVar} is set to ${explicit}, but there is no file there.`);
    return explicit;
  }
  const installed = findInstalled();
  if (installed) return installed;
  if (isDebianLike() && process.getuid?.() === 0) {
    log(`No ${browser.label} found: installing Debian's ${browser.debianPackages[0]} package (about a minute)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...browser.debianPackages], { stdio: 'inherit', env });
    const now = findInstalled();
    if (now) {
      log(`Installed ${browser.label} at ${now}.`);
      return now;
    }
  }
  throw new Error(`No ${browser.label} found. Install one (${browser.howToInstall}) or set ${browser.envVars[0]} to the browser binary.`);
}

export function findChromium(options) {
  return findBrowser('chromium', options);
}

export function findFirefox(options) {
  return findBrowser('firefox', options);
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

// `node scripts/find-browser.mjs [chromium|firefox]…` prints (and if need be installs) each.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    for (const name of process.argv.length > 2 ? process.argv.slice(2) : ['chromium']) console.log(findBrowser(name));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
