/** A text checked once per column is reported again, on its own row, wherever it repeats. */
import { cleanWorkbook, setCell, validate } from './fixture';

function withCopies(copies: number) {
  const sheets = cleanWorkbook();
  const template = sheets.Advocacy[1];
  for (let n = 0; n < copies; n++) sheets.Advocacy.push([...template]);
  return sheets;
}

describe('repeated values', () => {
  test('the same wrong list value, Yes/No and text date are errors on every row that has them', () => {
    const sheets = withCopies(3);
    for (const dataRow of [0, 2, 3]) {
      setCell(sheets, 'Advocacy', dataRow, 'Level', 'Villige');
      setCell(sheets, 'Advocacy', dataRow, 'Date', '31/02/2020');
    }
    setCell(sheets, 'CBOs', 0, 'Target', 'maybe');
    setCell(sheets, 'CBOs', 1, 'Target', 'maybe');
    const problems = validate(sheets).problems.map((p) => [p.sheet, p.row, p.column, p.code, p.value]);
    expect(problems).toEqual([
      ['CBOs', 2, 'Target', 'not-yes-no', 'maybe'],
      ['CBOs', 3, 'Target', 'not-yes-no', 'maybe'],
      ['Advocacy', 2, 'Date', 'not-a-date', '31/02/2020'],
      ['Advocacy', 2, 'Level', 'unknown-list-value', 'Villige'],
      ['Advocacy', 4, 'Date', 'not-a-date', '31/02/2020'],
      ['Advocacy', 4, 'Level', 'unknown-list-value', 'Villige'],
      ['Advocacy', 5, 'Date', 'not-a-date', '31/02/2020'],
      ['Advocacy', 5, 'Level', 'unknown-list-value', 'Villige'],
    ]);
  });

  test('a repeated non-canonical spelling is a warning on each row; a value read well is not', () => {
    const sheets = withCopies(2);
    setCell(sheets, 'Advocacy', 0, 'Level', ' commune');
    setCell(sheets, 'Advocacy', 2, 'Level', ' commune');
    const problems = validate(sheets).problems;
    expect(problems.map((p) => [p.row, p.severity, p.code, p.message])).toEqual([
      [
        2,
        'warning',
        'non-canonical-spelling',
        'Level "commune" is spelled "Commune" in the allowed values of Level.',
      ],
      [
        4,
        'warning',
        'non-canonical-spelling',
        'Level "commune" is spelled "Commune" in the allowed values of Level.',
      ],
    ]);
  });

  test('a list missing from Lists is reported once, however many rows use it', () => {
    const sheets = withCopies(2);
    const issue = sheets.Lists[0].indexOf('Issue');
    for (const row of sheets.Lists) row[issue] = '';
    const missing = validate(sheets).problems.filter((p) => p.code === 'missing-column');
    expect(missing.map((p) => [p.sheet, p.column])).toEqual([['Lists', 'Issue']]);
  });
});
