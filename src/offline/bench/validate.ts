import type { BenchOperation } from './types';

/** Validate data on the synthetic workbook (national Geography, 2% of CBO rows with a mistake). */
export const validate: BenchOperation = {
  name: 'validate',
  entryPoint: 'validateData',
  args: () => [{ today: '2026-11-23', quiet: true }],
};
