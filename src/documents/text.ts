/**
 * Text shaping shared by the minutes and report models: multi-line cells into paragraphs and
 * list items, headings upper-cased the way the reference documents do, names and amounts.
 * Pure functions.
 */
import { latinDigits } from '../i18n/digits';
import type { Language } from '../i18n/language';
import { t } from '../i18n/messages';
import { cleanText, type Cell } from '../workbook/values';

/** One paragraph of narrative: plain text, a numbered item or a bullet, with a nesting level. */
export interface Block {
  kind: 'paragraph' | 'numbered' | 'bullet';
  text: string;
  /** 0 for top level, 1 for an item under an item, 2 under that ("1.1.1"). */
  level: number;
  /** The number shown for numbered items (1, 2, ...), as typed or counted: its last part for "2.1". */
  number?: number;
  /** A numbered item under an item ("1.1", "១.១", "1.1.1"): its numbering as Latin digits ("1.1"). */
  label?: string;
}

/** "1. text", "1) text", "១. text" (Khmer digits number items like Latin ones). */
const NUMBERED = /^([0-9\u17E0-\u17E9]{1,3})[.)]\s+(.*)$/;
/** "1.1 text", "1.1. text", "១.១ text": an item under item 1; "1.1.1 text" one under item 1.1. */
const SUB_NUMBERED = /^([0-9\u17E0-\u17E9]{1,3}(?:\.[0-9\u17E0-\u17E9]{1,3}){1,2})\.?\s+(.*)$/;

/** The deepest level a list goes to ("1.1.1", a bullet under it). */
export const DEEPEST = 2;

/** A typed sub-item ("2.1", "២.១.៣") as a numbered block: its level from the parts of its label. */
function subItem(typed: string, text: string): Block {
  const label = latinDigits(typed);
  const parts = label.split('.');
  return { kind: 'numbered', text, level: parts.length - 1, number: Number(parts[parts.length - 1]), label };
}
const BULLET = /^[-•*–]\s*(.*)$/;

/** The lines of a multi-line cell, trimmed, blank lines dropped. */
export function cellLines(value: Cell): string[] {
  return cleanText(value)
    .split(/\r\n|\r|\n/)
    .map((line) => cleanText(line))
    .filter((line) => line !== '');
}

/**
 * Narrative lines into blocks: "1. text" → numbered item, "- text" / "• text" → bullet; an
 * indented bullet, or a bullet right under a numbered item, nests one level (as in the
 * reference minutes, " - Annex 1: By-law" under "1. Chapter 1").
 */
export function narrativeBlocks(value: Cell): Block[] {
  const raw = cleanText(value);
  if (!raw) return [];
  const blocks: Block[] = [];
  for (const rawLine of raw.split(/\r\n|\r|\n/)) {
    const line = cleanText(rawLine);
    if (!line) continue;
    const indented = /^[\s\u00A0]+\S/.test(rawLine);
    const numbered = NUMBERED.exec(line);
    const sub = SUB_NUMBERED.exec(line);
    const bullet = BULLET.exec(line);
    const previous = blocks[blocks.length - 1];
    if (numbered) {
      blocks.push({
        kind: 'numbered',
        text: numbered[2],
        level: indented ? 1 : 0,
        number: Number(latinDigits(numbered[1])),
      });
    } else if (sub) {
      blocks.push(subItem(sub[1], sub[2]));
    } else if (bullet && bullet[1] !== '') {
      // Under a numbered item ("1.", "1.1"), a bullet is one level below it; after a nested bullet, at its level.
      const underItem =
        previous !== undefined && previous.kind === 'numbered' && previous.label !== undefined;
      const nested =
        indented || previous?.kind === 'numbered' || (previous?.kind === 'bullet' && previous.level > 0);
      const depth = underItem
        ? Math.min(DEEPEST, previous.level + 1)
        : previous?.kind === 'bullet' && previous.level > 0
          ? previous.level
          : 1;
      blocks.push({
        kind: 'bullet',
        text: bullet[1],
        level: nested && previous?.kind !== 'paragraph' ? depth : 0,
      });
    } else {
      blocks.push({ kind: 'paragraph', text: line, level: 0 });
    }
  }
  return blocks;
}

/**
 * Lines of a list cell (Objectives, Conclusions, Annexes) as items, keeping the structure typed:
 * "1." / "1)" / "១." lines are numbered items, "1.1" / "១.១" items under them and "1.1.1" under
 * those (the typed number itself is dropped: the document numbers them); "-" / "•" lines and plain
 * lines are bullets. An indented line nests under the item above, and so does a "- " line among
 * plain or numbered lines (as the reference's conclusions are typed), one level below that item.
 */
export function listItems(value: Cell): Block[] {
  const raw = cleanText(value);
  if (!raw) return [];
  const lines = raw
    .split(/\r\n|\r|\n/)
    .filter((line) => cleanText(line) !== '')
    .map((rawLine) => {
      const line = cleanText(rawLine);
      return { rawLine, line, numbered: NUMBERED.exec(line), bullet: BULLET.exec(line) };
    });
  const dashed = (l: (typeof lines)[number]) => !l.numbered && !!(l.bullet && l.bullet[1]);
  const mixed = lines.some(dashed) && lines.some((l) => !dashed(l));
  const items: Block[] = [];
  /** The level of the last item that is not a bullet: what a nested line goes under. */
  let parent = 0;
  for (const { rawLine, line, numbered, bullet } of lines) {
    const sub = numbered ? null : SUB_NUMBERED.exec(line);
    if (sub) {
      const item = subItem(sub[1], sub[2]);
      items.push(item);
      parent = item.level;
      continue;
    }
    const indented = /^[\s\u00A0]+\S/.test(rawLine) && items.length > 0;
    const under = Math.min(DEEPEST, parent + 1);
    if (numbered && !indented) {
      items.push({ kind: 'numbered', text: numbered[2], level: 0, number: Number(latinDigits(numbered[1])) });
      parent = 0;
      continue;
    }
    const dashedUnder = mixed && !!bullet && !!bullet[1] && items.length > 0;
    const text = numbered ? numbered[2] : bullet && bullet[1] ? bullet[1] : line;
    const nested = indented || dashedUnder;
    items.push({ kind: 'bullet', text, level: nested ? under : 0 });
    if (!nested && !(bullet && bullet[1])) parent = 0;
  }
  return items;
}

/**
 * Numbers the top-level items 1, 2, ... and marks them numbered; nested items stay bullets, and
 * typed sub-items ("1.1") stay numbered under their item.
 */
export function numberItems(items: readonly Block[]): Block[] {
  let n = 0;
  return items.map((item) => {
    if (item.level === 0) return { ...item, kind: 'numbered', number: ++n };
    return item.kind === 'numbered' && item.label !== undefined ? item : { ...item, kind: 'bullet' };
  });
}

/**
 * Upper-cases a heading as the reference minutes do, keeping plural acronyms such as "CBOs",
 * "NGOs" or "TWGs" readable ("... OF CBOs PROJECT – BY CHHORN VATANAK").
 */
export function upperHeading(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => (/^[A-Z]{2,}s\W*$/.test(word) ? word : word.toUpperCase()))
    .join('');
}

/** "A", "A and B", "A, B and C" ("A, B និង C" in Khmer). */
export function joinNames(names: readonly string[], language: Language = 'en'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}${t(language, 'text.andLast')}${names[names.length - 1]}`;
}

/** Names typed in one cell, separated by commas, semicolons, "and", "&" or new lines. */
export function splitNames(value: Cell): string[] {
  return cleanText(value)
    .split(/\s*(?:[,;\n&]|\band\b)\s*/)
    .map((name) => cleanText(name))
    .filter((name) => name !== '');
}

/** 649300 → "649,300"; 1250.5 → "1,250.50"; keeps at most two decimals. */
export function formatAmount(value: number): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(Number.isInteger(value) ? 0 : 2);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Two-digit count as in the reference minutes: 4 → "04", 13 → "13", 120 → "120". */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** 28 September 2017 (one implementation, in workbook/dates). */
export { longDate } from '../workbook/dates';

export interface TimeOfDay {
  hour: number;
  minute: number;
}

const TIME_TEXT = /^(\d{1,2})(?:\s*[:h.]\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

/**
 * A time of day from a time cell (a Date, read in the spreadsheet's time zone), a fraction of
 * a day (0.333… = 08:00), or text such as "08:00", "8:00 am", "2pm", "14h30" (Khmer digits
 * allowed). Undefined when blank or unreadable.
 */
export function parseTimeOfDay(
  value: Cell,
  zoned: (date: Date) => { hour: number; minute: number; second: number },
): TimeOfDay | undefined {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (isNaN(date.getTime())) return undefined;
    const p = zoned(date);
    const minutes = (p.hour * 60 + p.minute + Math.round(p.second / 60)) % 1440;
    return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
  }
  if (typeof value === 'number') {
    if (!(value >= 0 && value < 1)) return undefined;
    const minutes = Math.round(value * 1440) % 1440;
    return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
  }
  const text = cleanText(value).replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - 0x17e0));
  const match = TIME_TEXT.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (!match[2] && !half) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** 08:00 */
export function formatTime(time: TimeOfDay): string {
  return `${twoDigits(time.hour)}:${twoDigits(time.minute)}`;
}
