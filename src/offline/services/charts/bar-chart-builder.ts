/**
 * Charts.BarChartBuilder of the emulated Charts service
 * (https://developers.google.com/apps-script/reference/charts/bar-chart-builder): horizontal
 * bars, the first column of the data table the categories, each number column a series. The X
 * axis is the horizontal (value) axis, the Y axis the vertical (category) axis.
 */
import type { Emulates } from '../emulation';
import { FakeChart } from './chart';
import { FakeDataTable, FakeDataTableBuilder } from './data-table';
import type { BarChartSpec } from './render';
import { raw } from '../document/element';

/** The size without setDimensions: Google documents none for the Charts service; 400 × 200 here. */
const DEFAULT_SIZE = { width: 400, height: 200 };
/** The largest image the stricter reading allows (Docs refuses images over 25 megapixels). */
const MAX_SIDE = 4000;

export class FakeBarChartBuilder implements Emulates<
  GoogleAppsScript.Charts.BarChartBuilder,
  | 'build'
  | 'setColors'
  | 'setDataTable'
  | 'setDimensions'
  | 'setLegendPosition'
  | 'setOption'
  | 'setRange'
  | 'setTitle'
  | 'setXAxisTitle'
  | 'setYAxisTitle'
> {
  static gasClass = 'BarChartBuilder';
  _table: FakeDataTable | undefined;
  _title = '';
  _xAxisTitle = '';
  _yAxisTitle = '';
  _colours: string[] = [];
  _legend: BarChartSpec['legend'] = 'RIGHT';
  _range: { start: number; end: number } | undefined;
  _size = { ...DEFAULT_SIZE };
  _ticks: BarChartSpec['ticks'];

  setDataTable(table: unknown): this {
    const given = raw(table) as unknown;
    if (given instanceof FakeDataTableBuilder) this._table = given.build();
    else if (given instanceof FakeDataTable) this._table = given;
    else throw new Error('Invalid argument: table');
    return this;
  }
  setTitle(chartTitle: string): this {
    this._title = String(chartTitle ?? '');
    return this;
  }
  setXAxisTitle(title: string): this {
    this._xAxisTitle = String(title ?? '');
    return this;
  }
  setYAxisTitle(title: string): this {
    this._yAxisTitle = String(title ?? '');
    return this;
  }
  setColors(cssValues: string[]): this {
    if (!Array.isArray(cssValues)) throw new Error('Invalid argument: cssValues');
    this._colours = cssValues.map(String);
    return this;
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    const name = String(position);
    if (!['TOP', 'RIGHT', 'BOTTOM', 'NONE'].includes(name))
      throw new Error(`Invalid argument: position (${name})`);
    this._legend = name as BarChartSpec['legend'];
    return this;
  }
  setRange(start: number, end: number): this {
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start)
      throw new Error(`Invalid argument: range ${start}..${end}`);
    this._range = { start, end };
    return this;
  }
  /**
   * Advanced options by Google Charts' names (the reference: "See the Google Charts
   * documentation", https://developers.google.com/apps-script/reference/charts/bar-chart-builder#setoptionoption,-value).
   * Only `hAxis.ticks` is emulated: the value axis's gridlines, each a number or `{ v, f }` with
   * `f` the label shown (https://developers.google.com/chart/interactive/docs/gallery/barchart#configuration-options).
   * Any other option is refused as not emulated (the reference does not say what Google does with
   * an option its chart does not have: the stricter reading).
   */
  setOption(option: string, value: unknown): this {
    if (option !== 'hAxis.ticks') throw new Error(`not emulated: BarChartBuilder.setOption(${option})`);
    const given = raw(value) as unknown;
    if (!Array.isArray(given)) throw new Error('Invalid argument: hAxis.ticks must be an array');
    this._ticks = given.map((tick: unknown) => {
      const tickValue = typeof tick === 'object' && tick !== null ? (tick as { v?: unknown }).v : tick;
      const label = typeof tick === 'object' && tick !== null ? (tick as { f?: unknown }).f : undefined;
      if (typeof tickValue !== 'number' || !Number.isFinite(tickValue))
        throw new Error('Invalid argument: each of hAxis.ticks is a number or { v: number, f: string }');
      return { value: tickValue, label: label === undefined ? String(tickValue) : String(label) };
    });
    return this;
  }
  setDimensions(width: number, height: number): this {
    for (const side of [width, height])
      if (!Number.isInteger(side) || side <= 0 || side > MAX_SIDE)
        throw new Error(`Invalid argument: dimensions ${width} × ${height}`);
    this._size = { width, height };
    return this;
  }
  /** The chart; a chart needs its data (Google: "A data table is required"). */
  build(): FakeChart {
    const table = this._table;
    if (!table) throw new Error('A data table or a data source URL is required to build the chart.');
    const [first, ...rest] = table._columns;
    if (!first || rest.length === 0 || rest.some((c) => c.kind !== 'NUMBER'))
      throw new Error('A bar chart needs a first column of categories and number columns after it.');
    const spec: BarChartSpec = {
      title: this._title,
      xAxisTitle: this._xAxisTitle,
      yAxisTitle: this._yAxisTitle,
      categories: table._rows.map((row) => (row[0] === null ? '' : String(row[0]))),
      series: rest.map((column, i) => ({
        label: column.label,
        values: table._rows.map((row) => (typeof row[i + 1] === 'number' ? (row[i + 1] as number) : null)),
      })),
      colours: [...this._colours],
      legend: this._legend,
      ...(this._range ? { range: { ...this._range } } : {}),
      ...(this._ticks ? { ticks: this._ticks.map((tick) => ({ ...tick })) } : {}),
      width: this._size.width,
      height: this._size.height,
    };
    return new FakeChart(spec);
  }
}
