import type { BenchOperation } from './types';

/** Set up sheets on the synthetic workbook (dropdowns and protections on every sheet). */
export const setup: BenchOperation = {
  name: 'setup',
  entryPoint: 'setUpSheets',
};

/** Create the 20 partner sheets of the synthetic workbook. */
export const partnersSplit: BenchOperation = {
  name: 'partners-split',
  entryPoint: 'createPartnerSheets',
};

/** One edit of a CBO row with the change log on: what the installable trigger costs. */
export const changeLogEdit: BenchOperation = {
  name: 'change-log-edit',
  entryPoint: 'logChange',
  prepare(runtime) {
    runtime.run('startChangeLog');
  },
  measure(runtime) {
    runtime.edit('CBOs', 'B2', 'Edited name');
  },
};

/** Collect partner updates after a split and one edit in every partner copy (20 partners). */
export const collect: BenchOperation = {
  name: 'partners-collect',
  entryPoint: 'collectPartnerUpdates',
  prepare(runtime) {
    runtime.run('createPartnerSheets');
    for (const copy of runtime.createdSpreadsheets) {
      const sheet = copy.getSheetByName('CBOs');
      if (sheet && sheet.getLastRow() > 1) sheet.getRange(2, 2).setValue('Edited by the partner');
    }
  },
};
