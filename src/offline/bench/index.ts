/** Benchmark operations, in the order they run. Add one line per operation. */
import { minutes30, minutes300, report } from './documents';
import { indicators, indicatorsWithDataCheck } from './indicators';
import { openMenu } from './open-menu';
import { changeLogEdit, collect, collectEveryCopy, partnersSplit, setup } from './sharing';
import type { BenchOperation } from './types';
import { validate } from './validate';

export const BENCH_OPERATIONS: BenchOperation[] = [
  openMenu,
  validate,
  indicators,
  indicatorsWithDataCheck,
  setup,
  partnersSplit,
  collect,
  collectEveryCopy,
  changeLogEdit,
  minutes30,
  minutes300,
  report,
];
