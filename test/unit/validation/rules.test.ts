import type { Problem } from '../../../src/workbook/problem';
import { cleanWorkbook, setCell, validate, type Sheets } from './fixture';
import type { Cell } from '../../../src/workbook/values';

function errors(result: { problems: Problem[] }) {
  return result.problems.filter((p) => p.severity === 'error');
}

/** Problems after setting one cell of the clean workbook. */
function after(sheet: string, dataRow: number, header: string, value: Cell, change?: (s: Sheets) => void) {
  const sheets = cleanWorkbook();
  setCell(sheets, sheet, dataRow, header, value);
  change?.(sheets);
  return validate(sheets).problems;
}

function only(problems: Problem[]) {
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe('the clean workbook', () => {
  test('has no problems and counts the rows checked', () => {
    const result = validate(cleanWorkbook());
    expect(result.problems).toEqual([]);
    expect(result.checked).toMatchObject({ CBOs: 2, Advocacy: 1, Partners: 2, Geography: 7, Lists: 3 });
  });
});

describe('required values', () => {
  test.each([
    ['CBOs', 'CBO ID'],
    ['CBOs', 'CBO name'],
    ['CBOs', 'Province'],
    ['CBOs', 'District'],
    ['CBOs', 'Sector'],
    ['CBOs', 'Registration'],
    ['CBOs', 'Members'],
    ['CBOs', 'Partner'],
    ['CBOs', 'Target'],
    ['CBOs', 'Advocacy plan'],
    ['CBOs', 'Mapped on'],
    ['Advocacy', 'CBO ID'],
    ['Advocacy', 'Date'],
    ['Advocacy', 'Level'],
    ['Advocacy', 'Authority'],
    ['Advocacy', 'Issue'],
    ['Partners', 'Type'],
    ['Partners', 'Receives reports'],
    ['Geography', 'District'],
  ])('%s › %s empty is one error on its row and column', (sheet, header) => {
    const dataRow = sheet === 'Advocacy' ? 0 : 1; // CBO-002 is not referenced by Advocacy
    const problem = only(after(sheet, dataRow, header, ' \u200B'));
    expect(problem).toMatchObject({
      severity: 'error',
      sheet,
      row: dataRow + 2,
      column: header,
      code: 'required',
    });
    expect(problem.message).toContain(header);
  });

  test('an empty optional column is fine', () => {
    for (const header of [
      'CBO name (Khmer)',
      'Commune',
      'Village',
      'Year established',
      'Women members',
      'Phone',
    ]) {
      expect(after('CBOs', 0, header, '')).toEqual([]);
    }
  });
});

describe('uniqueness', () => {
  test('a repeated CBO ID is an error on the later row naming the first', () => {
    const problem = only(after('CBOs', 1, 'CBO ID', ' cbo-001 '));
    expect(problem).toMatchObject({
      sheet: 'CBOs',
      row: 3,
      column: 'CBO ID',
      code: 'duplicate-id',
      value: 'cbo-001',
    });
    expect(problem.message).toContain('row 2');
  });

  test('a repeated Partner is an error', () => {
    const problems = after('Partners', 1, 'Partner', 'Silaka');
    expect(problems.filter((p) => p.sheet === 'Partners')).toEqual([
      expect.objectContaining({ sheet: 'Partners', row: 3, column: 'Partner', code: 'duplicate-id' }),
    ]);
  });

  test('duplicate Geography rows and duplicate list values', () => {
    const sheets = cleanWorkbook();
    sheets.Geography.push(['kandal', 'Kien svay', 'KOKIR', '', '', '', '']);
    sheets.Lists.push(['fisheries', '', '', '', '', '']);
    const problems = validate(sheets).problems;
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'Geography', row: 9, code: 'duplicate-geography' }),
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Lists',
        row: 5,
        column: 'Sector',
        code: 'duplicate-list-value',
      }),
    ]);
  });
});

describe('kinds', () => {
  test.each([
    ['Members', 'twelve', 'not-a-number'],
    ['Members', '12.5', 'not-a-whole-number'],
    ['Members', -3, 'out-of-range'],
    ['Year established', 1975, 'out-of-range'],
    ['Year established', 2027, 'out-of-range'],
    ['Year established', '2015-ish', 'not-a-number'],
    ['Mapped on', '2020/13/45', 'not-a-date'],
    ['Mapped on', 'July 2020', 'not-a-date'],
    ['Mapped on', '31/02/2020', 'not-a-date'],
    ['Mapped on', '24/11/2026', 'future-date'],
    ['Target', 'maybe', 'not-yes-no'],
    ['Email', 'sok.example.org', 'invalid-email'],
    ['Email', 'a@b.org, c@d.org', 'invalid-email'],
    ['Phone', '12345', 'invalid-phone'],
    ['Phone', '+66 81 234 5678', 'invalid-phone'],
    ['Phone', '012 34 56', 'invalid-phone'],
    ['CBO name (Khmer)', 'Kokir Fishery', 'not-khmer-script'],
    ['Sector', 'Fishing', 'unknown-list-value'],
    ['Leader gender', 'Unknown', 'unknown-list-value'],
  ])('CBOs › %s %p is %s', (header, value, code) => {
    const problem = only(after('CBOs', 0, header, value));
    expect(problem).toMatchObject({ severity: 'error', sheet: 'CBOs', row: 2, column: header, code });
    expect(problem.message).toContain(String(value).split(',')[0].trim().slice(0, 8) || header);
    expect(problem.fix.length).toBeGreaterThan(5);
  });

  test.each([
    ['Members', '៤០'],
    ['Members', '1,250'],
    ['Year established', 2026],
    ['Year established', '២០១៥'],
    ['Year established', 1979],
    ['Mapped on', '2026-11-23'],
    ['Mapped on', '23/11/2026'],
    ['Mapped on', '១៥/០៧/២០២០'],
    ['Mapped on', new Date('2026-11-23T09:00:00+07:00')],
    ['Target', true],
    ['Target', 'y'],
    ['Target', 'ចាស'],
    ['Advocacy plan', 'FALSE'],
    ['Advocacy plan', 'ទេ'],
    ['Phone', '+855 12 345 678'],
    ['Phone', '855 97 123 4567'],
    ['Phone', '097-123-4567'],
    ['Phone', '០១២ ៣៤៥ ៦៧៨'],
    ['Phone', '+855 (0)12 345 678'],
    ['Phone', '012 345 678 / 097 123 4567'],
    ['Phone', '023.123.456'],
    ['Email', ' Sok.Dara@example.org.kh '],
    ['CBO name (Khmer)', 'សហគមន៍ CBO'],
    ['Sector', 'Fisheries\u200B'],
  ])('CBOs › %s %p is valid', (header, value) => {
    expect(errors({ problems: after('CBOs', 0, header, value) })).toEqual([]);
  });

  test('Women and Youth members may together exceed Members; each above Members is wrong', () => {
    expect(after('CBOs', 0, 'Members', 25)).toEqual([]); // 22 women + 8 youth > 25
    const problem = only(after('CBOs', 0, 'Youth members', 41));
    expect(problem).toMatchObject({ column: 'Youth members', code: 'youth-above-members', value: '41' });
    expect(only(after('CBOs', 0, 'Women members', '៤១'))).toMatchObject({ code: 'women-above-members' });
  });

  test('Members 0 with no women or youth is valid', () => {
    const sheets = cleanWorkbook();
    setCell(sheets, 'CBOs', 0, 'Members', 0);
    setCell(sheets, 'CBOs', 0, 'Women members', 0);
    setCell(sheets, 'CBOs', 0, 'Youth members', '');
    expect(validate(sheets).problems).toEqual([]);
  });

  test('a phone stored as a number lost its leading 0: a warning, not an error', () => {
    expect(only(after('CBOs', 0, 'Phone', 12345678))).toMatchObject({
      severity: 'warning',
      code: 'phone-as-number',
    });
  });
});

describe('lists and choices', () => {
  test('case, spaces and accents match but may be a warning with the canonical spelling', () => {
    const problem = only(after('CBOs', 0, 'Sector', ' fisheries '));
    expect(problem).toMatchObject({ severity: 'warning', code: 'non-canonical-spelling', column: 'Sector' });
    expect(problem.fix).toContain('"Fisheries"');
  });

  test('a near miss gets a suggestion', () => {
    const problem = only(after('CBOs', 0, 'Sector', 'Fisherys'));
    expect(problem.code).toBe('unknown-list-value');
    expect(problem.message).toContain('"Fisherys"');
    expect(problem.fix).toContain('Did you mean "Fisheries"?');
  });

  test('Level and Leader gender accept Khmer and short spellings as warnings', () => {
    expect(only(after('Advocacy', 0, 'Level', 'ឃុំ'))).toMatchObject({
      severity: 'warning',
      code: 'non-canonical-spelling',
    });
    expect(only(after('CBOs', 0, 'Leader gender', 'F'))).toMatchObject({ severity: 'warning' });
    expect(only(after('Advocacy', 0, 'Level', 'Village'))).toMatchObject({
      severity: 'error',
      code: 'unknown-list-value',
    });
  });

  test('a list column missing from Lists is one problem, not one per row', () => {
    const sheets = cleanWorkbook();
    const index = sheets.Lists[0].indexOf('Sector');
    for (const row of sheets.Lists) row.splice(index, 1);
    expect(validate(sheets).problems).toEqual([
      expect.objectContaining({ sheet: 'Lists', row: 1, column: 'Sector', code: 'missing-column' }),
    ]);
  });
});

describe('geography', () => {
  test('English or Khmer names, any case, accents optional', () => {
    const sheets = cleanWorkbook();
    setCell(sheets, 'CBOs', 0, 'Province', 'កណ្តាល');
    setCell(sheets, 'CBOs', 0, 'District', 'កៀនស្វាយ');
    setCell(sheets, 'CBOs', 0, 'Commune', 'គគីរ');
    setCell(sheets, 'CBOs', 1, 'Province', 'takeo');
    const problems = validate(sheets).problems;
    expect(errors({ problems })).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        row: 3,
        column: 'Province',
        code: 'non-canonical-spelling',
      }),
    ]);
    expect(problems[0].fix).toContain('Takéo');
  });

  test('an unknown Province is ONE problem with a suggestion, not a cascade', () => {
    const problem = only(after('CBOs', 0, 'Province', 'Kandaal'));
    expect(problem).toMatchObject({
      severity: 'error',
      column: 'Province',
      code: 'unknown-province',
      value: 'Kandaal',
    });
    expect(problem.message).toContain('"Kandaal" is not a province');
    expect(problem.fix).toBe('Did you mean "Kandal"?');
  });

  test('a District of another Province', () => {
    const problem = only(after('CBOs', 0, 'District', 'Bati'));
    expect(problem).toMatchObject({ column: 'District', code: 'district-not-in-province' });
    expect(problem.message).toContain('Takéo');
  });

  test('an unknown District gets a suggestion among the Province districts', () => {
    const problem = only(after('CBOs', 0, 'District', 'Kien Svey'));
    expect(problem).toMatchObject({ code: 'unknown-district' });
    expect(problem.fix).toContain('"Kien Svay"');
  });

  test('Communes: checked only when Geography lists them for the District', () => {
    expect(only(after('CBOs', 0, 'Commune', 'Chambak'))).toMatchObject({ code: 'commune-not-in-district' });
    const unknown = only(after('CBOs', 0, 'Commune', 'Kokirr'));
    expect(unknown).toMatchObject({ code: 'unknown-commune' });
    expect(unknown.fix).toContain('"Kokir"');
    const sheets = cleanWorkbook();
    setCell(sheets, 'CBOs', 0, 'District', 'Khsach Kandal');
    setCell(sheets, 'CBOs', 0, 'Commune', 'Anything at all');
    expect(validate(sheets).problems).toEqual([]);
  });

  test('a District name shared by two provinces is matched within the Province', () => {
    const sheets = cleanWorkbook();
    setCell(sheets, 'CBOs', 1, 'District', 'Samraong');
    setCell(sheets, 'CBOs', 1, 'Commune', '');
    expect(validate(sheets).problems).toEqual([]);
  });

  test('an unknown District with a wrong Province is still only the Province', () => {
    const sheets = cleanWorkbook();
    setCell(sheets, 'CBOs', 0, 'Province', 'Atlantis');
    setCell(sheets, 'CBOs', 0, 'District', 'Nowhere');
    setCell(sheets, 'CBOs', 0, 'Commune', 'Nothing');
    expect(validate(sheets).problems.map((p) => p.code)).toEqual(['unknown-province']);
  });
});

describe('references and cross-field rules', () => {
  test('an Advocacy CBO ID that is not in CBOs', () => {
    const problem = only(after('Advocacy', 0, 'CBO ID', 'CBO-0001'));
    expect(problem).toMatchObject({ sheet: 'Advocacy', row: 2, column: 'CBO ID', code: 'unknown-cbo' });
    expect(problem.fix).toContain('"CBO-001"');
  });

  test('a Partner that is not in Partners', () => {
    expect(only(after('CBOs', 0, 'Partner', 'Silak'))).toMatchObject({ code: 'unknown-partner' });
    expect(only(after('CBOs', 0, 'Partner', 'silaka'))).toMatchObject({ severity: 'warning' });
  });

  test('MoU end before MoU start, and an MoU without an exit strategy', () => {
    expect(only(after('Partners', 0, 'MoU end', '31/12/2018'))).toMatchObject({
      column: 'MoU end',
      code: 'mou-end-before-start',
    });
    expect(only(after('Partners', 0, 'Exit strategy', ''))).toMatchObject({
      column: 'Exit strategy',
      code: 'exit-strategy-required',
    });
    expect(
      after('Partners', 0, 'MoU start', '', (s) => setCell(s, 'Partners', 0, 'Exit strategy', '')),
    ).toEqual([]);
  });

  test('Partners may list several e-mail addresses; one bad address is named', () => {
    const problem = only(after('Partners', 0, 'Email', 'a@silaka.org; b at silaka'));
    expect(problem).toMatchObject({ code: 'invalid-email' });
    expect(problem.message).toContain('"b at silaka"');
  });

  test('an advocacy date in the future', () => {
    expect(only(after('Advocacy', 0, 'Date', '2027-01-01'))).toMatchObject({ code: 'future-date' });
  });
});

describe('missing sheets and columns', () => {
  test('a missing sheet is one clear problem', () => {
    const sheets = cleanWorkbook();
    delete sheets.Partners;
    expect(validate(sheets).problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Partners',
        row: null,
        column: null,
        code: 'missing-sheet',
      }),
    ]);
  });

  test('a missing required column is one problem, not one per row', () => {
    const sheets = cleanWorkbook();
    const index = sheets.CBOs[0].indexOf('Members');
    for (const row of sheets.CBOs) row.splice(index, 1);
    expect(validate(sheets).problems).toEqual([
      expect.objectContaining({ sheet: 'CBOs', row: 1, column: 'Members', code: 'missing-column' }),
    ]);
  });

  test('a repeated column is a warning naming both columns', () => {
    const sheets = cleanWorkbook();
    sheets.CBOs.forEach((row, i) => row.push(i === 0 ? 'notes' : 'more'));
    const problem = only(validate(sheets).problems);
    expect(problem).toMatchObject({ severity: 'warning', code: 'duplicate-column', column: 'Notes' });
    expect(problem.message).toContain('columns V and W');
  });
});

describe('other sheets', () => {
  test('meetings, attendance, projects, report items and settings', () => {
    const sheets = cleanWorkbook();
    sheets.Meetings = [
      ['Meeting ID', 'Title', 'Date'],
      ['M-1', 'Partners meeting', '2027-03-01'],
      ['M-1', '', 'soon'],
    ];
    sheets.Attendance = [
      ['Meeting ID', 'Name', 'Participant type', 'Gender', 'Email'],
      ['M-1', 'Dara', 'CBO', 'M', 'dara@example.org'],
      ['M-2', 'Sophea', 'NGO', 'Female', ''],
    ];
    sheets.Projects = [
      ['Project ID', 'Start', 'Funding'],
      ['P-1', '2020-01-01', '12,000'],
    ];
    sheets['Report items'] = [
      ['Project ID', 'Section', 'Order', 'Text'],
      ['P-2', 'Lessons learned', 1, 'Text'],
    ];
    sheets.Settings = [
      ['Setting', 'Value'],
      ['Language', 'fr'],
      ['Time zone', 'Asia/Phnom_Penh'],
      ['Language', 'en'],
    ];
    const found = validate(sheets).problems.map((p) => [p.sheet, p.row, p.column, p.code, p.severity]);
    expect(found).toEqual([
      ['Meetings', 3, 'Meeting ID', 'duplicate-id', 'error'],
      ['Meetings', 3, 'Title', 'required', 'error'],
      ['Meetings', 3, 'Date', 'not-a-date', 'error'],
      ['Attendance', 2, 'Gender', 'non-canonical-spelling', 'warning'],
      ['Attendance', 3, 'Meeting ID', 'unknown-meeting', 'error'],
      ['Attendance', 3, 'Participant type', 'unknown-list-value', 'error'],
      ['Report items', 2, 'Project ID', 'unknown-project', 'error'],
      ['Settings', 2, 'Value', 'invalid-setting', 'error'],
      ['Settings', 4, 'Setting', 'duplicate-id', 'warning'],
    ]);
  });
});

describe('the Language column of Meetings, Projects and Partners', () => {
  test('reads every spelling of a language, and names the cell of one that is none', () => {
    for (const [sheet, header] of [
      ['Partners', 'Partner'],
      ['Meetings', 'Meeting ID'],
      ['Projects', 'Project ID'],
    ]) {
      const sheets = cleanWorkbook();
      const rows: Cell[][] = ['km', 'Khmer', 'ខ្មែរ', ' KM ', 'en', 'English', 'អង់គ្លេស', '', 'fr'].map(
        (language, i) => [`${sheet}-${i}`, language],
      );
      if (sheet === 'Partners') {
        const width = sheets.Partners[0].length;
        sheets.Partners = [
          [...sheets.Partners[0], 'Language'],
          ...sheets.Partners.slice(1).map((r) => [...r, '']),
        ];
        for (const [, language] of rows) {
          const row: Cell[] = [...sheets.Partners[1]];
          row[0] = `Partner ${String(language)}`;
          row[width] = language;
          sheets.Partners.push(row);
        }
      } else {
        sheets[sheet] = [[header, 'Language'], ...rows];
      }
      const found = validate(sheets).problems.filter((p) => p.column === 'Language');
      expect(found.map((p) => [p.sheet, p.row, p.value, p.code, p.severity])).toEqual([
        [
          sheet,
          sheet === 'Partners' ? sheets.Partners.length : rows.length + 1,
          'fr',
          'unknown-list-value',
          'error',
        ],
      ]);
    }
  });
});
