/**
 * Set-up planning (pure): what "Set up sheets" must add to a workbook as it is. Missing sheets are
 * created with their headers; a missing contract column goes at the END of an existing sheet (after
 * the last column holding anything); nothing existing is moved, rewritten or restyled. Formats and
 * widths are only given to columns the tool adds. Seeds only sheets (or Lists columns) that were
 * just created or are empty. Dropdowns go on every list column, allowing other values with a warning.
 */
import type { Language } from '../../i18n/language';
import { choiceWord, dropdownValues } from '../../i18n/choices';
import { translator } from '../../i18n/messages';
import {
  INPUT_SHEETS,
  OUTPUT_SHEETS,
  type ColumnSpec,
  type SheetSpec,
  INDICATORS,
  LISTS,
  SETTINGS,
  SHEET,
} from '../../workbook/contract';
import { mapHeaders } from '../../workbook/headers';
import type { Cell } from '../../workbook/values';
import { DEFAULT_LISTS, DEFAULT_SETTINGS, EXAMPLE_INDICATORS } from './seed';

/** What the glue reads of an existing sheet (a constant number of calls per sheet). */
export interface SheetState {
  header: readonly Cell[];
  /** Last row / column holding anything (getLastRow / getLastColumn). */
  lastRow: number;
  lastColumn: number;
  maxRows: number;
}

export interface ColumnPlan {
  header: string;
  /** 1-based column after set-up. */
  column: number;
  spec: ColumnSpec;
  /** Added by this set-up (new sheet or appended column). */
  added: boolean;
}

export interface Block {
  row: number;
  column: number;
  values: Cell[][];
}

export interface SheetPlan {
  name: string;
  spec: SheetSpec;
  create: boolean;
  columns: ColumnPlan[];
  added: ColumnPlan[];
  /** Number of header cells once set up (the header row's width). */
  headerWidth: number;
  seed: Block[];
}

/** Rows a newly created sheet gets (Sheets' default). */
export const NEW_SHEET_ROWS = 1000;
/** Columns a newly created sheet gets (Sheets' default). */
export const NEW_SHEET_COLUMNS = 26;

/** The sheets set-up creates: every input sheet, then the sheets the tool writes. */
export const SETUP_SHEETS: readonly SheetSpec[] = [...INPUT_SHEETS, ...OUTPUT_SHEETS];

export function planSheet(spec: SheetSpec, state: SheetState | undefined): SheetPlan {
  const create = state === undefined;
  const map = mapHeaders(state?.header ?? [], spec.columns);
  const columns: ColumnPlan[] = [];
  let next = create ? 1 : Math.max(state.lastColumn, state.header.length) + 1;
  for (const column of spec.columns) {
    const found = map.index.get(column.header);
    if (found !== undefined)
      columns.push({ header: column.header, column: found + 1, spec: column, added: false });
    else columns.push({ header: column.header, column: next++, spec: column, added: true });
  }
  const added = columns.filter((c) => c.added);
  const headerWidth = Math.max(next - 1, state?.header.length ?? 0);
  const empty = create || state.lastRow <= 1;
  const plan: SheetPlan = { name: spec.name, spec, create, columns, added, headerWidth, seed: [] };
  plan.seed = seedBlocks(plan, empty);
  return plan;
}

function rowsByHeader(plan: SheetPlan, records: readonly Record<string, Cell>[]): Block {
  const width = Math.max(...plan.columns.map((c) => c.column));
  const values = records.map((record) => {
    const row: Cell[] = new Array(width).fill('');
    for (const c of plan.columns) if (record[c.header] !== undefined) row[c.column - 1] = record[c.header];
    return row;
  });
  return { row: 2, column: 1, values };
}

function seedBlocks(plan: SheetPlan, empty: boolean): Block[] {
  if (plan.spec === LISTS) {
    const lists = empty ? plan.columns : plan.added;
    return lists
      .filter((c) => (DEFAULT_LISTS[c.header] ?? []).length > 0)
      .map((c) => ({ row: 2, column: c.column, values: DEFAULT_LISTS[c.header].map((v) => [v]) }));
  }
  if (!empty) return [];
  if (plan.spec === INDICATORS) return [rowsByHeader(plan, EXAMPLE_INDICATORS)];
  if (plan.spec === SETTINGS) {
    return [
      rowsByHeader(
        plan,
        DEFAULT_SETTINGS.map(([Setting, Value]) => ({ Setting, Value })),
      ),
    ];
  }
  return [];
}

export function planWorkbook(states: ReadonlyMap<string, SheetState | undefined>): SheetPlan[] {
  return SETUP_SHEETS.map((spec) => planSheet(spec, states.get(spec.name)));
}

/** Number format of a column the tool adds: dates ISO, whole numbers, codes/IDs/phones as text. */
export function numberFormatFor(column: ColumnSpec): string | undefined {
  switch (column.kind) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'time':
      return 'hh:mm';
    case 'whole':
      return '0';
    case 'phone':
      return '@';
    case 'text':
      return /\bID$|^Code$/.test(column.header) ? '@' : undefined;
    default:
      return undefined;
  }
}

/** Column width in pixels of a column the tool adds. */
export function widthFor(column: ColumnSpec): number {
  if (column.multiline) return 280;
  switch (column.kind) {
    case 'date':
    case 'time':
    case 'yesno':
      return 100;
    case 'whole':
    case 'number':
      return 90;
    case 'email':
      return 200;
    case 'phone':
      return 130;
    case 'list':
      return 160;
    default:
      return /\bID$|^Code$/.test(column.header) ? 100 : 180;
  }
}

/** Marks the validations (and protections) that CBO Tracker owns. */
export const TOOL_PREFIX = 'CBO Tracker: ';

export type ValidationSource =
  | { type: 'list'; values: readonly string[] }
  /** Every cell of a column of another sheet, open-ended (e.g. Lists!A2:A) so new values count. */
  | { type: 'range'; sheet: string; column: number; header: string };

export interface ValidationPlan {
  sheet: string;
  header: string;
  column: number;
  source: ValidationSource;
  helpText: string;
}

/** Columns whose allowed values live in another sheet although their kind is text. */
const RANGE_SOURCES: Record<string, Record<string, [string, string]>> = {
  CBOs: {
    Province: [SHEET.geography, 'Province'],
    District: [SHEET.geography, 'District'],
    Partner: [SHEET.partners, 'Partner'],
  },
};

/** The dropdowns of every sheet, from the plans (column positions after set-up), help in a language. */
export function planValidations(plans: readonly SheetPlan[], language: Language = 'en'): ValidationPlan[] {
  const say = translator(language);
  const other = say('dropdown.other');
  const byName = new Map(plans.map((p) => [p.name, p]));
  const columnOf = (sheet: string, header: string) =>
    byName.get(sheet)?.columns.find((c) => c.header === header)?.column;
  const out: ValidationPlan[] = [];
  for (const plan of plans) {
    if (plan.spec.output) continue;
    for (const c of plan.columns) {
      const base = { sheet: plan.name, header: c.header, column: c.column };
      const override = RANGE_SOURCES[plan.name]?.[c.header];
      const fromList = c.spec.kind === 'list' && c.spec.list ? [SHEET.lists, c.spec.list] : undefined;
      const source = override ?? fromList;
      if (source) {
        const column = columnOf(source[0], source[1]);
        if (column === undefined) continue;
        out.push({
          ...base,
          source: { type: 'range', sheet: source[0], column, header: source[1] },
          helpText: `${TOOL_PREFIX}${say('dropdown.range', { sheet: source[0], column: source[1] })} ${other}`,
        });
      } else if (c.spec.kind === 'list' && c.spec.choices) {
        // In Khmer the list starts with the Khmer words (ស្រី, ថ្នាក់ជាតិ), read back as the values.
        const choices = c.spec.choices;
        out.push({
          ...base,
          source: { type: 'list', values: dropdownValues(choices, language) },
          helpText: `${TOOL_PREFIX}${say('dropdown.choices', {
            choices: choices.map((choice) => choiceWord(choice, language)).join(', '),
          })} ${other}`,
        });
      } else if (c.spec.kind === 'yesno') {
        // A Yes/No list, not checkboxes: typed Khmer បាទ/ចាស/ទេ and Y/N stay possible (in Khmer listed first).
        out.push({
          ...base,
          source: { type: 'list', values: dropdownValues(['Yes', 'No'], language) },
          helpText: `${TOOL_PREFIX}${say('dropdown.yesNo')} ${other}`,
        });
      }
    }
  }
  return out;
}
