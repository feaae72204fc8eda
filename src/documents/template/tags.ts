/** Finding `{{...}}` tags in a string and evaluating template values: pure, no services. */
import { foldKey } from '../../workbook/matching';
import { longDate, zonedParts, DEFAULT_TIME_ZONE } from '../../workbook/dates';
import { isDate } from '../../workbook/values';
import type { TemplateData, TemplateValue } from './types';

export type TagKind = 'value' | 'open' | 'inverted' | 'close';

export interface Tag {
  kind: TagKind;
  /** Field name or dotted path; '.' is the current item. */
  name: string;
  /** The tag as written. */
  raw: string;
  start: number;
  /** Offset just after the tag. */
  end: number;
}

const TAG = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;
const KINDS: Record<string, TagKind> = { '': 'value', '#': 'open', '^': 'inverted', '/': 'close' };

/**
 * A tag's name as typed in Docs or Word: non-breaking and other spaces become one space, and the
 * curly quotes Docs and Word type for straight ones are straightened.
 */
export function tagName(typed: string): string {
  return typed
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\s\u00A0\u2007\u202F\u200B]+/g, ' ')
    .trim();
}

/** Whether two tag names name the same field: as fields match, case and spacing aside ({{#Items}} … {{/items}}). */
export function sameTagName(a: string, b: string): boolean {
  return a === b || foldKey(tagName(a)) === foldKey(tagName(b));
}

export function findTags(text: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of text.matchAll(TAG)) {
    const start = match.index ?? 0;
    tags.push({
      kind: KINDS[match[1]],
      name: tagName(match[2]),
      raw: match[0],
      start,
      end: start + match[0].length,
    });
  }
  return tags;
}

/** The only tag of a paragraph whose whole text (spaces aside) is that tag. */
export function soleTag(text: string): Tag | undefined {
  const tags = findTags(text);
  if (tags.length !== 1) return undefined;
  return text.slice(0, tags[0].start).trim() === '' && text.slice(tags[0].end).trim() === ''
    ? tags[0]
    : undefined;
}

/** The innermost scope is last. A scope may be any value (strings for `{{.}}`). */
export type Scopes = readonly TemplateValue[];

export interface Lookup {
  found: boolean;
  value: TemplateValue;
}

function isRecord(value: TemplateValue): value is TemplateData {
  return !!value && typeof value === 'object' && !Array.isArray(value) && !isDate(value);
}

function field(record: TemplateData, key: string): Lookup {
  if (Object.prototype.hasOwnProperty.call(record, key)) return { found: true, value: record[key] };
  const folded = foldKey(key);
  for (const name of Object.keys(record)) {
    if (foldKey(name) === folded) return { found: true, value: record[name] };
  }
  return { found: false, value: undefined };
}

/** Resolves a name: the innermost scope that has its first part wins, then the rest of the path. */
export function lookup(scopes: Scopes, name: string): Lookup {
  if (name === '.' || name === 'this') return { found: scopes.length > 0, value: scopes[scopes.length - 1] };
  const whole = scopes.length ? findInScopes(scopes, name) : undefined;
  if (whole) return whole;
  const parts = name.split('.').map((p) => p.trim());
  let current = findInScopes(scopes, parts[0]);
  if (!current) return { found: false, value: undefined };
  for (const part of parts.slice(1)) {
    if (!isRecord(current.value)) return { found: false, value: undefined };
    current = field(current.value, part);
    if (!current.found) return current;
  }
  return current;
}

function findInScopes(scopes: Scopes, key: string): Lookup | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (!isRecord(scope)) continue;
    const found = field(scope, key);
    if (found.found) return found;
  }
  return undefined;
}

/** Blank: nothing, an empty or white-space string, false, or an empty list. 0 is a value. */
export function isBlankValue(value: TemplateValue): boolean {
  if (value === null || value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** "28 September 2017" in the given time zone. */
export function formatDate(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return longDate(zonedParts(date, timeZone));
}

/** Lines of a placeholder value, or why it cannot be shown as text (a catalogue message). */
export function textLines(
  value: TemplateValue,
  timeZone?: string,
): { lines: string[] } | { error: 'template.isList' | 'template.isGroup' } {
  if (value === null || value === undefined) return { lines: [''] };
  if (typeof value === 'string') return { lines: value.replace(/\r\n?/g, '\n').split('\n') };
  if (typeof value === 'number') return { lines: [Number.isFinite(value) ? String(value) : ''] };
  if (typeof value === 'boolean') return { lines: [value ? 'Yes' : 'No'] };
  if (isDate(value)) return { lines: [formatDate(value, timeZone)] };
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) {
      return { lines: (value as string[]).flatMap((item) => item.replace(/\r\n?/g, '\n').split('\n')) };
    }
    return { error: 'template.isList' };
  }
  return { error: 'template.isGroup' };
}

/** How a section shows: the scopes of each repetition (none when hidden). */
export function sectionScopes(
  scopes: Scopes,
  kind: 'open' | 'inverted',
  value: TemplateValue,
): TemplateValue[][] {
  const blank = isBlankValue(value);
  if (kind === 'inverted') return blank ? [[...scopes]] : [];
  if (blank) return [];
  if (Array.isArray(value)) return (value as TemplateValue[]).map((item) => [...scopes, item]);
  if (isRecord(value)) return [[...scopes, value]];
  return [[...scopes]];
}

/** Line break inside running text (Google Docs' soft line break as Apps Script reports it). */
export const LINE_BREAK = '\r';
