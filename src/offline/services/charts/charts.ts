/**
 * The emulated Charts service (https://developers.google.com/apps-script/reference/charts): charts
 * built from a data table and rendered as images on the server, without a spreadsheet. Its
 * builders need no OAuth scope. Emulated: bar charts and data tables; the other chart kinds throw
 * `not emulated: Charts.newLineChart` and so on.
 */
import type { Emulates } from '../emulation';
import { FakeBarChartBuilder } from './bar-chart-builder';
import { FakeDataTableBuilder } from './data-table';

function names<T extends string>(...keys: T[]): { readonly [K in T]: K } {
  return Object.freeze(Object.fromEntries(keys.map((k) => [k, k]))) as { readonly [K in T]: K };
}

export const COLUMN_TYPE = names('DATE', 'NUMBER', 'STRING');
export const POSITION = names('TOP', 'RIGHT', 'BOTTOM', 'NONE');

export class FakeCharts implements Emulates<
  GoogleAppsScript.Charts.Charts,
  'newBarChart' | 'newDataTable' | 'ColumnType' | 'Position'
> {
  static gasClass = 'Charts';
  static gasProperties = ['ColumnType', 'Position'];
  readonly ColumnType = COLUMN_TYPE as unknown as typeof GoogleAppsScript.Charts.ColumnType;
  readonly Position = POSITION as unknown as typeof GoogleAppsScript.Charts.Position;

  newDataTable(): FakeDataTableBuilder {
    return new FakeDataTableBuilder();
  }
  newBarChart(): FakeBarChartBuilder {
    return new FakeBarChartBuilder();
  }
}
