// Documents for extraction tests: fixture files or inline HTML, parsed with the jsdom
// environment's DOMParser (scripts never run in a parsed document). Strategies take the
// page URL as an argument, so the document needs none of its own.
import { readFileSync } from 'node:fs';
import type { FoundFields } from '../../../../src/content/linkedin/fields';
import { FIXTURES, getFixturePath, type Fixture } from '../../../fixtures';

export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function getFixture(file: string): Fixture {
  const fixture = FIXTURES.find((f) => f.file === file);
  if (!fixture) throw new Error(`no fixture ${file}`);
  return fixture;
}

export function readFixture(file: string): string {
  return readFileSync(getFixturePath(file), 'utf8');
}

export function loadFixture(file: string): Document {
  return parsePage(readFixture(file));
}

/** Field → value, the part of a strategy result most tests compare. */
export function getValues(found: FoundFields): Record<string, string> {
  return Object.fromEntries(Object.entries(found).map(([field, { value }]) => [field, value]));
}

export const FILES = {
  public2024: 'public-2024-ana-lucia-ferreira-brandt.html',
  public2026: 'public-2026-malin-overby-7b2a91.html',
  ember: 'loggedin-2024-jorgen-backstrom-4a1b2c.html',
  emberNoExperience: 'loggedin-2024-livsandoval.html',
  sdui: 'sdui-2026-saga-lindqvist.html',
  sduiNameInP: 'sdui-2026-jonas-aberg.html',
  sduiOtherCompany: 'sdui-2026-amira-haddad.html',
  sduiExperience: 'sdui-2026-hanna-leino.html',
  sduiSeveralCurrent: 'sdui-2026-mateo-ruiz-ferrer.html',
  sduiNoCurrent: 'sdui-2026-elin-dahl.html',
  sduiEmoji: 'sdui-2026-ola-nordmann.html',
  sduiGerman: 'sdui-2026-lukas-brenner-de.html',
  sduiRussian: 'sdui-2026-irina-sokolova-ru.html',
  sduiJapanese: 'sdui-2026-sato-misaki-ja.html',
  sduiFeed: 'sdui-2026-feed.html',
  sduiPeopleSearch: 'sdui-2026-people-search.html',
  salesNavigator: 'sales-navigator-2024-ingrid-solberg-makela.html',
  hostile: 'hostile-2024-script-name.html',
  notFound: 'public-2024-profile-not-found.html',
  authWall: 'authwall-2024-guest-home.html',
  joinWall: 'authwall-2026-join-de.html',
  antiBot: 'antibot-2024-interstitial.html',
} as const;
