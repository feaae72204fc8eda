/** The report's indicator performance tracking table: periods, units, breakdowns, from the engine. */
import {
  breakdownLabel,
  columnPeriod,
  computeWithPeriods,
  defaultPeriod,
  ipttRows,
  khmerPlaceNames,
  periodColumns,
  quarterLabel,
  withUnit,
} from '../../../src/documents/report/iptt';
import { buildReport } from '../../../src/documents/report/model';
import { reportData } from '../../../src/documents/report/data';
import { editedText, renderContainer } from '../../../src/documents/template/render';
import { INDICATORS, PROJECTS, REPORT_ITEMS } from '../../../src/workbook/contract';
import { dayFromParts, isoDay } from '../../../src/workbook/dates';
import { Table } from '../../../src/workbook/table';
import type { Cell } from '../../../src/workbook/values';

const day = (y: number, m: number, d: number) => dayFromParts(y, m, d) as number;
const span = (columns: { label: string; start: number; end: number }[]) =>
  columns.map((c) => [c.label, isoDay(c.start), isoDay(c.end)]);

describe('period columns', () => {
  test.each([
    [
      'a project of several years: its calendar years, clipped',
      { start: day(2019, 3, 1), end: day(2020, 12, 31) },
      'en',
      [
        ['2019', '2019-03-01', '2019-12-31'],
        ['2020', '2020-01-01', '2020-12-31'],
      ],
    ],
    [
      'a calendar year: its quarters',
      { start: day(2020, 1, 1), end: day(2020, 12, 31) },
      'en',
      [
        ['Q1 2020', '2020-01-01', '2020-03-31'],
        ['Q2 2020', '2020-04-01', '2020-06-30'],
        ['Q3 2020', '2020-07-01', '2020-09-30'],
        ['Q4 2020', '2020-10-01', '2020-12-31'],
      ],
    ],
    [
      'a fiscal year from July: its calendar quarters',
      { start: day(2020, 7, 1), end: day(2021, 6, 30) },
      'en',
      [
        ['Q3 2020', '2020-07-01', '2020-09-30'],
        ['Q4 2020', '2020-10-01', '2020-12-31'],
        ['Q1 2021', '2021-01-01', '2021-03-31'],
        ['Q2 2021', '2021-04-01', '2021-06-30'],
      ],
    ],
    [
      'a half year from February: quarters from its start',
      { start: day(2020, 2, 1), end: day(2020, 7, 15) },
      'en',
      [
        ['Feb–Apr 2020', '2020-02-01', '2020-04-30'],
        ['May–Jul 2020', '2020-05-01', '2020-07-15'],
      ],
    ],
    [
      'a Khmer report: Khmer digits and words',
      { start: day(2020, 1, 1), end: day(2020, 6, 30) },
      'km',
      [
        ['ត្រីមាសទី១ ២០២០', '2020-01-01', '2020-03-31'],
        ['ត្រីមាសទី២ ២០២០', '2020-04-01', '2020-06-30'],
      ],
    ],
    ['an open period: no columns', { start: day(2020, 1, 1) }, 'en', []],
    ['more than six years: no columns', { start: day(2010, 1, 1), end: day(2020, 12, 31) }, 'en', []],
  ] as const)('%s', (_, period, language, expected) => {
    expect(span(periodColumns(period, language))).toEqual(expected);
  });

  test('a quarter across new year names both years', () => {
    expect(quarterLabel(day(2020, 11, 1), day(2021, 1, 31))).toBe('Nov 2020–Jan 2021');
  });
});

describe('an indicator’s period in the report', () => {
  const report = { start: day(2020, 1, 1), end: day(2020, 12, 31) };
  test.each([
    ['no period of its own: the report’s', {}, report],
    [
      'its own start, the report’s end',
      { start: day(2020, 6, 1) },
      { start: day(2020, 6, 1), end: report.end },
    ],
    [
      'its own period wins',
      { start: day(2019, 1, 1), end: day(2019, 12, 31) },
      { start: day(2019, 1, 1), end: day(2019, 12, 31) },
    ],
    [
      'a start after the report’s end keeps its own bounds only',
      { start: day(2021, 1, 1) },
      { start: day(2021, 1, 1) },
    ],
  ] as const)('%s', (_, own, expected) => {
    expect(defaultPeriod(own, report)).toEqual(expected);
  });

  const column = { label: '2020', start: day(2020, 1, 1), end: day(2020, 12, 31) };
  test.each([
    ['no own period: the column', {}, { start: column.start, end: column.end }],
    [
      'an own period inside: the overlap',
      { start: day(2020, 3, 1) },
      { start: day(2020, 3, 1), end: column.end },
    ],
    ['an own period outside: not applicable', { end: day(2019, 12, 31) }, undefined],
  ] as const)('%s', (_, own, expected) => {
    expect(columnPeriod(own, column)).toEqual(expected);
  });
});

describe('figures with their unit', () => {
  test.each([
    [600, 'count', 'CBOs', 'en', '600 CBOs'],
    [20, 'percent', '', 'en', '20%'],
    [20, 'percent', 'CBOs', 'en', '20%'],
    [1250, 'sum', '', 'en', '1,250'],
    ['', 'count', 'CBOs', 'en', ''],
    [null, 'count', 'CBOs', 'en', ''],
    [600, 'count', 'CBO', 'km', '៦០០ CBO'],
  ] as const)('%j %s %j (%s) → %j', (value, kind, unit, language, expected) => {
    expect(withUnit(value, kind, unit, language)).toBe(expected);
  });

  test.each([
    ['Province = Kandal', 'Kandal'],
    ['Province = Kandal, Sector = Youth, women', 'Kandal, Youth, women'],
    ['Level = National', 'National'],
  ])('breakdown %j reads %j', (breakdown, label) => {
    expect(breakdownLabel(breakdown)).toBe(label);
  });

  test.each([
    ['Level = National', 'ថ្នាក់ជាតិ'],
    ['Level = Commune, Gender = Female', 'ថ្នាក់ឃុំ, ស្រី'],
    // Only fixed choices are said in Khmer: a place or a sector stays as typed.
    ['Province = Kandal, Sector = District', 'Kandal, District'],
  ])('in a Khmer report, breakdown %j reads %j', (breakdown, label) => {
    expect(breakdownLabel(breakdown, 'km')).toBe(label);
  });
});

const CBO_HEADER = ['CBO ID', 'CBO name', 'Province', 'District', 'Sector', 'Target', 'Members', 'Mapped on'];
const cbo = (id: string, province: string, target: string, mapped: string): Cell[] => [
  id,
  `CBO ${id}`,
  province,
  'Any',
  'Youth',
  target,
  10,
  mapped,
];
const INDICATOR_HEADER = [
  'ID',
  'Indicator',
  'Kind',
  'Source',
  'Filter',
  'Disaggregate by',
  'Period start',
  'Baseline',
  'Target',
  'Unit',
];

function sheets(): Record<string, Cell[][]> {
  return {
    Indicators: [
      INDICATOR_HEADER,
      ['IND-1', 'CBOs mapped by province', 'count', 'CBOs', '', 'Province', '', 0, 10, 'CBOs'],
      ['IND-2', 'Share of CBOs that are targets', 'percent', 'CBOs', '[Target] = "Yes"', '', '', '', 50, ''],
      ['IND-3', 'CBOs mapped since 2020', 'count', 'CBOs', '', '', '2020-01-01', '', '', ''],
    ],
    CBOs: [
      CBO_HEADER,
      cbo('C1', 'Kandal', 'Yes', '2019-05-01'),
      cbo('C2', 'Kandal', 'No', '2019-06-01'),
      cbo('C3', 'Takeo', 'Yes', '2020-02-01'),
      cbo('C4', 'Kandal', 'Yes', '2020-03-01'),
      cbo('C5', 'Takeo', 'No', '2021-01-05'),
    ],
  };
}

describe('the table from the engine', () => {
  test('per year, cumulative to date, breakdowns under the total; blank baselines and targets stay blank', () => {
    const data = sheets();
    const range = { start: day(2019, 1, 1), end: day(2020, 12, 31) };
    const columns = periodColumns(range);
    const rows = ipttRows({
      indicators: Table.fromValues(INDICATORS.name, INDICATORS, data.Indicators),
      cumulative: computeWithPeriods(data, 'Asia/Phnom_Penh', (own) => defaultPeriod(own, range)),
      columns: columns.map((c) => computeWithPeriods(data, 'Asia/Phnom_Penh', (own) => columnPeriod(own, c))),
      language: 'en',
    });
    expect(
      rows.map((r) => [r.id, r.indicator, r.baseline, r.target, ...r.actuals, r.cumulative, r.progress]),
    ).toEqual([
      ['IND-1', 'CBOs mapped by province', '0', '10 CBOs', '2', '2', '4', '40%'],
      ['', 'Kandal', '', '', '2', '1', '3', ''],
      // No Takeo CBO mapped in 2019: nothing counted, not a blank.
      ['', 'Takeo', '', '', '0', '1', '1', ''],
      [
        'IND-2',
        'Share of CBOs that are targets',
        '',
        '50%',
        '50.00% (1 of 2)',
        '100.00% (2 of 2)',
        '75.00% (3 of 4)',
        '150%',
      ],
      // Its own period starts in 2020: the 2019 column does not apply.
      ['IND-3', 'CBOs mapped since 2020', '', '', '–', '2', '2', ''],
    ]);
  });

  test('buildReport: with a report period the citations count that period; the table runs from the project start', () => {
    const header = ['Project ID', 'Title', 'Start', 'End', 'Report period start', 'Report period end'];
    const projects = Table.fromValues(PROJECTS.name, PROJECTS, [
      header,
      ['P-1', 'Voices', '2019-01-01', '2022-12-31', '2020-01-01', '2020-12-31'],
    ]);
    const reportItems = Table.fromValues(REPORT_ITEMS.name, REPORT_ITEMS, [
      ['Project ID', 'Section', 'Order', 'Text'],
      ['P-1', 'Activities and results', 1, '{{IND-1}} CBOs were mapped in 2020.'],
    ]);
    const data = sheets();
    const { model, problems } = buildReport(
      {
        projects,
        reportItems,
        indicators: Table.fromValues(INDICATORS.name, INDICATORS, data.Indicators),
        indicatorSheets: data,
        timeZone: 'Asia/Phnom_Penh',
      },
      'P-1',
    );
    expect(problems).toEqual([]);
    expect(model?.sections[0].items[0].text).toBe('2 CBOs were mapped in 2020.');
    expect(model?.periodColumns).toEqual(['2019', '2020']);
    expect(model?.indicators[0]).toMatchObject({ id: 'IND-1', actuals: ['2', '2'], cumulative: '4' });
    const filled = reportData(model!);
    expect(filled).toMatchObject({ 'Period 1': '2019', 'Period 2': '2020', 'Has periods': true });
    expect((filled['Indicator rows'] as Record<string, unknown>[])[0]).toMatchObject({
      ID: 'IND-1',
      'Actual 1': '2',
      'Actual 2': '2',
      Cumulative: '4',
      Actual: '4',
      Target: '10 CBOs',
    });
    expect((filled.Indicators as { Breakdowns: unknown[] }[])[0].Breakdowns).toHaveLength(2);
  });
});

describe('places in a Khmer report are named as Geography names them in Khmer', () => {
  const GEOGRAPHY_VALUES: Cell[][] = [
    ['Province', 'District', 'Province (Khmer)', 'District (Khmer)'],
    ['Kandal', 'Ta Khmau', 'កណ្ដាល', 'តាខ្មៅ'],
    ['Takeo', 'Bati', 'តាកែវ', 'បាទី'],
    // One district name in two provinces with two Khmer names: left in English rather than guessed.
    ['Takeo', 'Samraong', 'តាកែវ', 'សំរោង'],
    ['Oddar Meanchey', 'Samraong', 'ឧត្តរមានជ័យ', 'សំរោងទង'],
    // No Khmer name typed.
    ['Kratie', 'Snuol', '', ''],
  ];

  test.each([
    ['Province = Kandal', 'កណ្ដាល'],
    ['Province = takeo, Sector = Youth', 'តាកែវ, Youth'],
    ['District = Ta Khmau, Level = National', 'តាខ្មៅ, ថ្នាក់ជាតិ'],
    ['District = Samraong', 'Samraong'],
    ['Province = Kratie', 'Kratie'],
    // A sector named like a place is not a place.
    ['Sector = Kandal', 'Kandal'],
  ])('%j reads %j', (breakdown, label) => {
    const places = khmerPlaceNames(GEOGRAPHY_VALUES);
    expect(breakdownLabel(breakdown, 'km', places)).toBe(label);
    // English reports keep Geography's English names.
    expect(breakdownLabel(breakdown, 'en', places)).not.toMatch(/[\u1780-\u17FF]/);
  });

  test('buildReport: the breakdown rows of a Khmer report; an English one unchanged', () => {
    const data: Record<string, Cell[][]> = { ...sheets(), Geography: GEOGRAPHY_VALUES };
    const header = [
      'Project ID',
      'Title',
      'Start',
      'End',
      'Report period start',
      'Report period end',
      'Language',
    ];
    const report = (language: string) =>
      buildReport(
        {
          projects: Table.fromValues(PROJECTS.name, PROJECTS, [
            header,
            ['P-1', 'Voices', '2019-01-01', '2020-12-31', '2019-01-01', '2020-12-31', language],
          ]),
          indicators: Table.fromValues(INDICATORS.name, INDICATORS, data.Indicators),
          indicatorSheets: data,
          timeZone: 'Asia/Phnom_Penh',
        },
        'P-1',
      ).model!.indicators.map((row) => row.indicator);
    expect(report('km').slice(0, 3)).toEqual(['CBOs mapped by province', 'កណ្ដាល', 'តាកែវ']);
    expect(report('en').slice(0, 3)).toEqual(['CBOs mapped by province', 'Kandal', 'Takeo']);
  });
});

describe('indicator fields in templates', () => {
  test.each([
    ['{{IND-1}} CBOs', '4 CBOs'],
    ['{{ind-1.target}} ({{IND-1.Baseline}} at the start)', '10 CBOs (0 at the start)'],
    [
      '{{IND-1.Indicator}}: {{IND-1.Actual}}, {{IND-1.Progress}} of the way',
      'CBOs mapped by province: 4, 40% of the way',
    ],
    ['{{IND-2}}', '75.00% (3 of 4)'],
  ])('%j → %j', (template, expected) => {
    const data = sheets();
    const header = ['Project ID', 'Title', 'Start', 'End', 'Report period start', 'Report period end'];
    const projects = Table.fromValues(PROJECTS.name, PROJECTS, [
      header,
      ['P-1', 'Voices', '2019-01-01', '2022-12-31', '2019-01-01', '2020-12-31'],
    ]);
    const { model } = buildReport(
      {
        projects,
        indicators: Table.fromValues(INDICATORS.name, INDICATORS, data.Indicators),
        indicatorSheets: data,
        timeZone: 'Asia/Phnom_Penh',
      },
      'P-1',
    );
    const context = { problems: [], replaced: 0 };
    const node = { type: 'PARAGRAPH', text: template };
    const out = renderContainer([node], [reportData(model!)], () => 'body paragraph 1', context);
    expect(context.problems).toEqual([]);
    expect(editedText(node, out[0].edits)).toBe(expected);
  });
});
