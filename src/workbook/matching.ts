/**
 * Matching typed values against a vocabulary (Lists, Geography, Partners) with the contract's
 * tolerance: case, spaces and Latin accents do not matter (nor Khmer subscript DA for TA). Near misses get a suggestion.
 */
import { cleanText, SPACE_CLASS, type Cell } from './values';

const COMBINING_LATIN = /[\u0300-\u036f]/g;
const SPACES = new RegExp(`${SPACE_CLASS}+`, 'g');
/** Khmer subscript DA (្ដ) renders like subscript TA (្ត) and is typed for it: one key for both. */
const COENG_DA = /\u17D2\u178A/g;

/** Printable ASCII, tabs and newlines: nothing to normalize. */
const PLAIN_ASCII = /^[ -~\t\n\r]*$/;

/** Keys of texts already folded: sheets repeat the same values (lists, places, IDs) many times. */
const folded = new Map<string, string>();
const MAX_FOLDED = 100000;
const MAX_FOLDED_LENGTH = 100;

function fold(text: string): string {
  // Fast path, same result: ASCII text has no accents to take off.
  if (PLAIN_ASCII.test(text)) return text.replace(/\s+/g, '').toLowerCase();
  return text
    .normalize('NFD')
    .replace(COMBINING_LATIN, '')
    .normalize('NFC')
    .replace(COENG_DA, '\u17D2\u178F')
    .replace(SPACES, '')
    .toLowerCase();
}

/** The key two values share when they differ only in case, spaces or Latin accents. */
export function foldKey(value: Cell): string {
  if (typeof value !== 'string') return fold(cleanText(value));
  let key = folded.get(value);
  if (key === undefined) {
    key = fold(cleanText(value));
    if (value.length <= MAX_FOLDED_LENGTH) {
      if (folded.size >= MAX_FOLDED) folded.clear();
      folded.set(value, key);
    }
  }
  return key;
}

/** Edit distance, bounded: returns max + 1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

export interface VocabularyMatch {
  /** The value as the vocabulary spells it. */
  canonical: string;
  /** True when the typed text is exactly the canonical spelling (after trimming). */
  exact: boolean;
}

/** A set of allowed values, looked up tolerantly. */
export class Vocabulary {
  private readonly byKey = new Map<string, string>();
  /** Matches of texts already looked up (null: no match). */
  private readonly matches = new Map<string, VocabularyMatch | null>();

  constructor(values: Iterable<string>) {
    for (const value of values) {
      const text = cleanText(value);
      const key = foldKey(text);
      if (key && !this.byKey.has(key)) this.byKey.set(key, text);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  values(): string[] {
    return [...this.byKey.values()];
  }

  match(value: Cell): VocabularyMatch | undefined {
    if (typeof value === 'string') {
      const known = this.matches.get(value);
      if (known !== undefined) return known ?? undefined;
    }
    const text = cleanText(value);
    const canonical = this.byKey.get(foldKey(text));
    const match = canonical === undefined ? undefined : { canonical, exact: canonical === text };
    if (typeof value === 'string' && value.length <= MAX_FOLDED_LENGTH)
      this.matches.set(value, match ?? null);
    return match;
  }

  has(value: Cell): boolean {
    return this.byKey.has(foldKey(value));
  }

  /** The closest allowed value, when one is close enough to be a likely typo. */
  suggest(value: Cell): string | undefined {
    const key = foldKey(value);
    if (!key) return undefined;
    const max = key.length <= 4 ? 1 : key.length <= 10 ? 2 : 3;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const [candidateKey, canonical] of this.byKey) {
      const distance = editDistance(key, candidateKey, bestDistance - 1);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = canonical;
      }
    }
    return best;
  }
}
