import type { OfflineRuntime } from '../runtime';
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

/** One cell of a copy's first CBO row, as a partner types it (Name, column B). */
function partnerEdit(copy: OfflineRuntime['createdSpreadsheets'][number]): void {
  const sheet = copy.getSheetByName('CBOs');
  if (sheet && sheet.getLastRow() > 1) sheet.getRange(2, 2).setValue('Edited by the partner');
}

/**
 * Collect partner updates as it runs from week to week: after the split and a first collect, five
 * of the 20 partners (every fourth copy) have each changed a cell of their copy since; the other
 * fifteen have not touched theirs. The copies with something left to report by the first collect
 * (a conflict, a problem, a change held back) are read again whatever their edits.
 */
export const collect: BenchOperation = {
  name: 'partners-collect',
  entryPoint: 'collectPartnerUpdates',
  prepare(runtime) {
    runtime.run('createPartnerSheets');
    runtime.run('collectPartnerUpdates');
    runtime.createdSpreadsheets.forEach((copy, i) => {
      if (i % 4 === 0) partnerEdit(copy);
    });
  },
};

/** Collect partner updates right after the split with a cell changed in every copy (20 partners): the worst case, every copy read. */
export const collectEveryCopy: BenchOperation = {
  name: 'partners-collect-every-copy',
  entryPoint: 'collectPartnerUpdates',
  prepare(runtime) {
    runtime.run('createPartnerSheets');
    for (const copy of runtime.createdSpreadsheets) partnerEdit(copy);
  },
};
