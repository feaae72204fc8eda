/**
 * The report's indicator performance tracking table (IPTT): per indicator its baseline, target
 * with its unit, the actual of each period (years, or quarters of a period of a year or less),
 * the cumulative figure to date and the progress to target, with the breakdown rows of a
 * disaggregated indicator under it. Every figure comes from the indicators engine (computeAll),
 * run once per period with the definitions' periods set to that period: nothing is recomputed
 * here. Pure.
 */
import { digitsOf, KHMER_MONTHS } from '../../i18n/digits';
import { figureOf } from '../../i18n/figures';
import type { Language } from '../../i18n/language';
import { choiceWord } from '../../i18n/choices';
import { t } from '../../i18n/messages';
import { computeAll, type IndicatorResult, type SheetValues } from '../../indicators/engine';
import { breakdownText } from '../../indicators/results';
import { GEOGRAPHY, INDICATORS } from '../../workbook/contract';
import { dayFromParts, dayParts, isoDay, MONTH_NAMES, parseDay, type Day } from '../../workbook/dates';
import { foldKey } from '../../workbook/matching';
import { Table } from '../../workbook/table';
import { cleanText, parseNumber, type Cell } from '../../workbook/values';
import { formatAmount } from '../text';

export interface Period {
  start?: Day;
  end?: Day;
}

/** One actual column of the table: a calendar year or a quarter, clipped to the period. */
export interface PeriodColumn {
  /** "2020", "Q1 2020", "Jul–Sep 2020" (in the report's language). */
  label: string;
  start: Day;
  end: Day;
}

/** At most this many year columns; a longer period shows only the cumulative figure. */
export const MAX_YEAR_COLUMNS = 6;

/**
 * The actual columns of a period: its calendar years when it is longer than a year (at most
 * MAX_YEAR_COLUMNS, else none), its quarters (3 months from its start) when it is a year or
 * less, none when it is open at either end.
 */
export function periodColumns(period: Period, language: Language = 'en'): PeriodColumn[] {
  const { start, end } = period;
  if (start === undefined || end === undefined || end < start) return [];
  const from = dayParts(start);
  const to = dayParts(end);
  const oneYearOn = dayFromParts(from.year + 1, from.month, from.day) ?? start + 366;
  if (end >= oneYearOn) {
    if (to.year - from.year + 1 > MAX_YEAR_COLUMNS) return [];
    const columns: PeriodColumn[] = [];
    for (let year = from.year; year <= to.year; year++) {
      columns.push({
        label: digitsOf(String(year), language),
        start: Math.max(start, dayFromParts(year, 1, 1) as Day),
        end: Math.min(end, dayFromParts(year, 12, 31) as Day),
      });
    }
    return columns;
  }
  const columns: PeriodColumn[] = [];
  for (let q = 0; q < 4; q++) {
    const month = from.month - 1 + 3 * q;
    const qStart = q === 0 ? start : firstOfMonth(from.year, month);
    if (qStart > end) break;
    const next = firstOfMonth(from.year, month + 3);
    const qEnd = Math.min(end, next - 1);
    columns.push({ label: quarterLabel(qStart, qEnd, language), start: qStart, end: qEnd });
  }
  return columns;
}

function firstOfMonth(year: number, monthIndex: number): Day {
  return dayFromParts(year + Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1) as Day;
}

/** "Q1 2020" for a calendar quarter, else its months: "Jul–Sep 2020", "Nov 2020–Jan 2021". */
export function quarterLabel(start: Day, end: Day, language: Language = 'en'): string {
  const a = dayParts(start);
  const b = dayParts(end);
  const month = (m: number) => (language === 'km' ? KHMER_MONTHS[m - 1] : MONTH_NAMES[m - 1].slice(0, 3));
  let label: string;
  if ((a.month - 1) % 3 === 0 && b.month === a.month + 2 && a.year === b.year) {
    label = t(language, 'report.quarter', { number: String((a.month + 2) / 3), year: String(a.year) });
  } else if (a.year === b.year) {
    label =
      a.month === b.month ? `${month(a.month)} ${a.year}` : `${month(a.month)}–${month(b.month)} ${a.year}`;
  } else {
    label = `${month(a.month)} ${a.year}–${month(b.month)} ${b.year}`;
  }
  return digitsOf(label, language);
}

/** A figure of one indicator (its total or one breakdown) in one period. */
interface Figure {
  display: string;
  value: Cell;
  baseline: Cell;
  target: Cell;
  progress: Cell;
}

/** One indicator's figures in one period: its total, its breakdowns by text, or why it failed. */
interface IndicatorFigures {
  id: string;
  indicator: string;
  total?: Figure;
  breakdowns: Map<string, Figure>;
  /** In order. */
  breakdownOrder: string[];
  failed?: string;
}

export type FigureSet = Map<string, IndicatorFigures>;

const figureOfResult = (r: IndicatorResult): Figure => ({
  display: r.display,
  value: r.value ?? '',
  baseline: r.baseline ?? '',
  target: r.target ?? '',
  progress: r.progress ?? '',
});

/** The figures of an engine run, by folded indicator ID. */
function runFigures(run: ReturnType<typeof computeAll>): FigureSet {
  const set: FigureSet = new Map();
  for (const entry of run.byDefinition) {
    if (set.has(foldKey(entry.id))) continue;
    const figures: IndicatorFigures = {
      id: entry.id,
      indicator: entry.failed?.indicator ?? entry.results[0]?.indicator ?? '',
      breakdowns: new Map(),
      breakdownOrder: [],
    };
    if (entry.failed) figures.failed = entry.failed.display;
    for (const result of entry.results) {
      if (result.breakdown === null) figures.total = figureOfResult(result);
      else {
        const key = breakdownText(result.breakdown);
        figures.breakdowns.set(key, figureOfResult(result));
        figures.breakdownOrder.push(key);
      }
    }
    set.set(foldKey(entry.id), figures);
  }
  return set;
}

/** The figures of the `Indicator results` sheet (what Compute indicators wrote), by folded ID. */
export function sheetFigures(results: Table | undefined): FigureSet {
  const set: FigureSet = new Map();
  if (!results) return set;
  const text = (row: (typeof results.rows)[number], header: string) => cleanText(results.get(row, header));
  for (const row of results.rows) {
    const id = text(row, 'ID');
    if (!id) continue;
    let figures = set.get(foldKey(id));
    if (!figures) {
      figures = { id, indicator: text(row, 'Indicator'), breakdowns: new Map(), breakdownOrder: [] };
      set.set(foldKey(id), figures);
    }
    const figure: Figure = {
      display: text(row, 'Display'),
      value: results.get(row, 'Value') ?? '',
      baseline: results.get(row, 'Baseline') ?? '',
      target: results.get(row, 'Target') ?? '',
      progress: results.get(row, 'Progress to target') ?? '',
    };
    const breakdown = text(row, 'Breakdown');
    // A failed indicator's row has no Numerator (its Display says why).
    if (!breakdown && text(row, 'Numerator') === '') figures.failed ??= figure.display;
    else if (!breakdown) figures.total ??= figure;
    else if (!figures.breakdowns.has(breakdown)) {
      figures.breakdowns.set(breakdown, figure);
      figures.breakdownOrder.push(breakdown);
    }
  }
  return set;
}

/**
 * The indicators computed by the engine with each definition's period set: `periodOf` gets the
 * definition's own period and returns the one to compute (undefined: the indicator does not apply
 * and its figures are left out).
 */
export function computeWithPeriods(
  sheets: SheetValues,
  timeZone: string,
  periodOf: (own: Period) => Period | undefined,
): FigureSet {
  const values = sheets[INDICATORS.name];
  if (!values || values.length === 0) return new Map();
  const table = Table.fromValues(INDICATORS.name, INDICATORS, values);
  const header = [...values[0]];
  const column = (name: string) => {
    const at = table.column(name);
    if (at >= 0) return at;
    header.push(name);
    return header.length - 1;
  };
  const startAt = column('Period start');
  const endAt = column('Period end');
  const skipped = new Set<string>();
  const rows = values.slice(1).map((cells) => {
    const row = [...cells];
    while (row.length < header.length) row.push('');
    const start = parseDay(row[startAt], timeZone);
    const end = parseDay(row[endAt], timeZone);
    // An unreadable period stays as typed: the engine reports that indicator as failed.
    if (start.status === 'invalid' || end.status === 'invalid') return row;
    const own = {
      start: start.status === 'ok' ? start.value : undefined,
      end: end.status === 'ok' ? end.value : undefined,
    };
    const period = periodOf(own);
    if (!period) {
      skipped.add(foldKey(cleanText(row[table.column('ID')])));
      return row;
    }
    row[startAt] = period.start === undefined ? '' : isoDay(period.start);
    row[endAt] = period.end === undefined ? '' : isoDay(period.end);
    return row;
  });
  const run = computeAll({
    sheets: { ...sheets, [INDICATORS.name]: [header, ...rows] },
    timeZone,
    language: 'en',
  });
  const figures = runFigures(run);
  for (const id of skipped) figures.delete(id);
  return figures;
}

/**
 * The period an indicator is computed for: its own bounds, the report's where it has none; its
 * own period alone when the two do not meet (an indicator of 2021 in a report on 2020).
 */
export function defaultPeriod(own: Period, report: Period): Period {
  const start = own.start ?? report.start;
  const end = own.end ?? report.end;
  return start !== undefined && end !== undefined && end < start ? own : { start, end };
}

/** A column's period for an indicator: the column within the indicator's own period, or undefined outside it. */
export function columnPeriod(own: Period, column: PeriodColumn): Period | undefined {
  const start = Math.max(own.start ?? column.start, column.start);
  const end = Math.min(own.end ?? column.end, column.end);
  return end < start ? undefined : { start, end };
}

/** One row of the table: an indicator's total, or one of its breakdowns (id blank). */
export interface IpttRow {
  id: string;
  indicator: string;
  /** "Kandal, Youth" for a breakdown row; '' for the total. */
  breakdown: string;
  baseline: string;
  /** With its unit: "600 CBOs", "20%". */
  target: string;
  unit: string;
  /** Per period column ('–' where the indicator's own period leaves the column out). */
  actuals: string[];
  cumulative: string;
  progress: string;
  /** The progress to target behind `progress`, when it is a number (a total's): the chart's bar. */
  progressValue?: number;
}

export interface IpttInputs {
  /** The Indicators sheet as read (Kind, Unit, Baseline, Target). */
  indicators?: Table;
  /** The figures of the whole period (cumulative to date), by folded ID. */
  cumulative: FigureSet;
  /** The figures of each period column, in column order. */
  columns: FigureSet[];
  language: Language;
  /** Geography's Khmer names of places, for the breakdown rows of a Khmer report. */
  places?: PlaceNames;
}

/** A number cell as text ("80", "0.5"; text kept), '' when blank. */
export function numberText(value: Cell): string {
  if (typeof value === 'number') return formatAmount(value).replace(/\.00$/, '');
  return cleanText(value);
}

/** "600 CBOs" / "20%" / "600": a figure of the definition with its unit; blank stays blank. */
export function withUnit(value: Cell, kind: string, unit: string, language: Language = 'en'): string {
  const number = numberText(value);
  if (!number) return '';
  const parsed = parseNumber(value);
  if (parsed.status !== 'ok') return number;
  const shown = digitsOf(number, language);
  if (foldKey(kind) === 'percent') return `${shown}%`;
  return unit ? `${shown} ${unit}` : shown;
}

/** A progress percent as Compute indicators writes it (81.25 → "81.25%"); text kept. */
export function percentText(value: Cell, language: Language = 'en'): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const rounded = formatAmount(Math.round(value * 100) / 100)
      .replace(/\.00$/, '')
      .replace(/(\.\d)0$/, '$1');
    return digitsOf(`${rounded}%`, language);
  }
  return digitsOf(cleanText(value), language);
}

/** The columns of fixed choices a breakdown may be by (Advocacy › Level, a gender). */
const CHOICE_COLUMNS = new Set(['Level', 'Gender', 'Leader gender']);

/** The columns whose values are Geography's places: a breakdown by them names a place. */
const PLACE_COLUMNS = ['Province', 'District', 'Commune'] as const;

/** The Khmer name of each place of Geography by column and folded English name ("Province\0kandal" → "កណ្ដាល"). */
export type PlaceNames = ReadonlyMap<string, string>;

const placeKey = (column: string, name: string) => `${column}\u0000${foldKey(name)}`;

/**
 * The Khmer names Geography (its values as read) gives its places (Province (Khmer), District
 * (Khmer), Commune (Khmer)), by the English name the engine groups a breakdown under. A name Geography gives two
 * different Khmer names (two districts of one name in two provinces) is left out: the breakdown
 * keeps the English name rather than guess.
 */
export function khmerPlaceNames(values: Cell[][] | undefined): PlaceNames {
  const geography = values?.length ? Table.fromValues(GEOGRAPHY.name, GEOGRAPHY, values) : undefined;
  const names = new Map<string, string>();
  for (const column of PLACE_COLUMNS) {
    const khmerColumn = `${column} (Khmer)`;
    for (const row of geography?.has(column) && geography.has(khmerColumn) ? geography.rows : []) {
      const key = placeKey(column, cleanText(geography?.get(row, column)));
      const khmer = cleanText(geography?.get(row, khmerColumn));
      // Two Khmer names for one English name: '' (ambiguous, the English name stays).
      if (khmer) names.set(key, (names.get(key) ?? khmer) === khmer ? khmer : '');
    }
  }
  return names;
}

/**
 * "Province = Kandal, Sector = Youth" → "Kandal, Youth" (the indicator's name says by what); a
 * fixed choice in the document's language ("Level = National" → "ថ្នាក់ជាតិ" in Khmer), and in
 * Khmer a place by the Khmer name Geography gives it (`places`, "Province = Kandal" → "កណ្ដាល").
 */
export function breakdownLabel(breakdown: string, language: Language = 'en', places?: PlaceNames): string {
  return breakdown
    .split(/,\s*(?=[^,=]+\s=\s)/)
    .map((part) => {
      const at = part.indexOf(' = ');
      if (at < 0) return part.trim();
      const column = part.slice(0, at).trim();
      const value = part.slice(at + 3).trim();
      if (CHOICE_COLUMNS.has(column)) return choiceWord(value, language);
      if (language === 'km' && places) return places.get(placeKey(column, value)) || value;
      return value;
    })
    .join(', ');
}

/**
 * The rows of the table, in the order of the Indicators sheet: each indicator's total, then its
 * breakdown rows. Blank baselines and targets stay blank.
 */
export function ipttRows(inputs: IpttInputs): IpttRow[] {
  const { indicators, cumulative, columns, language, places } = inputs;
  const notComputed = t(language, 'report.notComputed');
  const outside = '–';
  const definitions = new Map<
    string,
    { kind: string; unit: string; baseline: Cell; target: Cell; name: string }
  >();
  const order: string[] = [];
  if (indicators) {
    for (const row of indicators.rows) {
      const id = cleanText(indicators.get(row, 'ID'));
      if (!id || definitions.has(foldKey(id))) continue;
      definitions.set(foldKey(id), {
        kind: cleanText(indicators.get(row, 'Kind')),
        unit: cleanText(indicators.get(row, 'Unit')),
        baseline: indicators.get(row, 'Baseline') ?? '',
        target: indicators.get(row, 'Target') ?? '',
        name: cleanText(indicators.get(row, 'Indicator')),
      });
      order.push(id);
    }
  }
  for (const figures of cumulative.values()) {
    if (!definitions.has(foldKey(figures.id))) order.push(figures.id);
  }
  const shown = (figure: Figure | undefined, failed: string | undefined, missing: string) =>
    figure ? figureOf(figure.display, language) : failed ? notComputed : missing;
  const rows: IpttRow[] = [];
  for (const id of order) {
    const key = foldKey(id);
    const definition = definitions.get(key);
    const figures = cumulative.get(key);
    const kind = definition?.kind ?? '';
    const unit = definition?.unit ?? '';
    const baseline = definition ? definition.baseline : (figures?.total?.baseline ?? '');
    const target = definition ? definition.target : (figures?.total?.target ?? '');
    const actualsOf = (pick: (f: IndicatorFigures) => Figure | undefined) =>
      columns.map((set) => {
        const f = set.get(key);
        if (!f) return outside;
        const figure = pick(f);
        // A breakdown with no rows in the period: nothing counted (a percent of nothing has no value).
        if (!figure && f.total && !f.failed)
          return foldKey(kind) === 'percent' ? outside : digitsOf('0', language);
        return shown(figure, f.failed, outside);
      });
    rows.push({
      id,
      indicator: definition?.name || figures?.indicator || '',
      breakdown: '',
      baseline: withUnit(baseline, kind, '', language),
      target: withUnit(target, kind, unit, language),
      unit,
      actuals: actualsOf((f) => f.total),
      cumulative: figures ? shown(figures.total, figures.failed ?? '', notComputed) : notComputed,
      progress: figures?.total ? percentText(figures.total.progress, language) : '',
      ...(typeof figures?.total?.progress === 'number' ? { progressValue: figures.total.progress } : {}),
    });
    for (const breakdown of figures?.breakdownOrder ?? []) {
      const figure = figures?.breakdowns.get(breakdown);
      rows.push({
        id: '',
        indicator: digitsOf(breakdownLabel(breakdown, language, places), language),
        breakdown,
        baseline: '',
        target: '',
        unit,
        actuals: actualsOf((f) => f.breakdowns.get(breakdown)),
        cumulative: figure ? figureOf(figure.display, language) : '',
        progress: '',
      });
    }
  }
  return rows;
}
