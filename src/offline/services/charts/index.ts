/** The emulated Charts service: bar charts from data tables, rendered to PNG (render.ts). */
import { FakeBarChartBuilder } from './bar-chart-builder';
import { FakeChart } from './chart';
import { FakeCharts } from './charts';
import { FakeDataTable, FakeDataTableBuilder } from './data-table';

export { FakeBarChartBuilder, FakeChart, FakeCharts, FakeDataTable, FakeDataTableBuilder };

export const CHARTS_CLASSES = [
  FakeCharts,
  FakeDataTableBuilder,
  FakeDataTable,
  FakeBarChartBuilder,
  FakeChart,
];

export const chartsServices = {
  Charts: () => new FakeCharts(),
};
