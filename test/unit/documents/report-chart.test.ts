/** The report's chart of target against actual, planned from the IPTT rows (src/documents/report/chart.ts). */
import { chartPlan, CHART_TAG, MAX_CHART_BARS } from '../../../src/documents/report/chart';
import { reportData } from '../../../src/documents/report/data';
import type { IpttRow } from '../../../src/documents/report/iptt';
import type { ReportModel } from '../../../src/documents/report/model';

function row(id: string, fields: Partial<IpttRow> = {}): IpttRow {
  return {
    id,
    indicator: `Indicator ${id}`,
    breakdown: '',
    baseline: '0',
    target: '600 CBOs',
    unit: 'CBOs',
    actuals: [],
    cumulative: '621',
    progress: '103.5%',
    progressValue: 103.5,
    ...fields,
  };
}

describe('chartPlan', () => {
  test('one bar pair per indicator total with a target and a progress figure, in table order', () => {
    const plan = chartPlan(
      [
        row('IND-1.1'),
        row('', { breakdown: 'Province = Kandal', indicator: 'Kandal', progressValue: undefined }),
        row('IND-1.2', { target: '', progress: '', progressValue: undefined }),
        row('IND-1.3', { target: '20%', cumulative: '16.25% (13 of 80)', progressValue: 81.25 }),
        row('IND-1.4', { progress: 'not computed', progressValue: undefined }),
      ],
      'en',
    );
    expect(plan?.bars).toEqual([
      { label: 'IND-1.1 Indicator IND-1.1: 621 of 600 CBOs', target: 100, actual: 103.5 },
      { label: 'IND-1.3 Indicator IND-1.3: 16.25% (13 of 80) of 20%', target: 100, actual: 81.25 },
    ]);
    expect(plan).toMatchObject({
      title: 'Progress to target',
      categoryTitle: 'Indicator',
      valueTitle: 'Percent of target',
      series: ['Target', 'Actual'],
      max: 120,
      note: '',
    });
    expect(plan?.height).toBeGreaterThan(plan?.bars.length ?? 0);
    expect(plan?.description).toBe(
      'Progress to target; IND-1.1 Indicator IND-1.1: 621 of 600 CBOs (103.5%); IND-1.3 Indicator IND-1.3: 16.25% (13 of 80) of 20% (81.25%)',
    );
  });

  test('no chart when no indicator has a target and a figure', () => {
    expect(chartPlan([], 'en')).toBeUndefined();
    expect(
      chartPlan([row('IND-1', { target: '' }), row('IND-2', { progressValue: undefined })], 'en'),
    ).toBeUndefined();
  });

  test('a value axis of at least 100%, rounded up to a multiple of 20', () => {
    expect(chartPlan([row('A', { progressValue: 12 })], 'en')?.max).toBe(100);
    expect(chartPlan([row('A', { progressValue: 250.5 })], 'en')?.max).toBe(260);
  });

  test('at most MAX_CHART_BARS bars, and a note saying how many were left out', () => {
    const rows = Array.from({ length: MAX_CHART_BARS + 5 }, (_, i) => row(`IND-${i + 1}`));
    const plan = chartPlan(rows, 'en');
    expect(plan?.bars).toHaveLength(MAX_CHART_BARS);
    expect(plan?.note).toBe(
      `The first ${MAX_CHART_BARS} of ${MAX_CHART_BARS + 5} indicators with a target; the table has them all.`,
    );
  });

  test('a long indicator name is cut, its figures kept', () => {
    const plan = chartPlan(
      [
        row('IND-1.3', {
          indicator: 'Share of target CBOs that advocated to national government and local authorities',
        }),
      ],
      'en',
    );
    const label = plan?.bars[0].label ?? '';
    expect(label).toBe('IND-1.3 Share of target CBOs that advocat…: 621 of 600 CBOs');
  });

  test('in Khmer: the words and the digits of the document', () => {
    const rows = Array.from({ length: MAX_CHART_BARS + 1 }, (_, i) =>
      row(`IND-${i + 1}`, { indicator: 'សហគមន៍', target: '៦០០ CBO', cumulative: '៦២១', progressValue: 103.5 }),
    );
    const plan = chartPlan(rows, 'km');
    expect(plan?.title).toBe('វឌ្ឍនភាពធៀបនឹងគោលដៅ');
    expect(plan?.series).toEqual(['គោលដៅ', 'លទ្ធផលជាក់ស្តែង']);
    // Khmer puts ៖ after a name, not a Latin colon.
    expect(plan?.bars[0].label).toBe('IND-1 សហគមន៍៖ ៦២១ នៃ ៦០០ CBO');
    // The value axis's gridlines are labelled in Khmer digits (the chart's own are Latin).
    expect(plan?.max).toBe(120);
    expect(plan?.ticks).toEqual([
      { v: 0, f: '០' },
      { v: 20, f: '២០' },
      { v: 40, f: '៤០' },
      { v: 60, f: '៦០' },
      { v: 80, f: '៨០' },
      { v: 100, f: '១០០' },
      { v: 120, f: '១២០' },
    ]);
    expect(plan?.note).toContain('១៥');
    expect(plan?.note).toContain('១៦');
    expect(plan?.description).toContain('១០៣.៥%');
  });
});

test.each([
  [103.5, 120, 20],
  [130, 160, 40],
  [250, 300, 60],
  [390, 400, 100],
  [1010, 1200, 200],
])('a Khmer axis up to %d%% ends at %d, a gridline every %d', (progress, max, step) => {
  const plan = chartPlan([row('IND-1', { progressValue: progress })], 'km');
  expect(plan?.max).toBe(max);
  expect(plan?.ticks?.map((tick) => tick.v)).toEqual(
    Array.from({ length: max / step + 1 }, (_, i) => i * step),
  );
  expect(plan?.ticks?.every((tick) => /^[០-៩]+$/.test(tick.f))).toBe(true);
});

test('in English the chart keeps its own axis, as before', () => {
  const plan = chartPlan([row('IND-1', { progressValue: 130 })], 'en');
  expect(plan?.ticks).toBeUndefined();
  expect(plan?.max).toBe(140);
  expect(plan?.bars[0].label).toBe('IND-1 Indicator IND-1: 621 of 600 CBOs');
});

describe('the chart fields of the report data', () => {
  const model = (indicators: IpttRow[]) =>
    ({
      language: 'en',
      indicators,
      sections: [],
      periodColumns: [],
      indicatorFields: {},
      reportPeriod: {},
      period: '',
      projectNumber: 1,
    }) as unknown as ReportModel;

  test('Has chart, Chart (the tag the image replaces) and Chart note', () => {
    expect(reportData(model([row('IND-1')]))).toMatchObject({
      'Has chart': true,
      Chart: CHART_TAG,
      'Chart note': '',
    });
  });

  test('no chart: Has chart is No and Chart is blank', () => {
    expect(reportData(model([row('IND-1', { progressValue: undefined })]))).toMatchObject({
      'Has chart': false,
      Chart: '',
    });
  });
});
