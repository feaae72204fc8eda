/** Validate data through build/Code.js in the offline runtime: what the user sees in the workbook. */
import { CBOS } from '../../src/workbook/contract';
import { openWorkbook, sheetValues, type OfflineRuntime } from '../support/runtime';
import { cleanWorkbook, setCell } from '../unit/validation/fixture';
import type { Cell } from '../../src/workbook/values';

const ERROR_FILL = '#f4c7c3';
const WARNING_FILL = '#fce8b2';
const TODAY = { today: '2026-11-23' };

interface Summary {
  checked: Record<string, number>;
  problems: { sheet: string; row: number; column: string; code: string; severity: string }[];
  summary: string;
}

function cell(runtime: OfflineRuntime, sheet: string, a1: string) {
  const range = runtime.spreadsheet.getSheetByName(sheet)!.getRange(a1);
  return { fill: range.getBackground(), note: range.getNote(), value: range.getValue() };
}

function withUserColumn() {
  const sheets = cleanWorkbook();
  sheets.CBOs[0].push('Field officer');
  sheets.CBOs[1].push('Dara');
  sheets.CBOs[2].push('Malis');
  return sheets;
}

const column = (header: string) =>
  String.fromCharCode(65 + CBOS.columns.findIndex((c) => c.header === header));

describe('Validate data', () => {
  test('lists each problem in the Validation sheet with a link, marks the cells, and alerts a summary', async () => {
    const sheets = withUserColumn();
    setCell(sheets, 'CBOs', 0, 'Province', 'Kandaal');
    setCell(sheets, 'CBOs', 1, 'Sector', 'savings');
    const before = JSON.stringify(sheets.CBOs);
    const runtime = await openWorkbook(sheets);
    const result = runtime.run('validateData', TODAY) as Summary;

    expect(result.problems.map((p) => [p.severity, p.sheet, p.row, p.column, p.code])).toEqual([
      ['error', 'CBOs', 2, 'Province', 'unknown-province'],
      ['warning', 'CBOs', 3, 'Sector', 'non-canonical-spelling'],
    ]);
    expect(result.checked).toMatchObject({ CBOs: 2, Advocacy: 1, Partners: 2 });
    expect(result.summary).toBe(
      '2 rows checked in CBOs, 1 in Advocacy, 2 in Partners: 1 error in 1 row, 1 warning',
    );
    expect(runtime.ui.alerts.map((a) => a.text)[0]).toContain(result.summary);

    const validation = sheetValues(runtime, 'Validation');
    expect(validation[0]).toEqual([
      'Severity',
      'Sheet',
      'Row',
      'Column',
      'Value',
      'Problem',
      'How to fix',
      'Link',
    ]);
    expect(validation[1].slice(0, 7)).toEqual([
      'Error',
      'CBOs',
      2,
      'Province',
      'Kandaal',
      '"Kandaal" is not a province in Geography.',
      'Did you mean "Kandal"?',
    ]);
    const gid = runtime.spreadsheet.getSheetByName('CBOs')!.getSheetId();
    const p = column('Province');
    expect(runtime.spreadsheet.getSheetByName('Validation')!.getRange('H2').getFormula()).toBe(
      `=HYPERLINK("#gid=${gid}&range=${p}2","CBOs!${p}2")`,
    );
    expect(cell(runtime, 'Validation', 'A2').fill).toBe(ERROR_FILL);
    expect(cell(runtime, 'Validation', 'A3').fill).toBe(WARNING_FILL);

    expect(cell(runtime, 'CBOs', `${p}2`)).toMatchObject({ fill: ERROR_FILL, value: 'Kandaal' });
    expect(cell(runtime, 'CBOs', `${p}2`).note).toMatch(/^CBO Tracker: "Kandaal" is not a province/);
    expect(cell(runtime, 'CBOs', `${column('Sector')}3`).fill).toBe(WARNING_FILL);
    // Input values, including the user's own column, are unchanged.
    const after = sheetValues(runtime, 'CBOs').map((row) =>
      row.map((v) => (v instanceof Date ? v.toISOString() : v)),
    );
    const expected = (JSON.parse(before) as Cell[][]).map((row) => row.map((v) => (v === '' ? '' : v)));
    expect(
      after.map((row) => row.filter((_, i) => i !== CBOS.columns.findIndex((c) => c.header === 'Mapped on'))),
    ).toEqual(
      expected.map((row) =>
        row.filter((_, i) => i !== CBOS.columns.findIndex((c) => c.header === 'Mapped on')),
      ),
    );
  });

  test('a second run after a fix clears its marks and gives back the user fill and note', async () => {
    const sheets = withUserColumn();
    setCell(sheets, 'CBOs', 0, 'Province', 'Kandaal');
    setCell(sheets, 'CBOs', 0, 'Members', 'forty');
    const runtime = await openWorkbook(sheets);
    const cbos = runtime.spreadsheet.getSheetByName('CBOs')!;
    const p = `${column('Province')}2`;
    const m = `${column('Members')}2`;
    cbos.getRange(p).setBackground('#00ff00').setNote('checked by Dara');
    cbos.getRange('W2').setBackground('#0000ff').setNote('user column note');

    runtime.run('validateData', TODAY);
    expect(cell(runtime, 'CBOs', p).fill).toBe(ERROR_FILL);
    expect(cell(runtime, 'CBOs', p).note).toMatch(/^CBO Tracker: .*\n\nchecked by Dara$/s);
    expect(cell(runtime, 'CBOs', m).fill).toBe(ERROR_FILL);

    // The user fixes the Province and recolours the Members cell; Members stays wrong.
    cbos.getRange(p).setValue('Kandal');
    runtime.run('validateData', TODAY);
    expect(cell(runtime, 'CBOs', p)).toMatchObject({ fill: '#00ff00', note: 'checked by Dara' });
    expect(cell(runtime, 'CBOs', m).fill).toBe(ERROR_FILL);
    cbos.getRange(m).setValue(40);
    cbos.getRange(m).setBackground('#ff00ff');
    const result = runtime.run('validateData', TODAY) as Summary;
    expect(result.problems).toEqual([]);
    expect(cell(runtime, 'CBOs', m)).toMatchObject({ fill: '#ff00ff', note: '' });
    expect(cell(runtime, 'CBOs', 'W2')).toMatchObject({
      fill: '#0000ff',
      note: 'user column note',
      value: 'Dara',
    });
    expect(sheetValues(runtime, 'Validation')).toHaveLength(1);
  });

  test('a missing sheet and a missing required column are one problem each, not a crash', async () => {
    const sheets = cleanWorkbook();
    delete sheets.Partners;
    const index = sheets.CBOs[0].indexOf('Sector');
    for (const row of sheets.CBOs) row.splice(index, 1);
    const runtime = await openWorkbook(sheets);
    const result = runtime.run('validateData', TODAY) as Summary;
    expect(result.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ['CBOs', 1, 'Sector', 'missing-column'],
      ['Partners', null, null, 'missing-sheet'],
    ]);
    expect(sheetValues(runtime, 'Validation')).toHaveLength(3);
  });

  test('the number of service calls does not grow with the number of rows', async () => {
    const callsFor = async (size: number) => {
      const sheets = cleanWorkbook();
      const template = sheets.CBOs[1];
      const idColumn = sheets.CBOs[0].indexOf('CBO ID');
      const provinceColumn = sheets.CBOs[0].indexOf('Province');
      sheets.CBOs = [sheets.CBOs[0]];
      for (let i = 0; i < size; i++) {
        const row = [...template];
        row[idColumn] = `CBO-${i}`;
        if (i % 10 === 0) row[provinceColumn] = 'Kandaal';
        sheets.CBOs.push(row);
      }
      sheets.Advocacy[1][0] = 'CBO-1';
      const runtime = await openWorkbook(sheets);
      const first = runtime.run('validateData', TODAY) as Summary;
      expect(first.problems).toHaveLength(size / 10);
      const calls = [runtime.lastRun!.serviceCalls];
      runtime.run('validateData', TODAY);
      calls.push(runtime.lastRun!.serviceCalls);
      return calls;
    };
    expect(await callsFor(50)).toEqual(await callsFor(500));
  });
});
