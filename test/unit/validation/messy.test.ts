/**
 * A messy workbook as users really type it: shuffled columns, header variants, a blank row, a
 * column of the user's own, Khmer names and digits, text dates, Yes/No spellings. One mistake
 * of every kind is planted; each must be found on its row and column, and nothing else may be
 * an error.
 */
import { cleanWorkbook, validate, type Sheets } from './fixture';
import type { Cell } from '../../../src/workbook/values';

type Row = Record<string, Cell>;

/** Rows keyed by contract header, written under the given headers (variants) in the given order. */
function sheet(headers: [contract: string, written: string][], rows: (Row | null)[]): Cell[][] {
  return [
    headers.map(([, written]) => written),
    ...rows.map((row) => headers.map(([contract]) => (row ? (row[contract] ?? '') : ''))),
  ];
}

const CBO_HEADERS: [string, string][] = [
  ['Notes', 'notes'],
  ['Province', '  PROVINCE '],
  ['CBO ID', 'cbo id*'],
  ['My column', 'My column'],
  ['District', 'District*'],
  ['Members', 'members'],
  ['CBO name', 'CBO  name'],
  ['Commune', 'Commune'],
  ['Women members', 'Women Members'],
  ['Youth members', 'youth members'],
  ['Sector', 'Sector *'],
  ['Registration', 'Registration'],
  ['Year established', 'Year Established'],
  ['Partner', 'Partner'],
  ['Target', 'Target'],
  ['Advocacy plan', 'Advocacy Plan'],
  ['Mapped on', 'Mapped on'],
  ['Phone', 'phone'],
  ['Email', 'E-mail'],
  ['CBO name (Khmer)', 'cbo name (khmer)'],
  ['Leader gender', 'Leader gender'],
];

const base: Row = {
  Province: 'Kandal',
  District: 'Kien Svay',
  Commune: 'Kokir',
  'CBO name': 'Group',
  Sector: 'Fisheries',
  Registration: 'Registered',
  Members: 30,
  'Women members': 10,
  'Youth members': 5,
  Partner: 'SILAKA',
  Target: 'Yes',
  'Advocacy plan': 'No',
  'Mapped on': '2020-07-15',
  'My column': 'user text',
};

function messyWorkbook(): { sheets: Sheets; expected: [string, number, string, string][] } {
  const sheets = cleanWorkbook();
  const expected: [string, number, string, string][] = [];
  const rows: (Row | null)[] = [];
  let n = 0;
  const cbo = (values: Row, problem?: [column: string, code: string]) => {
    n++;
    rows.push({ ...base, 'CBO ID': `M-${n}`, ...values });
    if (problem) expected.push(['CBOs', rows.length + 1, problem[0], problem[1]]);
  };
  // Tricky but valid.
  cbo({ Province: 'កណ្តាល', District: 'កៀនស្វាយ', Commune: 'គគីរ', 'CBO name (Khmer)': 'ក្រុម' });
  cbo({
    Province: ' takeo\u200B',
    District: 'BATI',
    Commune: 'chambak',
    Members: '៣០',
    'Women members': '៣០',
  });
  cbo({ 'Mapped on': '១៥/០៧/២០២០', Target: 'y', 'Advocacy plan': 'ទេ', 'Year established': '២០២៦' });
  cbo({ Members: 0, 'Women members': '', 'Youth members': 0, Phone: '+855 97 123 4567', Email: 'a@b.org' });
  cbo({
    District: 'Khsach Kandal',
    Commune: 'Not listed in Geography',
    Target: true,
    'Advocacy plan': false,
  });
  cbo({ 'Mapped on': new Date('2026-11-23T08:00:00+07:00'), Members: '1,250', 'Leader gender': 'female' });
  rows.push(null); // a blank row
  cbo({ 'Women members': 30, 'Youth members': 30, 'Year established': 1979 });
  // One mistake of each kind.
  cbo({ 'CBO name': '' }, ['CBO name', 'required']);
  cbo({ 'CBO ID': 'M-1' }, ['CBO ID', 'duplicate-id']);
  cbo({ Members: 'thirty' }, ['Members', 'not-a-number']);
  cbo({ Members: 30.5 }, ['Members', 'not-a-whole-number']);
  cbo({ 'Year established': 1970 }, ['Year established', 'out-of-range']);
  cbo({ 'Mapped on': '2020-15-07' }, ['Mapped on', 'not-a-date']);
  cbo({ 'Mapped on': '01/01/2027' }, ['Mapped on', 'future-date']);
  cbo({ Target: 'Maybe' }, ['Target', 'not-yes-no']);
  cbo({ Sector: 'Fishery' }, ['Sector', 'unknown-list-value']);
  cbo({ Province: 'Kandaal', District: 'Nowhere', Commune: 'Nothing' }, ['Province', 'unknown-province']);
  cbo({ District: 'Kien Svey', Commune: 'Kokir' }, ['District', 'unknown-district']);
  cbo({ District: 'Bati', Commune: 'Chambak' }, ['District', 'district-not-in-province']);
  cbo({ Commune: 'Kokirr' }, ['Commune', 'unknown-commune']);
  cbo({ Commune: 'Chambak' }, ['Commune', 'commune-not-in-district']);
  cbo({ Partner: 'SILAKAA' }, ['Partner', 'unknown-partner']);
  cbo({ 'Women members': 31 }, ['Women members', 'women-above-members']);
  cbo({ 'Youth members': '៣១' }, ['Youth members', 'youth-above-members']);
  cbo({ Email: 'someone@' }, ['Email', 'invalid-email']);
  cbo({ Phone: '12 345 678' }, ['Phone', 'invalid-phone']);
  cbo({ 'CBO name (Khmer)': 'Group' }, ['CBO name (Khmer)', 'not-khmer-script']);
  cbo({ 'Leader gender': 'Unknown' }, ['Leader gender', 'unknown-list-value']);
  sheets.CBOs = sheet(CBO_HEADERS, rows);

  sheets.Advocacy = sheet(
    [
      ['Issue', 'issue'],
      ['CBO ID', 'CBO ID'],
      ['Level', 'level'],
      ['Date', 'DATE'],
      ['Authority', 'Authority'],
    ],
    [
      { Issue: 'Land', 'CBO ID': 'm-1', Level: 'ឃុំ', Date: '2020-01-31', Authority: 'Commune council' },
      {
        Issue: 'Land',
        'CBO ID': 'M-404',
        Level: 'District',
        Date: '31/01/2020',
        Authority: 'District office',
      },
      {
        Issue: 'Lands',
        'CBO ID': 'M-2',
        Level: 'District',
        Date: '31/01/2020',
        Authority: 'District office',
      },
    ],
  );
  expected.push(['Advocacy', 3, 'CBO ID', 'unknown-cbo'], ['Advocacy', 4, 'Issue', 'unknown-list-value']);

  sheets.Partners.push(
    ['Dup', 'LNGO', '', '', '2020-01-01', '2019-01-01', 'Plan', 'Yes'],
    ['Dup', 'LNGO', '', 'x@y.org, nobody', '2020-01-01', '', '', 'Yes'],
  );
  expected.push(
    ['Partners', 4, 'MoU end', 'mou-end-before-start'],
    ['Partners', 5, 'Partner', 'duplicate-id'],
    ['Partners', 5, 'Email', 'invalid-email'],
    ['Partners', 5, 'Exit strategy', 'exit-strategy-required'],
  );
  sheets.Geography.push(['Kandal', 'Kien Svay', 'kokir', '', '', '', '']);
  expected.push(['Geography', 9, 'Commune', 'duplicate-geography']);
  return { sheets, expected };
}

test('every planted mistake is found on its row and column, and there is no other error', () => {
  const { sheets, expected } = messyWorkbook();
  const result = validate(sheets);
  const found = result.problems
    .filter((p) => p.severity === 'error')
    .map((p) => [p.sheet, p.row, p.column, p.code]);
  expect(found).toEqual(expect.arrayContaining(expected));
  expect(found).toHaveLength(expected.length);
  expect(result.checked.CBOs).toBe(28); // the blank row is skipped
});

test('the warnings are only non-canonical spellings of valid values', () => {
  const result = validate(messyWorkbook().sheets);
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  expect(new Set(warnings.map((p) => p.code))).toEqual(new Set(['non-canonical-spelling']));
  expect(warnings.map((p) => [p.row, p.column, p.value])).toEqual(
    expect.arrayContaining([
      [3, 'Province', 'takeo'],
      [3, 'District', 'BATI'],
      [7, 'Leader gender', 'female'],
    ]),
  );
});

test('messages name the value typed and say how to fix it', () => {
  const result = validate(messyWorkbook().sheets);
  for (const problem of result.problems) {
    // A list of e-mail addresses: the message names the bad one.
    const named =
      problem.code === 'invalid-email'
        ? ((problem.value ?? '').split(',').pop() ?? '').trim()
        : problem.value;
    if (named) expect(problem.message).toContain(named);
    expect(problem.fix).not.toBe('');
  }
});
