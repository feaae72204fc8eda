import {
  buildReport,
  fundingLine,
  indicatorTotals,
  progressText,
  projectLine,
  resolveCitations,
  sectionHeading,
} from '../../../src/documents/report/model';
import { formatAmount, splitNames } from '../../../src/documents/text';
import { INDICATOR_RESULTS, INDICATORS, LISTS, PROJECTS, REPORT_ITEMS } from '../../../src/workbook/contract';
import { Table } from '../../../src/workbook/table';
import { say } from '../../../src/i18n/messages';
import type { Cell } from '../../../src/workbook/values';

const table = (spec: typeof PROJECTS, values: Cell[][]) => Table.fromValues(spec.name, spec, values);

function sources(items?: Cell[][]) {
  return {
    projects: table(PROJECTS, [
      [
        'Project ID',
        'Title',
        'Outcome',
        'Strategic objective',
        'Project objective',
        'Start',
        'End',
        'Funding',
        'Currency',
        'Donors',
        'Target areas',
      ],
      ['P-2018-07', 'Older project', '', '', '', '', '', '', '', '', ''],
      [
        'P-2019-01',
        "Citizens' Voices and Actions for Sustainable Development in Cambodia",
        'Influenced policy and implementation',
        'To fulfil the rights and enhance the voices of citizens',
        'To fulfil rights and enhance voices and actions of citizens',
        '2019-01-01',
        '31/12/2022',
        649300,
        'EUR',
        'BfdW, DCA',
        '40 rural districts',
      ],
    ]),
    reportItems: table(
      REPORT_ITEMS,
      items ?? [
        ['Project ID', 'Section', 'Order', 'Text'],
        ['P-2019-01', 'The way forward', 1, 'Implement the digital engagement strategy'],
        ['P-2019-01', 'Challenges', 2, 'Most CBOs are not able to sustain themselves.'],
        [
          'P-2019-01',
          'activities and results',
          2,
          'A total of {{IND-1.1}} CBOs were mapped; {{ IND-1.3 }} of target CBOs advocated.',
        ],
        ['p-2019-01', 'Activities and results', 1, 'Strengthened engagement of citizens.'],
        ['P-2019-01', 'Lessons learned', 1, 'Online learning matters.'],
        ['P-2019-01', 'Challenges', 1, 'Activities were delayed by Covid-19.'],
        ['P-2018-07', 'Challenges', 1, 'Another project'],
      ],
    ),
    indicatorResults: table(INDICATOR_RESULTS, [
      [
        'ID',
        'Indicator',
        'Breakdown',
        'Numerator',
        'Denominator',
        'Value',
        'Display',
        'Baseline',
        'Target',
        'Progress to target',
      ],
      // Progress to target in percent, as Compute indicators writes it (format 0.##"%").
      ['IND-1.1', 'CBOs mapped', '', 621, '', 621, '621', 500, 600, 103.5],
      ['IND-1.1', 'CBOs mapped', 'Province = Kandal', 40, '', 40, '40', '', '', ''],
      ['IND-1.3', 'Share of target CBOs that advocated', '', 13, 80, 16.25, '16.25% (13 of 80)', 5, 25, 65],
    ]),
    indicators: table(INDICATORS, [
      ['ID', 'Indicator', 'Kind', 'Source', 'Baseline', 'Target'],
      ['IND-1.1', 'CBOs mapped', 'count', 'CBOs', 500, 600],
      ['IND-1.2', 'Target CBOs with advocacy plans', 'count', 'CBOs', 10, 60],
      ['IND-1.3', 'Share of target CBOs that advocated', 'percent', 'CBOs', 5, 25],
    ]),
    lists: table(LISTS, [
      ['Report section'],
      ['Activities and results'],
      ['Lessons learned'],
      ['Challenges'],
      ['The way forward'],
    ]),
    timeZone: 'Asia/Phnom_Penh',
  };
}

describe('report model pieces', () => {
  test('funding line: thousands separators, currency, donors joined', () => {
    expect(fundingLine(649300, 'EUR', splitNames('BfdW, DCA'))).toBe('649,300 EUR donated by BfdW and DCA');
    expect(fundingLine(1250000.5, 'USD', ['A', 'B', 'C'])).toBe('1,250,000.50 USD donated by A, B and C');
    expect(fundingLine(900, '', [])).toBe('900');
    expect(formatAmount(-1234)).toBe('-1,234');
    expect(splitNames('BfdW and DCA;  EU')).toEqual(['BfdW', 'DCA', 'EU']);
  });

  test('project line: years added once, even when the title already ends with them', () => {
    expect(projectLine(1, "Citizens' Voices", '2019-2022')).toBe("Project#1: Citizens' Voices, 2019-2022");
    expect(projectLine(1, "Citizens' Voices, 2019-2022", '2019-2022')).toBe(
      "Project#1: Citizens' Voices, 2019-2022",
    );
    expect(projectLine(2, 'Water', '')).toBe('Project#2: Water');
    // A Khmer title that ends with its years in Khmer digits, or with an en dash, keeps them once.
    expect(projectLine(1, 'គម្រោងសំឡេងពលរដ្ឋ ២០២៣-២០២៥', '2023-2025', 'km')).not.toMatch(/២០២៥.*២០២៥/);
    expect(projectLine(1, 'Citizens’ Voices 2023–2025', '2023-2025')).toBe(
      'Project#1: Citizens’ Voices 2023–2025',
    );
  });

  test('progress to target is the percent Compute indicators writes (not a fraction)', () => {
    expect(progressText(65)).toBe('65%');
    expect(progressText(81.25)).toBe('81.25%');
    expect(progressText(103.5)).toBe('103.5%');
    expect(progressText(1250)).toBe('1,250%');
    expect(progressText('about half')).toBe('about half');
    expect(progressText('')).toBe('');
  });

  test('a failed indicator in Indicator results is cited as a problem, not as its reason text', () => {
    const results = Table.fromValues('Indicator results', INDICATOR_RESULTS, [
      ['ID', 'Indicator', 'Breakdown', 'Numerator', 'Denominator', 'Value', 'Display'],
      ['IND-2', 'Broken', '', '', '', '', 'Not computed: unknown column Sector'],
    ]);
    const where = { sheet: 'Report items', row: 3, column: 'Text' };
    const resolved = resolveCitations('{{IND-2}} CBOs', indicatorTotals(results), new Set(['ind-2']), where);
    expect(resolved.text).toBe('[IND-2: not computed] CBOs');
    expect(resolved.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        row: 3,
        value: 'IND-2',
        message: expect.stringContaining('unknown column Sector'),
      }),
    ]);
  });

  test('a total without a value (0 of 0) is an error in the report, never "no value" in the narrative', () => {
    const results = Table.fromValues('Indicator results', INDICATOR_RESULTS, [
      ['ID', 'Indicator', 'Breakdown', 'Numerator', 'Denominator', 'Value', 'Display'],
      ['IND-3', 'Share', '', 0, 0, '', 'no value: no CBOs match the Denominator filter (0 of 0)'],
    ]);
    const where = { sheet: 'Report items', row: 4, column: 'Text' };
    const resolved = resolveCitations(
      'We reached {{IND-3}}.',
      indicatorTotals(results),
      new Set(['ind-3']),
      where,
    );
    expect(resolved.text).toBe('We reached [IND-3: no value].');
    expect(resolved.text).not.toMatch(/no CBOs match/);
    expect(resolved.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        row: 4,
        value: 'IND-3',
        message: expect.stringContaining('has no figure to print (no value: no CBOs match'),
      }),
    ]);
  });

  test('in a Khmer report the problem cites the figure in Khmer, not the English reason it was computed with', () => {
    const results = Table.fromValues('Indicator results', INDICATOR_RESULTS, [
      ['ID', 'Indicator', 'Breakdown', 'Numerator', 'Denominator', 'Value', 'Display'],
      ['IND-3', 'Share', '', 0, 0, '', 'no value: no CBOs match the Denominator filter (0 of 0)'],
    ]);
    const where = { sheet: 'Report items', row: 4, column: 'Text' };
    const resolved = resolveCitations('{{IND-3}}', indicatorTotals(results), new Set(['ind-3']), where, 'km');
    const khmer = say('km', resolved.problems[0].i18n!.message);
    expect(khmer).toContain('(គ្មានតម្លៃ (០ នៃ ០))');
    expect(khmer).not.toMatch(/[A-Za-z]{3,} [a-z]{3,}/);
  });

  test('braces around words that name no indicator stay as typed; an ID-like unknown is reported', () => {
    const where = { sheet: 'Report items', row: 2, column: 'Text' };
    const resolved = resolveCitations('{{not a tag}} and {{IND-9}}', new Map(), new Set(), where);
    expect(resolved.text).toBe('{{not a tag}} and [IND-9: unknown indicator]');
    expect(resolved.problems.map((p) => p.value)).toEqual(['IND-9']);
  });

  test('section headings in title case like the reference', () => {
    expect(sectionHeading('Activities and results')).toBe('Activities and Results');
    expect(sectionHeading('The way forward')).toBe('The Way Forward');
  });

  test('citations: resolved to the latest total, unknown and uncomputed are reported with a visible marker', () => {
    const totals = new Map([
      [
        'ind-1.3',
        {
          id: 'IND-1.3',
          indicator: '',
          display: '16.25% (13 of 80)',
          baseline: '',
          target: '',
          progress: '',
          computed: true,
        },
      ],
    ]);
    const where = { sheet: 'Report items', row: 4, column: 'Text' };
    const result = resolveCitations(
      '{{IND-1.3}} advocated; {{IND-1.2}} plans; {{IND-9}}.',
      totals,
      new Set(['ind-1.2']),
      where,
    );
    expect(result.text).toBe(
      '16.25% (13 of 80) advocated; [IND-1.2: not computed] plans; [IND-9: unknown indicator].',
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Report items',
        row: 4,
        column: 'Text',
        value: 'IND-1.2',
      }),
      expect.objectContaining({
        severity: 'error',
        row: 4,
        value: 'IND-9',
        message: expect.stringContaining('Unknown indicator'),
      }),
    ]);
  });
});

describe('buildReport', () => {
  test('project block and sections in list order, items numbered across the report', () => {
    const { model, problems } = buildReport(sources(), 'P-2019-01');
    expect(problems).toEqual([]);
    expect(model?.projectNumber).toBe(2);
    expect(model?.projectLine).toBe(
      "Project#2: Citizens' Voices and Actions for Sustainable Development in Cambodia, 2019-2022",
    );
    expect(model?.funding).toBe('649,300 EUR donated by BfdW and DCA');
    expect(model?.sections.map((s) => [s.heading, s.items.map((i) => i.number)])).toEqual([
      ['Activities and Results', ['2.1', '2.2']],
      ['Lessons Learned', ['2.3']],
      ['Challenges', ['2.4', '2.5']],
      ['The Way Forward', ['2.6']],
    ]);
    expect(model?.sections[0].items.map((i) => i.text)).toEqual([
      'Strengthened engagement of citizens.',
      'A total of 621 CBOs were mapped; 16.25% (13 of 80) of target CBOs advocated.',
    ]);
    expect(model?.sections[2].items[0].text).toBe('Activities were delayed by Covid-19.');
  });

  test('indicators table: in the order of Indicators, breakdowns under their total, not computed said so', () => {
    const { model } = buildReport(sources(), 'P-2019-01');
    // Without the engine's sheets there are no period columns: the figures are the sheet's.
    expect(model?.periodColumns).toEqual([]);
    expect(model?.indicators).toEqual([
      {
        id: 'IND-1.1',
        indicator: 'CBOs mapped',
        breakdown: '',
        baseline: '500',
        target: '600',
        unit: '',
        actuals: [],
        cumulative: '621',
        progress: '103.5%',
        progressValue: 103.5,
      },
      {
        id: '',
        indicator: 'Kandal',
        breakdown: 'Province = Kandal',
        baseline: '',
        target: '',
        unit: '',
        actuals: [],
        cumulative: '40',
        progress: '',
      },
      {
        id: 'IND-1.2',
        indicator: 'Target CBOs with advocacy plans',
        breakdown: '',
        baseline: '10',
        target: '60',
        unit: '',
        actuals: [],
        cumulative: 'not computed',
        progress: '',
      },
      {
        id: 'IND-1.3',
        indicator: 'Share of target CBOs that advocated',
        breakdown: '',
        baseline: '5%',
        target: '25%',
        unit: '',
        actuals: [],
        cumulative: '16.25% (13 of 80)',
        progress: '65%',
        progressValue: 65,
      },
    ]);
  });

  test('unknown project, unknown section, blank text are reported with sheet, row, column', () => {
    expect(buildReport(sources(), 'P-0000').problems).toEqual([
      expect.objectContaining({ severity: 'error', sheet: 'Projects', value: 'P-0000' }),
    ]);
    const { model, problems } = buildReport(
      sources([
        ['Project ID', 'Section', 'Order', 'Text'],
        ['P-2019-01', 'Annex', 1, 'Photos'],
        ['P-2019-01', 'Challenges', 1, ''],
        ['P-2019-01', 'Challenges', 2, 'Cites {{IND-7}}'],
      ]),
      'P-2019-01',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Report items',
        row: 2,
        column: 'Section',
        value: 'Annex',
      }),
      expect.objectContaining({ severity: 'warning', row: 3, column: 'Text' }),
      expect.objectContaining({ severity: 'error', row: 4, column: 'Text', value: 'IND-7' }),
    ]);
    expect(model?.sections.map((s) => s.section)).toEqual(['Challenges', 'Annex']);
    expect(model?.sections[0].items[0]).toMatchObject({
      number: '2.1',
      text: 'Cites [IND-7: unknown indicator]',
    });
  });
});
