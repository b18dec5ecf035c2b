// Strategy: Voyager API responses the logged-in page embeds at first load. They always
// include the viewer's own profile (/voyager/api/me, the global nav) and, after in-app
// navigation, the profile of an earlier page: only an entity whose `publicIdentifier`
// is the URL's slug is about the person on screen.
import type { FoundFields } from './fields';
import { toFoundFields } from './fields';
import { getProfileSlug, toSlugKey } from './pages';
import { voyagerData } from './selectors';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

interface Match {
  entity: Json;
  included: unknown[];
}

const ID_KEY = '"publicIdentifier":"';

function namesSlug(text: string, slug: string): boolean {
  for (let at = text.indexOf(ID_KEY); at !== -1; at = text.indexOf(ID_KEY, at + 1)) {
    const start = at + ID_KEY.length - 1;
    const end = text.indexOf('"', start + 1);
    let id: unknown;
    try {
      id = JSON.parse(text.slice(start, end + 1)); // a JSON string: escapes decoded
    } catch {
      continue; // an escaped quote inside the value; the full parse would tell, but slugs have none
    }
    if (typeof id === 'string' && toSlugKey(id) === slug) return true;
  }
  return false;
}

function findMatches(doc: Document, slug: string): Match[] {
  const matches: Match[] = [];
  for (const code of doc.querySelectorAll(voyagerData)) {
    const text = code.textContent ?? '';
    // Parsing is the cost here (the page holds large blocks about the viewer and others):
    // parse only a block that names this slug.
    if (!namesSlug(text, slug)) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const included = isObject(data) && Array.isArray(data.included) ? data.included : [];
    for (const entity of included) {
      const id = isObject(entity) ? asString(entity.publicIdentifier) : null;
      if (id && toSlugKey(id) === slug) matches.push({ entity: entity as Json, included });
    }
  }
  return matches;
}

/** "Stockholm, Stockholm County, Sweden": the Geo entity the profile's geoLocation points to. */
function getLocation({ entity, included }: Match): string | null {
  const geo = isObject(entity.geoLocation) ? asString(entity.geoLocation['*geo']) : null;
  const place = geo ? included.find((item) => isObject(item) && item.entityUrn === geo) : null;
  return (isObject(place) && asString(place.defaultLocalizedName)) || asString(entity.locationName);
}

export function extractVoyager(doc: Document, url: string): FoundFields {
  const slug = getProfileSlug(url);
  if (!slug) return {};
  const matches = findMatches(doc, slug);
  const pick = (read: (match: Match) => string | null): string | null => {
    for (const match of matches) {
      const value = read(match);
      if (value) return value;
    }
    return null;
  };
  const firstName = pick(({ entity }) => asString(entity.firstName));
  const lastName = pick(({ entity }) => asString(entity.lastName));
  return toFoundFields('voyager', {
    name: firstName && [firstName, lastName].filter(Boolean).join(' '),
    firstName,
    // The full Profile has `headline`; the MiniProfile kind calls it `occupation`.
    headline: pick(({ entity }) => asString(entity.headline) ?? asString(entity.occupation)),
    location: pick(getLocation),
  });
}
