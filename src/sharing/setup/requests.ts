/**
 * Set-up as Sheets API requests (pure): the plans of plan.ts and the protection plans turned into
 * the requests of one `Sheets.Spreadsheets.batchUpdate`, from what one read of the spreadsheet
 * told (sheet IDs, grid sizes, protected ranges and whether the running user may edit them).
 */
import { columnLetter } from '../../workbook/a1';
import { cellValue, colorOf, type GridRange, type Request } from '../../sheets/requests';
import type { ProtectionPlan } from '../protection/plan';
import { numberFormatFor, widthFor, type SheetPlan, type ValidationPlan } from './plan';

export const HEADER_BACKGROUND = '#d9e2f3';

type ProtectedRange = GoogleAppsScript.Sheets.Schema.ProtectedRange;
type Rule = GoogleAppsScript.Sheets.Schema.DataValidationRule;

/** What the read told of one sheet. */
export interface SheetInfo {
  sheetId: number;
  title: string;
  rowCount: number;
  columnCount: number;
  protectedRanges: ProtectedRange[];
}

/** The API's type of a number format pattern. */
export function numberFormatType(pattern: string): string {
  if (pattern === '@') return 'TEXT';
  if (/^y|d/.test(pattern)) return 'DATE';
  if (/^h/.test(pattern)) return 'TIME';
  return 'NUMBER';
}

function overlaps(
  range: GridRange | undefined,
  sheetId: number,
  row: number,
  first: number,
  last: number,
): boolean {
  if (!range || (range.sheetId ?? 0) !== sheetId) return false;
  const rowIn = (range.startRowIndex ?? 0) <= row && row < (range.endRowIndex ?? Infinity);
  const colIn = (range.startColumnIndex ?? 0) <= last && first < (range.endColumnIndex ?? Infinity);
  return rowIn && colIn;
}

/** Whether the running user may write row 1, columns first..last (1-based) of a sheet. */
export function headerWritable(info: SheetInfo, first: number, last: number): boolean {
  return info.protectedRanges.every(
    (p) =>
      p.warningOnly ||
      p.requestingUserCanEdit !== false ||
      !overlaps(p.range, info.sheetId, 0, first - 1, last - 1),
  );
}

/** Requests for one sheet's added columns, frozen header (new sheets) and seeds. */
export function sheetRequests(plan: SheetPlan, info: SheetInfo, created: boolean): Request[] {
  const requests: Request[] = [];
  const sheetId = info.sheetId;
  let columnCount = info.columnCount;
  if (plan.added.length > 0) {
    const first = Math.min(...plan.added.map((c) => c.column));
    const last = Math.max(...plan.added.map((c) => c.column));
    if (last > columnCount) {
      requests.push({ appendDimension: { sheetId, dimension: 'COLUMNS', length: last - columnCount } });
      columnCount = last;
    }
    requests.push({
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: first - 1 },
        rows: [
          {
            values: plan.added.map((c) => ({
              userEnteredValue: { stringValue: c.header },
              userEnteredFormat: { textFormat: { bold: true }, backgroundColor: colorOf(HEADER_BACKGROUND) },
            })),
          },
        ],
        fields: 'userEnteredValue,userEnteredFormat.textFormat.bold,userEnteredFormat.backgroundColor',
      },
    });
    for (const c of plan.added) {
      const pattern = numberFormatFor(c.spec);
      if (pattern && info.rowCount > 1) {
        requests.push({
          repeatCell: {
            range: {
              sheetId,
              startRowIndex: 1,
              endRowIndex: info.rowCount,
              startColumnIndex: c.column - 1,
              endColumnIndex: c.column,
            },
            cell: { userEnteredFormat: { numberFormat: { type: numberFormatType(pattern), pattern } } },
            fields: 'userEnteredFormat.numberFormat',
          },
        });
      }
      requests.push({
        updateDimensionProperties: {
          range: { sheetId, dimension: 'COLUMNS', startIndex: c.column - 1, endIndex: c.column },
          properties: { pixelSize: widthFor(c.spec) },
          fields: 'pixelSize',
        },
      });
    }
  }
  // A sheet the tool creates gets a frozen header; a user's sheet keeps the view its users chose.
  if (created) {
    requests.push({
      updateSheetProperties: {
        properties: { sheetId, gridProperties: { frozenRowCount: 1 } },
        fields: 'gridProperties.frozenRowCount',
      },
    });
  }
  for (const block of plan.seed) {
    if (block.values.length === 0) continue;
    requests.push({
      updateCells: {
        start: { sheetId, rowIndex: block.row - 1, columnIndex: block.column - 1 },
        rows: block.values.map((row) => ({
          values: row.map((value) => ({ userEnteredValue: cellValue(value) })),
        })),
        fields: 'userEnteredValue',
      },
    });
  }
  return requests;
}

/** The dropdown of a column, rows 2 to the end of the grid, other values allowed with a warning. */
export function validationRequest(
  rule: ValidationPlan,
  info: SheetInfo,
  listValues: readonly string[] | undefined,
): Request | undefined {
  if (info.rowCount < 2) return undefined;
  const range = {
    sheetId: info.sheetId,
    startRowIndex: 1,
    endRowIndex: info.rowCount,
    startColumnIndex: rule.column - 1,
    endColumnIndex: rule.column,
  };
  const letters = columnLetter((rule.source.type === 'range' ? rule.source.column : 1) - 1);
  const condition =
    rule.source.type === 'list' || listValues
      ? {
          type: 'ONE_OF_LIST',
          values: [...(listValues ?? (rule.source.type === 'list' ? rule.source.values : []))].map((v) => ({
            userEnteredValue: v,
          })),
        }
      : {
          type: 'ONE_OF_RANGE',
          values: [
            { userEnteredValue: `='${rule.source.sheet.replace(/'/g, "''")}'!$${letters}$2:$${letters}` },
          ],
        };
  return {
    setDataValidation: {
      range,
      rule: { condition, inputMessage: rule.helpText, strict: false, showCustomUi: true },
    },
  };
}

export interface ProtectionOutcome {
  requests: Request[];
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

function sameRange(a: GridRange | undefined, b: GridRange): boolean {
  const keys: (keyof GridRange)[] = [
    'sheetId',
    'startRowIndex',
    'endRowIndex',
    'startColumnIndex',
    'endColumnIndex',
  ];
  return keys.every((k) => (a?.[k] ?? undefined) === (b[k] ?? undefined));
}

/**
 * Requests that make CBO Tracker's protections match the plans: found by description, created
 * when missing, range, mode and editors refreshed; one the user may not edit is left alone.
 * Editors: the plan's, the running user's (who must keep writing what the tool writes) and, never
 * removable, the owner's.
 */
export function protectionRequests(
  plans: readonly ProtectionPlan[],
  sheets: ReadonlyMap<string, SheetInfo>,
  me: string,
  owner: string,
): ProtectionOutcome {
  const outcome: ProtectionOutcome = { requests: [], created: 0, updated: 0, unchanged: 0, skipped: 0 };
  const meKey = me.toLowerCase();
  const ownerKey = owner.toLowerCase();
  for (const plan of plans) {
    const info = sheets.get(plan.sheet);
    if (!info) continue;
    const existing = [...sheets.values()]
      .flatMap((s) => s.protectedRanges)
      .find((p) => p.description === plan.description);
    if (existing && existing.requestingUserCanEdit === false) {
      outcome.skipped++;
      continue;
    }
    if (plan.scope === 'cells' && (!plan.cells || plan.cells.endRowIndex <= plan.cells.startRowIndex)) {
      // Nothing left to protect (e.g. a partner copy without CBOs now).
      if (existing)
        outcome.requests.push({ deleteProtectedRange: { protectedRangeId: existing.protectedRangeId } });
      continue;
    }
    const range: GridRange =
      plan.scope === 'cells'
        ? { sheetId: info.sheetId, ...plan.cells }
        : plan.scope === 'header'
          ? {
              sheetId: info.sheetId,
              startRowIndex: 0,
              endRowIndex: 1,
              startColumnIndex: 0,
              endColumnIndex: info.columnCount,
            }
          : { sheetId: info.sheetId };
    const wanted = [...new Set([...plan.editors, me].filter(Boolean).map((e) => e.toLowerCase()))];
    const protectedRange: ProtectedRange = {
      range,
      description: plan.description,
      warningOnly: plan.warningOnly,
      ...(plan.warningOnly ? {} : { editors: { users: wanted, domainUsersCanEdit: false } }),
    };
    if (!existing || !sameRange(existing.range, range)) {
      if (existing)
        outcome.requests.push({ deleteProtectedRange: { protectedRangeId: existing.protectedRangeId } });
      outcome.requests.push({ addProtectedRange: { protectedRange } });
      outcome.created++;
      continue;
    }
    const fields: string[] = [];
    if (!!existing.warningOnly !== plan.warningOnly) fields.push('warningOnly');
    if (!plan.warningOnly) {
      const current = (existing.editors?.users ?? []).map((e) => e.toLowerCase());
      const extra = current.filter((e) => !wanted.includes(e) && e !== meKey && e !== ownerKey);
      const missing = wanted.filter((e) => !current.includes(e));
      if (extra.length || missing.length) fields.push('editors');
    }
    if (fields.length === 0) {
      outcome.unchanged++;
      continue;
    }
    outcome.requests.push({
      updateProtectedRange: {
        protectedRange: { ...protectedRange, protectedRangeId: existing.protectedRangeId, range: undefined },
        fields: fields.join(','),
      },
    });
    outcome.updated++;
  }
  return outcome;
}

/** A range's A1 the way it is compared: no '=', '$' or quotes, open at the end ("Lists!A2:A"). */
function sourceKey(value: string | undefined): string {
  return String(value ?? '')
    .replace(/^=/, '')
    .replace(/[$']/g, '')
    .replace(/(:[A-Z]+)\d+$/i, '$1')
    .toUpperCase();
}

/** Whether a dropdown read back is the one set-up would write (condition, help and strictness). */
export function sameRule(read: Rule | undefined, wanted: Rule | undefined): boolean {
  if (!read || !wanted) return false;
  const a = read.condition;
  const b = wanted.condition;
  if (a?.type !== b?.type || (read.inputMessage ?? '') !== (wanted.inputMessage ?? '')) return false;
  if (!!read.strict !== !!wanted.strict) return false;
  const values = (c: typeof a) => (c?.values ?? []).map((v) => v.userEnteredValue ?? '');
  if (b?.type === 'ONE_OF_RANGE') return sourceKey(values(a)[0]) === sourceKey(values(b)[0]);
  return values(a).join('\u0000') === values(b).join('\u0000');
}
