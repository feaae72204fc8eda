import type { BenchOperation } from './types';

/** Set up sheets on the synthetic workbook (dropdowns and protections on every sheet). */
export const setup: BenchOperation = {
  name: 'setup',
  entryPoint: 'setUpSheets',
};

/** Collect partner updates after a split and one edit in every partner copy. */
export const collect: BenchOperation = {
  name: 'collect',
  entryPoint: 'collectPartnerUpdates',
  prepare(runtime) {
    runtime.run('createPartnerSheets');
    for (const copy of runtime.createdSpreadsheets) {
      const sheet = copy.getSheetByName('CBOs');
      if (sheet && sheet.getLastRow() > 1) sheet.getRange(2, 2).setValue('Edited by the partner');
    }
  },
};
