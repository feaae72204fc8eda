import type { BenchOperation } from './types';

export const openMenu: BenchOperation = {
  name: 'open-menu',
  entryPoint: 'onOpen',
};
