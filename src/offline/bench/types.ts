/** A benchmark operation. Add one: a file here and one line in ./index.ts. */
import type { OfflineRuntime } from '../runtime';
import type { SyntheticOptions } from '../synthetic';
import type { Cell } from '../../workbook/values';

export interface BenchOperation {
  name: string;
  /** The workbook it runs on (default: syntheticWorkbook({ cbos: rows })). */
  workbook?(rows: number): Record<string, Cell[][]>;
  /** Extra options for the synthetic workbook (e.g. mistakeRate). */
  synthetic?: Partial<SyntheticOptions>;
  /** Anything to do before the measured call (not measured), e.g. select a row. */
  prepare?(runtime: OfflineRuntime, rows: number): void;
  /** The top-level function measured, and its arguments. */
  entryPoint: string;
  args?(rows: number): unknown[];
  /** Instead of running entryPoint: what is measured (e.g. a user edit firing the change log). */
  measure?(runtime: OfflineRuntime): void;
  /** Its workbook does not depend on the CBO rows: run once, at the first size. */
  fixedWorkbook?: boolean;
}
