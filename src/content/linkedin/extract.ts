// The one place that decides what Rapport captures from a page: every strategy runs, and
// for each field the most trusted value that was read (not derived) wins.
import { CAPTURED_FIELDS, type CapturedField, type FieldSource } from '../../model';
import type { FoundFields, FoundValue, Strategy } from './fields';
import { extractJsonLd } from './json-ld';
import { getNoOneFoundReason, getNotProfileReason } from './not-profile';
import { toCanonicalProfileUrl } from './pages';
import { extractSalesNavigator, getSalesNavigatorProfileUrl } from './sales-navigator';
import { extractSdui2026 } from './sdui-2026';
import { extractTitleMeta } from './title-meta';
import { extractTopCard2024 } from './topcard-2024';
import { toTextKey } from './text';
import { extractVoyager } from './voyager';
import type { PageReading } from '../../protocol';

/** What extraction found: the message contract's own shape, sent as it is. */
export type ExtractResult = PageReading;

/** Most trusted first. Embedded data before what the page shows: JSON-LD comes with the
 * public page itself and Voyager is checked against the URL's slug. The title and metas
 * come last: they hold the least (and only for public pages). */
const STRATEGIES: readonly Strategy[] = [
  extractJsonLd,
  extractVoyager,
  extractTopCard2024,
  extractSdui2026,
  extractSalesNavigator,
  extractTitleMeta,
];

const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|miss|sir|dame|rev|ing|eng)\.?$/i;

/** The salutation name from a full name: the first word with a letter in it, skipping
 * honorifics. "Dr. Anna-Karin Berg" → "Anna-Karin"; "🌱 Ola Nordmann" → "Ola". */
export function splitFirstName(name: string): string | null {
  const word = name.split(' ').find((w) => /\p{L}/u.test(w) && !HONORIFIC.test(w));
  return word?.replace(/[,;:]+$/, '') || null;
}

/** The first value read in `ranked`, else the first derived one. */
function pick(ranked: readonly FoundFields[], field: CapturedField): FoundValue | undefined {
  const values = ranked.map((result) => result[field]).filter((value): value is FoundValue => !!value);
  return values.find((value) => !value.source.derived) ?? values[0];
}

export function extractProfile(doc: Document, url: string): ExtractResult {
  const reason = getNotProfileReason(doc, url);
  if (reason) return { kind: 'not-profile', reason };
  const profileUrl = toCanonicalProfileUrl(url) ?? getSalesNavigatorProfileUrl(doc, url);
  if (!profileUrl) {
    return {
      kind: 'not-profile',
      reason: 'Sales Navigator doesn’t show this person’s LinkedIn profile link here. Open their LinkedIn profile to save them.',
    };
  }

  const results = STRATEGIES.map((strategy) => strategy(doc, url));
  const name = results.find((result) => result.name)?.name;
  if (!name) return { kind: 'not-profile', reason: getNoOneFoundReason(doc, url) };
  // A strategy that read another name is looking at someone else (a stale card, the
  // viewer's own data): none of its fields are taken.
  const key = toTextKey(name.value);
  const agreeing = results.filter((result) => result.name && toTextKey(result.name.value) === key);

  const role = pick(agreeing, 'role');
  // A role and its company come from the same source when it has both, so concurrent
  // positions are never mixed into "CTO at <the other employer>".
  const roleOwner = agreeing.find((result) => role && result.role === role);
  const split = splitFirstName(name.value);
  const found: FoundFields = {
    name,
    firstName:
      pick(agreeing, 'firstName') ?? (split ? { value: split, source: { strategy: name.source.strategy, derived: true } } : undefined),
    headline: pick(agreeing, 'headline'),
    role,
    organization: pick(roleOwner ? [roleOwner, ...agreeing] : agreeing, 'organization'),
    location: pick(agreeing, 'location'),
  };

  const sources: Partial<Record<CapturedField, FieldSource>> = {};
  const missing: CapturedField[] = [];
  for (const field of CAPTURED_FIELDS) {
    const value = found[field];
    if (value) sources[field] = value.source;
    else missing.push(field);
  }
  const getFound = (field: CapturedField) => found[field]?.value ?? null;
  return {
    kind: 'profile',
    capture: {
      profileUrl,
      name: name.value,
      firstName: getFound('firstName'),
      headline: getFound('headline'),
      role: getFound('role'),
      organization: getFound('organization'),
      location: getFound('location'),
      sources,
      missing,
    },
  };
}
