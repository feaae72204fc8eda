/**
 * A partner's value in the form of CBOs (pure), by the contract's column kind: Yes/No as the
 * column spells it (a ticked checkbox is the column's Yes), numbers as numbers (Khmer digits and
 * "1,250" read as numbers), dates as dates; other columns as typed. The meaning is never changed:
 * what the tolerant readers (workbook/values.ts, dates.ts) cannot read is left unwritten. Values
 * are also compared by meaning (meaningKey), so that TRUE and "Yes", or "២៥" and 25, are the same.
 */
import { CBOS, type ColumnSpec } from '../../workbook/contract';
import { dayParts, instantOf, isoDay, parseDay } from '../../workbook/dates';
import { normalizeHeader } from '../../workbook/headers';
import { cleanText, hasKhmerScript, isDate, parseNumber, parseYesNo, type Cell } from '../../workbook/values';

/** Column kinds the form applies to, by normalized header (aliases too). */
const KINDS = new Map<string, ColumnSpec['kind']>();
for (const column of CBOS.columns) {
  if (!['yesno', 'whole', 'number', 'date'].includes(column.kind)) continue;
  for (const header of [column.header, ...(column.aliases ?? [])])
    KINDS.set(normalizeHeader(header), column.kind);
}

/** How a Yes/No column writes its values (the most common spelling in CBOs; Yes and No by default). */
export interface YesNoSpelling {
  yes: Cell;
  no: Cell;
}

/** The spelling of a Yes/No column from its values in CBOs. */
export function yesNoSpelling(values: Iterable<Cell>): YesNoSpelling {
  const counts = [new Map<Cell, number>(), new Map<Cell, number>()];
  for (const value of values) {
    const parsed = parseYesNo(value);
    if (parsed.status !== 'ok') continue;
    const form = typeof value === 'boolean' ? value : cleanText(value);
    const count = counts[parsed.value ? 0 : 1];
    count.set(form, (count.get(form) ?? 0) + 1);
  }
  const most = (count: Map<Cell, number>, fallback: Cell) =>
    [...count].reduce<[Cell, number]>((best, entry) => (entry[1] > best[1] ? entry : best), [fallback, 0])[0];
  const yes = most(counts[0], 'Yes');
  const no = most(counts[1], typeof yes === 'boolean' ? false : 'No');
  // A column of checkboxes stays one: both or neither are booleans.
  return typeof yes === typeof no ? { yes, no } : { yes: 'Yes', no: 'No' };
}

/**
 * The value to write into CBOs for a copy's value in column `key`; `{ unread: true }` when its
 * kind cannot read it (nothing is written then). Blank stays blank.
 */
export function masterForm(
  value: Cell,
  key: string,
  timeZone: string,
  spelling: () => YesNoSpelling,
): { value: Cell } | { unread: true } {
  const kind = KINDS.get(key);
  if (!kind || cleanText(value) === '') return { value: value ?? '' };
  if (kind === 'yesno') {
    const parsed = parseYesNo(value);
    if (parsed.status !== 'ok') return { unread: true };
    // A Khmer word of the copy's dropdown (បាទ/ចាស, ទេ) lands as typed (src/i18n/choices.ts).
    if (typeof value === 'string' && hasKhmerScript(value)) return { value: cleanText(value) };
    const form = spelling();
    return { value: parsed.value ? form.yes : form.no };
  }
  if (kind === 'date') {
    if (isDate(value)) return { value };
    const parsed = parseDay(value, timeZone);
    if (parsed.status !== 'ok') return { unread: true };
    const p = dayParts(parsed.value);
    return { value: new Date(instantOf(p.year, p.month, p.day, 0, 0, 0, timeZone)) };
  }
  const parsed = parseNumber(value);
  return parsed.status === 'ok' ? { value: parsed.value } : { unread: true };
}

/**
 * What a value means in column `key`, as text: "Yes"/"No", a number, an ISO day; for other
 * columns, and for what cannot be read, the value key itself. `text` is a value key (merge.ts).
 */
export function meaningKey(text: string, key: string): string {
  const kind = KINDS.get(key);
  if (!kind || text === '') return text;
  if (kind === 'yesno') {
    const parsed = parseYesNo(text);
    return parsed.status === 'ok' ? (parsed.value ? 'Yes' : 'No') : text;
  }
  if (kind === 'date') {
    const parsed = parseDay(text);
    return parsed.status === 'ok' ? isoDay(parsed.value) : text;
  }
  const parsed = parseNumber(text);
  return parsed.status === 'ok' ? String(parsed.value) : text;
}
