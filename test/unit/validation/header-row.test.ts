import { cleanWorkbook, validate } from './fixture';

// A title row above the headers, or a merged header cell with the real headers under it: the
// headers exist but not on row 1. One problem that says so, not one "no column" per header.
describe('headers below row 1', () => {
  test('a title row above the headers is one problem on the header row', () => {
    const sheets = cleanWorkbook();
    sheets.CBOs = [['CBO mapping 2022'], ...sheets.CBOs];
    const problems = validate(sheets).problems.filter((p) => p.sheet === 'CBOs');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      row: 2,
      code: 'missing-column',
      column: 'CBO ID',
    });
    expect(problems[0].message).toMatch(/row 2/);
    expect(problems[0].message).toMatch(/row 1/);
    expect(problems[0].fix).toMatch(/row 1/);
  });

  test('headers merged over two columns, with the real ones on row 2', () => {
    const sheets = cleanWorkbook();
    const header = sheets.CBOs[0];
    const province = header.indexOf('Province');
    const district = header.indexOf('District');
    const second = header.map((_, i) => (i === province || i === district ? header[i] : ''));
    sheets.CBOs[0] = header.map((h, i) => (i === province ? 'Location' : i === district ? '' : h));
    sheets.CBOs.splice(1, 0, second);
    const problems = validate(sheets).problems.filter(
      (p) => p.sheet === 'CBOs' && p.row !== null && p.row <= 2,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('Province, District');
  });

  test('a header that is really missing is still one problem per column', () => {
    const sheets = cleanWorkbook();
    const members = sheets.CBOs[0].indexOf('Members');
    sheets.CBOs = sheets.CBOs.map((row) => row.filter((_, i) => i !== members));
    const problems = validate(sheets).problems;
    expect(problems).toEqual([
      expect.objectContaining({ sheet: 'CBOs', row: 1, column: 'Members', code: 'missing-column' }),
    ]);
  });
});
