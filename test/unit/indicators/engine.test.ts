import { computeAll, type IndicatorRun, type SheetValues } from '../../../src/indicators/engine';
import { runMessage } from '../../../src/indicators/compute-indicators';
import type { Cell } from '../../../src/workbook/values';

const INDICATOR_HEADER = [
  'ID',
  'Indicator',
  'Kind',
  'Source',
  'Filter',
  'Denominator filter',
  'Sum of',
  'Denominator sum of',
  'Disaggregate by',
  'Period start',
  'Period end',
  'Baseline',
  'Target',
  'Decimals',
];

type Definition = Partial<Record<(typeof INDICATOR_HEADER)[number], Cell>>;

function indicators(...definitions: Definition[]): Cell[][] {
  return [INDICATOR_HEADER, ...definitions.map((d) => INDICATOR_HEADER.map((h) => d[h] ?? ''))];
}

const CBO_HEADER = [
  'CBO ID',
  'CBO name',
  'Province',
  'District',
  'Sector',
  'Members',
  'Women members',
  'Target',
  'Advocacy plan',
  'Mapped on',
];

interface Cbo {
  id: string;
  province?: string;
  sector?: string;
  members?: Cell;
  women?: Cell;
  target?: Cell;
  plan?: Cell;
  mapped?: Cell;
}

function cbos(rows: Cbo[], extraHeader: string[] = [], extra: (i: number) => Cell[] = () => []): Cell[][] {
  return [
    [...CBO_HEADER, ...extraHeader],
    ...rows.map((r, i) => [
      r.id,
      `CBO ${r.id}`,
      r.province ?? 'Kandal',
      'Kien Svay',
      r.sector ?? 'Youth',
      r.members ?? 10,
      r.women ?? 5,
      r.target ?? 'No',
      r.plan ?? 'No',
      r.mapped ?? '2020-03-01',
      ...extra(i),
    ]),
  ];
}

function advocacy(rows: [string, Cell, string?][]): Cell[][] {
  return [
    ['CBO ID', 'Date', 'Level', 'Authority', 'Issue'],
    ...rows.map(([id, date, level]) => [id, date, level ?? 'Commune', 'Commune council', 'Budget']),
  ];
}

function run(sheets: SheetValues, language?: 'en' | 'km', checkData = true): IndicatorRun {
  return computeAll({ sheets, language, now: new Date('2026-11-23T03:00:00Z'), checkData });
}

function total(result: IndicatorRun, id: string) {
  const found = result.results.find((r) => r.id === id && r.breakdown === null);
  if (!found) throw new Error(`no result for ${id}: ${runMessage(result, 'en')}`);
  return found;
}

/** The worked examples: 621 CBOs, 80 target, 63 target with a plan, 13 target CBOs that advocated. */
function referenceWorkbook(): SheetValues {
  const targetSpellings: Cell[] = ['Yes', 'Y', true, 'ចាស', ' yes ', 'TRUE'];
  const rows: Cbo[] = [];
  for (let i = 0; i < 621; i++) {
    const target = i < 80;
    rows.push({
      id: `CBO-${String(i + 1).padStart(3, '0')}`,
      province: ['Kandal', 'Takéo', 'Phnom Penh'][i % 3],
      sector: ['Youth', 'Women', 'Farmers'][i % 3],
      target: target ? targetSpellings[i % targetSpellings.length] : i % 2 ? 'No' : 'N',
      plan: target && i < 63 ? 'Yes' : i >= 80 && i < 100 ? 'Yes' : 'No',
    });
  }
  // 13 target CBOs advocated, some of them several times; non-target CBOs advocated too.
  const actions: [string, Cell, string?][] = [];
  for (let i = 0; i < 13; i++) {
    const id = rows[i * 5].id;
    actions.push([id, '2020-05-01'], [id, '15/08/2020', 'District']);
  }
  actions.push([rows[200].id, '2020-06-01'], [rows[300].id, '2020-06-02']);
  return {
    CBOs: cbos(rows),
    Advocacy: advocacy(actions),
    Indicators: indicators(
      { ID: 'IND-1.1', Indicator: 'CBOs mapped', Kind: 'count', Source: 'CBOs' },
      {
        ID: 'IND-1.2',
        Indicator: 'Target CBOs supported to produce advocacy plans',
        Kind: 'count',
        Source: 'CBOs',
        Filter: '[Target] = "Yes" and [Advocacy plan] = "Yes"',
      },
      {
        ID: 'IND-1.3',
        Indicator: 'Share of target CBOs that advocated',
        Kind: 'percent',
        Source: 'CBOs',
        Filter: '[Target] = "Yes" and has Advocacy',
        'Denominator filter': '[Target] = "Yes"',
        Target: 20,
        Baseline: 10,
      },
    ),
  };
}

describe('the worked examples', () => {
  const result = run(referenceWorkbook());

  test('621, 63 and 16.25% (13 of 80)', () => {
    expect(result.summary.failed).toEqual([]);
    expect(total(result, 'IND-1.1')).toMatchObject({ value: 621, display: '621' });
    expect(total(result, 'IND-1.2')).toMatchObject({ value: 63, display: '63' });
    expect(total(result, 'IND-1.3')).toMatchObject({
      numerator: 13,
      denominator: 80,
      value: 16.25,
      display: '16.25% (13 of 80)',
      target: 20,
      baseline: 10,
      progress: 62.5,
    });
    expect(runMessage(result, 'en')).toBe('3 indicators computed');
  });

  test('Indicator rows name the 13 CBOs of the numerator and the 80 of the denominator', () => {
    const rows = result.rows.filter((r) => r.id === 'IND-1.3');
    const numerator = rows.filter((r) => r.part === 'Numerator').map((r) => r.key);
    expect(numerator).toEqual(
      Array.from({ length: 13 }, (_, i) => `CBO-${String(i * 5 + 1).padStart(3, '0')}`),
    );
    expect(rows.filter((r) => r.part === 'Denominator')).toHaveLength(80);
    expect(rows[0]).toMatchObject({ sheet: 'CBOs', row: 2, key: 'CBO-001', breakdown: '' });
    expect(result.rows.filter((r) => r.id === 'IND-1.1')).toHaveLength(621);
  });

  test('Khmer display with Settings › Language = km', () => {
    const khmer = run({
      ...referenceWorkbook(),
      Settings: [
        ['Setting', 'Value'],
        ['Language', 'km'],
      ],
    });
    expect(total(khmer, 'IND-1.3').display).toBe('១៦.២៥% (១៣ នៃ ៨០)');
    expect(total(khmer, 'IND-1.1').display).toBe('៦២១');
    expect(total(khmer, 'IND-1.3').value).toBe(16.25);
  });
});

describe('kinds', () => {
  const rows: Cbo[] = [
    { id: 'A', members: 1250, women: 600, target: 'Yes' },
    { id: 'B', members: '១២', women: '៦', target: 'No' },
    { id: 'C', members: '1,000', women: 100, target: 'Yes' },
    { id: 'D', members: 2, women: 2, target: 'Yes' },
  ];

  test('sum adds up a column (Khmer digits and "1,000" read as numbers) with thousands separators', () => {
    const result = run({
      CBOs: cbos(rows),
      Indicators: indicators({
        ID: 'S',
        Indicator: 'Members',
        Kind: 'sum',
        Source: 'CBOs',
        'Sum of': 'Members',
      }),
    });
    expect(total(result, 'S')).toMatchObject({ value: 1250 + 12 + 1000 + 2, display: '2,264' });
    expect(result.rows.map((r) => r.value)).toEqual([1250, 12, 1000, 2]);
  });

  test('percent of sums is the ratio of the sums, never the average of ratios', () => {
    const result = run({
      CBOs: cbos(rows),
      Indicators: indicators({
        ID: 'P',
        Indicator: 'Women members',
        Kind: 'percent',
        Source: 'CBOs',
        'Sum of': 'Women members',
        'Denominator sum of': 'Members',
        Filter: '[Target] = Yes',
        'Denominator filter': '[Target] = Yes',
      }),
    });
    const women = 600 + 100 + 2;
    const members = 1250 + 1000 + 2;
    expect(total(result, 'P')).toMatchObject({ numerator: women, denominator: members });
    expect(total(result, 'P').value).toBeCloseTo((women / members) * 100, 2);
    expect(total(result, 'P').display).toBe(`31.17% (702 of 2,252)`);
    // The average of the per-CBO ratios would be (48 + 10 + 100) / 3 = 52.67%.
    expect(total(result, 'P').value).not.toBeCloseTo(52.67, 1);
  });

  test('the numerator of a percent is taken within the denominator rows', () => {
    const result = run({
      CBOs: cbos(rows),
      Indicators: indicators({
        ID: 'P',
        Indicator: 'Large target CBOs',
        Kind: 'percent',
        Source: 'CBOs',
        Filter: '[Members] >= 10',
        'Denominator filter': '[Target] = Yes',
        Decimals: 1,
      }),
    });
    // B has 12 members but is not a target CBO: it is not in the numerator.
    expect(total(result, 'P')).toMatchObject({
      numerator: 2,
      denominator: 3,
      value: 66.7,
      display: '66.7% (2 of 3)',
    });
  });

  test('a zero denominator gives no value and says why, never NaN', () => {
    const result = run({
      CBOs: cbos(rows),
      Indicators: indicators({
        ID: 'Z',
        Indicator: 'Share',
        Kind: 'percent',
        Source: 'CBOs',
        Filter: '[Advocacy plan] = Yes',
        'Denominator filter': '[Province] = "Ratanakiri"',
        Target: 50,
      }),
    });
    const z = total(result, 'Z');
    expect(z).toMatchObject({ numerator: 0, denominator: 0, value: null, progress: null });
    expect(z.display).toBe('no value: no CBOs match the Denominator filter (0 of 0)');
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });
});

describe('periods', () => {
  const rows: Cbo[] = [
    { id: 'before', mapped: '2019-12-31' },
    { id: 'first', mapped: '2020-01-01' },
    { id: 'middle', mapped: new Date(Date.UTC(2020, 5, 15, 17, 0)) }, // midnight 16 June in Phnom Penh
    { id: 'last', mapped: '31/12/2020' },
    { id: 'after', mapped: '2021-01-01' },
    { id: 'undated', mapped: '' },
    { id: 'bad date', mapped: 'June 2020' },
  ];

  test('both ends are inclusive; rows without a valid date are left out and noted', () => {
    const result = run({
      CBOs: cbos(rows),
      Indicators: indicators({
        ID: 'Y',
        Indicator: 'Mapped in 2020',
        Kind: 'count',
        Source: 'CBOs',
        'Period start': '2020-01-01',
        'Period end': '2020-12-31',
      }),
    });
    expect(total(result, 'Y')).toMatchObject({ value: 3, period: '2020-01-01 – 2020-12-31' });
    expect(result.rows.map((r) => r.key)).toEqual(['first', 'middle', 'last']);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', indicator: 'Y', code: 'undated-rows', row: 2 }),
    );
  });

  test('an open end, and no period counts every row', () => {
    const result = run({
      CBOs: cbos(rows),
      Indicators: indicators(
        { ID: 'from', Indicator: 'x', Kind: 'count', Source: 'CBOs', 'Period start': '2020-06-16' },
        { ID: 'all', Indicator: 'x', Kind: 'count', Source: 'CBOs' },
      ),
    });
    expect(total(result, 'from').value).toBe(3);
    expect(total(result, 'all').value).toBe(7);
  });

  test('has Advocacy counts a CBO once however many actions, and only actions inside the period', () => {
    const sheets: SheetValues = {
      CBOs: cbos([{ id: 'A' }, { id: 'B' }, { id: 'C' }, { id: 'D' }]),
      Advocacy: advocacy([
        ['A', '2020-01-01'],
        ['A', '2020-02-01'],
        ['A', '2020-03-01'],
        ['b', '2019-12-31'],
        ['C', '2020-12-31'],
        ['D', ''],
      ]),
      Indicators: indicators(
        { ID: 'any', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: 'has Advocacy' },
        {
          ID: 'in 2020',
          Indicator: 'x',
          Kind: 'count',
          Source: 'CBOs',
          Filter: 'has advocacy',
          'Period start': '2019-01-01',
          'Period end': '2020-12-31',
        },
        {
          ID: 'narrow',
          Indicator: 'x',
          Kind: 'count',
          Source: 'CBOs',
          Filter: 'has Advocacy',
          'Period start': '2020-01-01',
          'Period end': '2020-06-30',
        },
        { ID: 'none', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: 'not has Advocacy' },
      ),
    };
    const result = run(sheets);
    expect(total(result, 'any').value).toBe(4);
    expect(total(result, 'in 2020').value).toBe(3);
    // CBOs mapped 2020-03-01 are in the period; only A advocated inside it.
    expect(total(result, 'narrow').value).toBe(1);
    expect(total(result, 'none').value).toBe(0);
  });

  test('Advocacy periods use its Date; Partners their MoU start; Attendance the meeting Date', () => {
    const result = run({
      CBOs: cbos([{ id: 'A' }]),
      Advocacy: advocacy([
        ['A', '2020-01-01', 'National'],
        ['A', '2020-05-01', 'Commune'],
        ['A', '2021-05-01', 'Commune'],
      ]),
      Partners: [
        ['Partner', 'Type', 'MoU start', 'Receives reports'],
        ['P1', 'LNGO', '2020-02-01', 'Yes'],
        ['P2', 'INGO', '', 'No'],
        ['P3', 'LNGO', '2018-02-01', 'No'],
      ],
      Meetings: [
        ['Meeting ID', 'Title', 'Date'],
        ['M1', 'Partnership meeting', '2020-07-10'],
        ['M2', 'Review', '2021-01-10'],
      ],
      Attendance: [
        ['Meeting ID', 'Name', 'Participant type'],
        ['M1', 'Dara', 'CBO'],
        ['M1', 'Sophea', 'LNGO'],
        ['m2', 'Vanna', 'CBO'],
        ['M9', 'Nobody', 'CBO'],
      ],
      Indicators: indicators(
        {
          ID: 'adv',
          Indicator: 'x',
          Kind: 'count',
          Source: 'Advocacy',
          'Period start': '2020-01-01',
          'Period end': '2020-12-31',
        },
        {
          ID: 'mou',
          Indicator: 'x',
          Kind: 'count',
          Source: 'Partners',
          Filter: 'not [MoU start] is blank',
          'Period end': '2020-12-31',
        },
        {
          ID: 'att',
          Indicator: 'x',
          Kind: 'count',
          Source: 'Attendance',
          'Period start': '2020-01-01',
          'Period end': '2020-12-31',
        },
        {
          ID: 'att-title',
          Indicator: 'x',
          Kind: 'count',
          Source: 'Attendance',
          Filter: '[Title] = "review"',
        },
      ),
    });
    expect(total(result, 'adv').value).toBe(2);
    expect(total(result, 'mou').value).toBe(2);
    expect(total(result, 'att').value).toBe(2);
    expect(total(result, 'att-title').value).toBe(1);
    expect(result.rows.filter((r) => r.id === 'att').map((r) => r.key)).toEqual(['Dara', 'Sophea']);
  });
});

describe('disaggregation', () => {
  const rows: Cbo[] = [
    { id: 'K1', province: 'Kandal', sector: 'Youth', target: 'Yes', plan: 'Yes' },
    { id: 'K2', province: 'kandal ', sector: 'Women', target: 'Yes', plan: 'No' },
    { id: 'K3', province: 'KANDAL', sector: 'Youth', target: 'No', plan: 'Yes' },
    { id: 'T1', province: 'Takeo', sector: 'Youth', target: 'Yes', plan: 'Yes' },
    { id: 'T2', province: 'Takéo', sector: 'Youth', target: 'Y', plan: 'Yes' },
    { id: 'P1', province: 'Phnom Penh', sector: 'Women', target: 'Yes', plan: 'No' },
  ];
  const geography = [
    ['Province', 'District'],
    ['Kandal', 'Kien Svay'],
    ['Takéo', 'Bati'],
    ['Phnom Penh', 'Chamkar Mon'],
  ];

  test('percent: numerator and denominator recomputed per group; spellings grouped, canonical, sorted', () => {
    const result = run({
      CBOs: cbos(rows),
      Geography: geography,
      Indicators: indicators({
        ID: 'D',
        Indicator: 'Target CBOs with a plan',
        Kind: 'percent',
        Source: 'CBOs',
        Filter: '[Advocacy plan] = Yes',
        'Denominator filter': '[Target] = Yes',
        'Disaggregate by': 'Province',
      }),
    });
    const results = result.results.filter((r) => r.id === 'D');
    expect(results.map((r) => [r.breakdown, r.display])).toEqual([
      [null, '60.00% (3 of 5)'],
      [{ Province: 'Kandal' }, '50.00% (1 of 2)'],
      [{ Province: 'Phnom Penh' }, '0.00% (0 of 1)'],
      [{ Province: 'Takéo' }, '100.00% (2 of 2)'],
    ]);
    const kandalRows = result.rows.filter((r) => r.breakdown === 'Province = Kandal');
    expect(kandalRows.map((r) => `${r.part} ${r.key}`)).toEqual([
      'Numerator K1',
      'Denominator K1',
      'Denominator K2',
    ]);
  });

  test('several columns: one result per combination present, and the total', () => {
    const result = run({
      CBOs: cbos(rows),
      Indicators: indicators({
        ID: 'C',
        Indicator: 'x',
        Kind: 'count',
        Source: 'CBOs',
        'Disaggregate by': 'Province, [Sector]',
      }),
    });
    const results = result.results.filter((r) => r.id === 'C');
    expect(results.map((r) => `${JSON.stringify(r.breakdown)} ${r.value}`)).toEqual([
      'null 6',
      '{"Province":"Kandal","Sector":"Women"} 1',
      '{"Province":"Kandal","Sector":"Youth"} 2',
      '{"Province":"Phnom Penh","Sector":"Women"} 1',
      '{"Province":"Takeo","Sector":"Youth"} 2',
    ]);
  });

  test('Advocacy by Level follows the list order (National, Provincial, District, Commune)', () => {
    const result = run({
      Advocacy: advocacy([
        ['A', '2020-01-01', 'Commune'],
        ['A', '2020-01-02', 'national'],
        ['B', '2020-01-03', 'District'],
        ['C', '2020-01-04', 'Commune'],
      ]),
      Indicators: indicators({
        ID: 'L',
        Indicator: 'Actions',
        Kind: 'count',
        Source: 'Advocacy',
        'Disaggregate by': 'Level',
      }),
    });
    expect(result.results.map((r) => `${r.breakdown?.Level ?? 'total'} ${r.value}`)).toEqual([
      'total 4',
      'National 1',
      'District 1',
      'Commune 2',
    ]);
  });
});

describe('tolerance', () => {
  test('Y, TRUE, checkbox, ចាស and បាទ equal Yes; accents and case do not matter; Khmer digits compare as numbers', () => {
    const rows: Cbo[] = [
      { id: '1', target: 'Y', province: 'Takeo', members: '១២' },
      { id: '2', target: true, province: 'TAKÉO', members: 12 },
      { id: '3', target: 'ចាស', province: 'takéo', members: '9' },
      { id: '4', target: 'បាទ', province: 'Kandal', members: 30 },
      { id: '5', target: 'TRUE', province: 'Kandal', members: 'many' },
      { id: '6', target: false, province: 'Kandal', members: 40 },
      { id: '7', target: 'ទេ', province: 'Kandal', members: 40 },
    ];
    const definitions: Definition[] = [
      { ID: 'yes', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: '[target] = "yes"' },
      { ID: 'no', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: '[Target] = No' },
      { ID: 'takeo', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: "[Province] = 'Takeo'" },
      { ID: 'big', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: '[Members] >= ១០' },
      { ID: 'small', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: 'not [Members] >= 10' },
    ];
    const result = run({ CBOs: cbos(rows), Indicators: indicators(...definitions) });
    expect(total(result, 'yes').value).toBe(5);
    expect(total(result, 'no').value).toBe(2);
    expect(total(result, 'takeo').value).toBe(3);
    expect(total(result, 'big').value).toBe(5);
    // "many" is an error of Validate data: it is in neither count, and it is reported.
    expect(total(result, 'small').value).toBe(1);
    expect(result.summary.rowsLeftOut).toBe(1);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ indicator: 'big', code: 'rows-with-errors-left-out', severity: 'warning' }),
    );
    expect(runMessage(result, 'en')).toMatch(/1 source row with errors in the columns counted was left out/);
    // Without the data check, "many" can be read neither way: in neither count, and reported.
    const unchecked = run({ CBOs: cbos(rows), Indicators: indicators(...definitions) }, undefined, false);
    expect(total(unchecked, 'small').value).toBe(1);
    expect(unchecked.summary.rowsWithUnreadableValues).toBe(1);
    expect(unchecked.problems).toContainEqual(
      expect.objectContaining({ indicator: 'big', code: 'unreadable-values', severity: 'warning' }),
    );
    expect(runMessage(unchecked, 'en')).toMatch(/1 source row had values that could not be read/);
  });

  test('user columns, in-lists, blanks, dates and column-to-column comparisons', () => {
    const rows: Cbo[] = [
      { id: 'A', members: 10, women: 6, mapped: '2020-01-05' },
      { id: 'B', members: 3, women: 4, mapped: '2020-02-05' },
      { id: 'C', members: 5, women: 5, mapped: '2020-03-05' },
    ];
    const result = run(
      {
        CBOs: cbos(rows, ['Grant received', 'Donor'], (i) => [['Y', 'no', ''][i], ['EU', '', 'Sida'][i]]),
        Indicators: indicators(
          { ID: 'grant', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: '[grant received] = Yes' },
          { ID: 'donor', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: '[Donor] in ("eu", "SIDA")' },
          {
            ID: 'blank',
            Indicator: 'x',
            Kind: 'count',
            Source: 'CBOs',
            Filter: '[Donor] is blank or [Grant received] is blank',
          },
          {
            ID: 'women',
            Indicator: 'x',
            Kind: 'count',
            Source: 'CBOs',
            Filter: '[Women members] > [Members]',
          },
          {
            ID: 'same',
            Indicator: 'x',
            Kind: 'count',
            Source: 'CBOs',
            Filter: '[Women members] = [Members]',
          },
          {
            ID: 'date',
            Indicator: 'x',
            Kind: 'count',
            Source: 'CBOs',
            Filter: '[Mapped on] > 05/01/2020 and [Mapped on] <= "2020-03-05"',
          },
        ),
        // The filter language alone: B's Women members above its Members is an error of Validate
        // data, which a checked run leaves out (test/unit/indicators/errors-left-out.test.ts).
      },
      undefined,
      false,
    );
    expect(total(result, 'grant').value).toBe(1);
    expect(total(result, 'donor').value).toBe(2);
    expect(total(result, 'blank').value).toBe(2);
    expect(total(result, 'women').value).toBe(1);
    expect(total(result, 'same').value).toBe(1);
    expect(total(result, 'date').value).toBe(2);
  });
});

describe('definition problems', () => {
  const sheets = (...definitions: Definition[]): SheetValues => ({
    CBOs: cbos([{ id: 'A', target: 'Yes' }]),
    Partners: [
      ['Partner', 'Type', 'Receives reports'],
      ['P1', 'LNGO', 'Yes'],
    ],
    Indicators: indicators({ ID: 'OK', Indicator: 'Mapped', Kind: 'count', Source: 'CBOs' }, ...definitions),
  });

  test('each problem is reported on its row and column; the indicator fails; the others are computed', () => {
    const result = run(
      sheets(
        { ID: 'IND-2.4', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: '[Provnce] = "Kandal"' },
        { ID: 'syntax', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: '  [Target] = ' },
        { ID: 'kind', Indicator: 'x', Kind: 'average', Source: 'CBOs' },
        { ID: 'source', Indicator: 'x', Kind: 'count', Source: 'Villages' },
        { ID: 'sum', Indicator: 'x', Kind: 'sum', Source: 'CBOs' },
        { ID: 'sum-text', Indicator: 'x', Kind: 'sum', Source: 'CBOs', 'Sum of': 'Province' },
        {
          ID: 'period',
          Indicator: 'x',
          Kind: 'count',
          Source: 'CBOs',
          'Period start': '2020-12-31',
          'Period end': '2020-01-01',
        },
        { ID: 'decimals', Indicator: 'x', Kind: 'percent', Source: 'CBOs', Decimals: 'two' },
        { ID: 'has', Indicator: 'x', Kind: 'count', Source: 'Partners', Filter: 'has Advocacy' },
        { ID: 'yesno', Indicator: 'x', Kind: 'count', Source: 'CBOs', Filter: '[Target] = "maybe"' },
        { ID: 'by', Indicator: 'x', Kind: 'count', Source: 'CBOs', 'Disaggregate by': 'Sectr' },
      ),
    );
    const byId = (id: string) => result.problems.find((p) => p.indicator === id && p.severity === 'error');
    expect(byId('IND-2.4')).toMatchObject({
      sheet: 'Indicators',
      row: 3,
      column: 'Filter',
      code: 'unknown-column',
      message: 'unknown column [Provnce] — did you mean [Province]?',
    });
    expect(byId('syntax')).toMatchObject({ row: 4, column: 'Filter', code: 'filter-syntax' });
    expect(byId('syntax')?.message).toMatch(/expected a value after = at character 13/);
    expect(byId('kind')).toMatchObject({ column: 'Kind', code: 'unknown-kind' });
    expect(byId('source')).toMatchObject({ column: 'Source', code: 'unknown-source' });
    expect(byId('sum')).toMatchObject({ column: 'Sum of', code: 'missing-sum-of' });
    expect(byId('sum-text')).toMatchObject({ column: 'Sum of', code: 'sum-of-not-numeric' });
    expect(byId('period')).toMatchObject({ column: 'Period end', code: 'period-reversed' });
    expect(byId('decimals')).toMatchObject({ column: 'Decimals', code: 'invalid-decimals' });
    expect(byId('has')?.message).toMatch(/only works when the Source is CBOs/);
    expect(byId('has')?.code).toBe('filter-value');
    expect(byId('yesno')?.message).toMatch(/Yes\/No column/);
    expect(byId('by')).toMatchObject({
      column: 'Disaggregate by',
      message: 'unknown column [Sectr] — did you mean [Sector]?',
    });
    expect(result.summary.computed).toBe(1);
    expect(result.failed).toHaveLength(11);
    expect(result.results.map((r) => r.id)).toEqual(['OK']);
    expect(runMessage(result, 'en')).toMatch(
      /^1 indicator computed, 11 failed: IND-2\.4 \(unknown column \[Provnce\] in Filter\), /,
    );
    for (const problem of result.problems) expect(problem.fix).not.toBe('');
  });

  test('no Indicators sheet is a problem, not a crash', () => {
    const result = run({ CBOs: cbos([{ id: 'A' }]) });
    expect(result.problems[0]).toMatchObject({ code: 'missing-indicators-sheet' });
    expect(result.results).toEqual([]);
  });
});
