// The popup's search over everyone: every word typed must appear in the person's text (name,
// organization, role, headline, notes; lower-cased by getSearchText, once per person when the
// index is built), in any order; a stage, if chosen, narrows the same list.
//
// At 10,000 people, looking through every text on each keystroke takes a good part of a frame
// (BENCHMARKS.md), most of it for the first letters typed, which nearly everyone matches.
// SearchIndex keeps, for each character, which people's text holds it (a bit per
// person): a one-letter word is answered from that alone, and a longer one is looked for
// only in the texts that hold all of its characters.
import type { Stage } from '../src/model';

export interface Searchable {
  stage: Stage;
  name: string;
  organization: string;
  role: string;
  headline: string;
  notes: string;
}

/** What is searched of a person: their text, lower-cased (toLocaleLowerCase). */
export function getSearchText({ name, organization, role, headline, notes }: Searchable): string {
  return `${name}\n${organization}\n${role}\n${headline}\n${notes}`.toLocaleLowerCase();
}

function toTerms(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** The rows that match, by looking through each one (its text lower-cased anew): until the
 * index is built, and the reference the index must agree with. */
export function matchRows<T extends Searchable>(rows: T[], query: string, stage: Stage | ''): T[] {
  const terms = toTerms(query);
  if (terms.length === 0 && !stage) return rows;
  const out: T[] = [];
  next: for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (stage && row.stage !== stage) continue;
    const text = getSearchText(row);
    for (let t = 0; t < terms.length; t++) if (!text.includes(terms[t])) continue next;
    out.push(row);
  }
  return out;
}

export class SearchIndex<T extends Searchable> {
  readonly rows: T[];
  /** Each row's getSearchText. */
  private readonly texts: string[];
  /** For each UTF-16 code unit, a bit per row: set when that row's text holds it. A plain
   * array by code (one slot per code unit, most empty): a Map took twice as long to build. */
  private readonly byChar: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(0x10000).fill(undefined);
  private readonly words: number;

  constructor(rows: T[]) {
    this.rows = rows;
    this.texts = rows.map(getSearchText);
    const words = (rows.length + 31) >>> 5;
    this.words = words;
    const byChar = this.byChar;
    for (let i = 0; i < rows.length; i++) {
      const text = this.texts[i];
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      for (let c = 0; c < text.length; c++) {
        const code = text.charCodeAt(c);
        let bits = byChar[code];
        if (!bits) {
          bits = new Uint32Array(words);
          byChar[code] = bits;
        }
        bits[word] |= bit;
      }
    }
  }

  /** The same rows as matchRows(rows, query, stage), in the same order. */
  match(query: string, stage: Stage | ''): T[] {
    const terms = toTerms(query);
    if (terms.length === 0 && !stage) return this.rows;
    // The rows whose text holds every character of every word.
    let candidates: Uint32Array | null = null;
    for (const term of terms) {
      for (let c = 0; c < term.length; c++) {
        const rowsWith = this.byChar[term.charCodeAt(c)];
        if (!rowsWith) return [];
        if (!candidates) candidates = rowsWith.slice();
        else for (let w = 0; w < this.words; w++) candidates[w] &= rowsWith[w];
      }
    }
    // One-character words are answered by the bits; longer ones are looked for in the text.
    const longer = terms.filter((term) => term.length > 1);
    const out: T[] = [];
    for (let w = 0; w < this.words; w++) {
      let bits = candidates ? candidates[w] : -1;
      while (bits !== 0) {
        const low = bits & -bits;
        const i = (w << 5) + 31 - Math.clz32(low);
        bits ^= low;
        if (i >= this.rows.length) break;
        const row = this.rows[i];
        if (stage && row.stage !== stage) continue;
        if (longer.length > 0 && !longer.every((term) => this.texts[i].includes(term))) continue;
        out.push(row);
      }
    }
    return out;
  }
}
