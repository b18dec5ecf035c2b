// What every extraction strategy returns: cleaned values, each with its source.
import { CAPTURED_FIELDS, type CapturedField, type FieldSource } from '../../model';
import { FIELD_CAPS, cleanText } from './text';

export type StrategyName = 'json-ld' | 'voyager' | 'topcard-2024' | 'sdui-2026' | 'sales-navigator' | 'title-meta';

export interface FoundValue {
  value: string;
  source: FieldSource;
}

export type FoundFields = Partial<Record<CapturedField, FoundValue>>;

/** A strategy: a pure function of the page and its URL. */
export type Strategy = (doc: Document, url: string) => FoundFields;

export type RawFields = Partial<Record<CapturedField, string | null | undefined>>;

/** Cleans raw strings into a strategy result; empty and masked values are left out, so
 * the merge reports them missing. */
export function toFoundFields(strategy: StrategyName, raw: RawFields, derived: readonly CapturedField[] = []): FoundFields {
  const found: FoundFields = {};
  for (const field of CAPTURED_FIELDS) {
    const value = cleanText(raw[field], FIELD_CAPS[field]);
    if (value) found[field] = { value, source: { strategy, derived: derived.includes(field) } };
  }
  return found;
}
